import type { Translator } from '../i18n/index.ts';
import type { TriageChange } from './api.ts';
import type { translations } from './translations.ts';

type Say = Translator<keyof typeof translations.messages.en>;

/** Users of other agencies are not listable here, so an assignee is "you" or someone of the owning desk. */
export function assigneeLabel(t: Say, assigneeId: string | null, myId: string | null): string {
  if (assigneeId === null) return t('unassigned');
  if (assigneeId === myId) return t('you');
  return t('anotherUser', { id: assigneeId.slice(0, 8) });
}

/** The assignee as the middle of a sentence ("…, assigned to you."): its own messages, grammar differs. */
export function assigneeInSentence(t: Say, assigneeId: string | null, myId: string | null): string {
  if (assigneeId === null) return t('conflictUnassigned');
  if (assigneeId === myId) return t('conflictYou');
  return t('conflictAnother', { id: assigneeId.slice(0, 8) });
}

export function describeChange(
  t: Say,
  change: TriageChange,
  myId: string | null,
  statusName: (status: NonNullable<TriageChange['status']>) => string,
): string {
  const status = change.status === undefined ? null : t('changeStatus', { status: statusName(change.status) });
  const assignee =
    change.assigneeId === undefined
      ? null
      : change.assigneeId === null
        ? t('changeUnassign')
        : change.assigneeId === myId
          ? t('changeAssignMe')
          : t('changeAssignOther', { id: change.assigneeId.slice(0, 8) });
  if (status !== null && assignee !== null) return t('changeBoth', { first: status, second: assignee });
  return status ?? assignee ?? '';
}
