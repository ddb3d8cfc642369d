import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import type { Role } from './types.ts';

/** A role's name in the reader's language. */
export function useRoleLabel(): (role: Role) => string {
  const t = useT(translations);
  return (role) => t(`role_${role}`);
}
