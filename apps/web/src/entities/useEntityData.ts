import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntityInput, EntityKind, EntityLinkInput } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../data/index.ts';
import {
  createEntity,
  decideSameAs,
  fetchEntity,
  fetchFirearmMatches,
  fetchLinkedTo,
  fetchSuggestions,
  linkEntity,
  searchEntities,
  splitEntity,
} from './api.ts';

export const entityKeys = {
  all: ['entities'] as const,
  search: (q: string, kind: string) => ['entities', 'search', q, kind] as const,
  detail: (id: string) => ['entities', 'detail', id] as const,
  suggestions: (id: string) => ['entities', 'same-as', id] as const,
  firearm: (id: string) => ['entities', 'firearm', id] as const,
  linkedTo: (eventId: string) => ['entities', 'linked', 'event', eventId] as const,
};

export function useEntitySearch(q: string, kind: EntityKind | '') {
  const query = useQuery({
    queryKey: entityKeys.search(q, kind),
    queryFn: ({ signal }) => unwrap(searchEntities(q, kind, signal)),
  });
  return { page: query.data ?? null, error: errorMessage(query.error), loading: query.isPending };
}

export function useEntityDetail(id: string) {
  const query = useQuery({ queryKey: entityKeys.detail(id), queryFn: ({ signal }) => unwrap(fetchEntity(id, signal)) });
  return { detail: query.data ?? null, error: errorMessage(query.error), loading: query.isPending };
}

export function useSuggestions(id: string) {
  const query = useQuery({
    queryKey: entityKeys.suggestions(id),
    queryFn: ({ signal }) => unwrap(fetchSuggestions(id, signal)),
  });
  return query.data ?? [];
}

export function useFirearmMatches(id: string, enabled: boolean) {
  const query = useQuery({
    queryKey: entityKeys.firearm(id),
    queryFn: ({ signal }) => unwrap(fetchFirearmMatches(id, signal)),
    enabled,
  });
  return query.data ?? [];
}

export function useEntitiesOfEvent(eventId: string) {
  const query = useQuery({
    queryKey: entityKeys.linkedTo(eventId),
    queryFn: ({ signal }) => unwrap(fetchLinkedTo('event', eventId, signal)),
  });
  return { links: query.data ?? [], error: errorMessage(query.error) };
}

/** Every change refreshes every entity view: lists, details and suggestions all depend on each other. */
export function useEntityChanges() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: entityKeys.all });
  return {
    create: useMutation({ mutationFn: (input: EntityInput) => unwrap(createEntity(input)), onSuccess }),
    link: useMutation({
      mutationFn: ({ fromId, input }: { fromId: string; input: EntityLinkInput }) => unwrap(linkEntity(fromId, input)),
      onSuccess,
    }),
    decide: useMutation({
      mutationFn: ({ id, candidateId, decision }: { id: string; candidateId: string; decision: 'accept' | 'reject' }) =>
        unwrap(decideSameAs(id, candidateId, decision)),
      onSuccess,
    }),
    split: useMutation({ mutationFn: (id: string) => unwrap(splitEntity(id)), onSuccess }),
  };
}
