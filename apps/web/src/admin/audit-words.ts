import { useCallback } from 'react';
import { useT } from '../i18n/index.ts';
import { translations } from './audit-words.translations.ts';

type WordKey = keyof typeof translations.messages.en;

/** The actions the server records (apps/server/src, `action: '…'`), offered as search suggestions and named from the catalog. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'event.create',
  'event.read',
  'event.list',
  'event.stream',
  'event.triage',
  'event.edit',
  'event.export',
  'annotation.create',
  'annotation.edit',
  'annotation.delete',
  'annotation.read',
  'user.create',
  'user.update',
  'user.password',
  'user.profile',
  'agency.create',
  'api_key.create',
  'api_key.revoke',
  'sharing_group.create',
  'sharing_group.revoke',
  'sharing_group.member_add',
  'sharing_group.member_remove',
  'audit.search',
  'setup.first_administrator',
  'setup.demo_credentials_retired',
  'cot.connect',
  'partner.create',
  'partner.update',
  'federation.serve',
  'federation.receive',
  'federation.refuse',
  'federation.change',
  'taxii.read',
  'taxii.add_objects',
  'stix.import',
  'stix.other.list',
  'watchlist.create',
  'watchlist.edit',
  'watchlist.retire',
  'watchlist.import',
  'watchlist.export',
  'watchlist.entry.create',
  'watchlist.entry.edit',
  'watchlist.entry.retire',
  'watchlist.entries.search',
  'vessel.export',
  'vessel.track.export',
  'unit.create',
  'unit.read',
  'unit.update',
  'unit.position',
  'task.create',
  'task.read',
  'task.export',
  'task.accepted',
  'task.declined',
  'task.en_route',
  'task.on_scene',
  'task.completed',
  'task.aborted',
  'summary.read',
  'summary.export',
  'summary.regenerate',
  'summary.acknowledge',
  'entity.create',
  'entity.read',
  'entity.graph.read',
  'entity.link',
  'entity.merge',
  'entity.split',
  'entity.same_as',
  'entity.reject',
  'consignment.create',
  'consignment.movement',
  'area.create',
  'area.import',
  'area.export',
  'area.retire',
  'trend.seizures.events',
] as const;

function isWordKey(key: string): key is WordKey {
  return Object.hasOwn(translations.messages.en, key);
}

/** The catalog key naming an action id (dots become underscores, so every key is a plain identifier). */
export function actionKey(action: string): string {
  return `action_${action.replace(/\./g, '_')}`;
}

/**
 * Names for the audit log's ids in the reader's language: an action, an outcome or an actor kind. An id no
 * catalog knows (a newer server's action) is shown as recorded rather than hidden.
 */
export function useAuditWords(): {
  action: (id: string) => string;
  outcome: (id: string) => string;
  actor: (id: string) => string;
} {
  const t = useT(translations);
  const say = useCallback((key: string, id: string) => (isWordKey(key) ? t(key) : id), [t]);
  return {
    action: useCallback((id: string) => say(actionKey(id), id), [say]),
    outcome: useCallback((id: string) => say(`outcome_${id}`, id), [say]),
    actor: useCallback((id: string) => say(`actor_${id}`, id), [say]),
  };
}
