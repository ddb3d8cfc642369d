import { QueryClient, QueryObserver } from '@tanstack/react-query';
import type { Annotation } from '@tidewatch/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationKeys, applyAnnotation } from './annotationCache.ts';

function note(id: string, version: number, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    targetType: 'event',
    targetId: 'event-1',
    ownerAgency: 'JCF',
    author: { id: 'u1', name: 'Analyst' },
    body: `note ${id} v${version}`,
    tags: [],
    grading: null,
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    version,
    createdAt: `2026-12-01T00:00:0${id.length}.000Z`,
    updatedAt: '2026-12-01T00:00:00.000Z',
    deleted: false,
    ...overrides,
  };
}

const key = annotationKeys.thread('event', 'event-1');
let queryClient = new QueryClient();
afterEach(() => {
  queryClient.clear();
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

describe('annotation cache', () => {
  it('[WEB-5] an annotation message updates its target’s cached thread: newer wins, deleted leaves', async () => {
    const observer = new QueryObserver(queryClient, { queryKey: key, queryFn: () => [note('a', 2)] });
    const unsubscribe = observer.subscribe(() => undefined);
    await queryClient.getQueryCache().find({ queryKey: key })?.promise;

    applyAnnotation(queryClient, note('a', 1));
    expect(queryClient.getQueryData<Annotation[]>(key)?.map((a) => a.version)).toEqual([2]);
    applyAnnotation(queryClient, note('bb', 1));
    applyAnnotation(queryClient, note('a', 3, { deleted: true }));
    expect(queryClient.getQueryData<Annotation[]>(key)?.map((a) => a.id)).toEqual(['bb']);
    // Another target's note never lands in this thread.
    applyAnnotation(queryClient, note('ccc', 1, { targetId: 'event-2' }));
    expect(queryClient.getQueryData<Annotation[]>(key)?.map((a) => a.id)).toEqual(['bb']);
    unsubscribe();
  });

  it('[WEB-5] a note arriving while the thread is still loading is not lost to the older answer', async () => {
    let written = false;
    let releaseStale = (): void => undefined;
    const observer = new QueryObserver(queryClient, {
      queryKey: key,
      // A read that started before the note was written answers late, and without it.
      queryFn: () =>
        written
          ? [note('a', 1)]
          : new Promise<Annotation[]>((resolve) => {
              releaseStale = () => resolve([]);
            }),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queryClient.getQueryState(key)?.fetchStatus).toBe('fetching');

    written = true;
    applyAnnotation(queryClient, note('a', 1));
    releaseStale();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(queryClient.getQueryData<Annotation[]>(key)?.map((a) => a.id)).toEqual(['a']);
    unsubscribe();
  });
});
