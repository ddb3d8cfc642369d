import { sqlStateOf, type NewAuditRow } from '@tidewatch/db';

/**
 * The database answered and refused a row's values (data exception or constraint), as opposed to being
 * away: answers the SQLSTATE, or undefined.
 */
export function refusedByDatabase(err: unknown): string | undefined {
  const state = sqlStateOf(err);
  return state !== undefined && (state.startsWith('22') || state.startsWith('23')) ? state : undefined;
}

/**
 * AUD-3: what is kept of an audit row the database refused even cleaned: who, what, when and outcome, and
 * why the rest is not.
 */
export function refusedForm(row: NewAuditRow, state: string): NewAuditRow {
  return {
    ...row,
    detail: {
      _unstorable: `the database refused this row's detail (SQLSTATE ${state})`,
      detailText: JSON.stringify(row.detail ?? {}).slice(0, 10_000),
    },
  };
}
