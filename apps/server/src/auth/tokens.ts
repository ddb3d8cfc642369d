import { createHash, randomBytes } from 'node:crypto';

/** A secret with a readable prefix (tw_key_, tw_dev_, tw_ses_) so a leaked one is recognisable in logs and scans. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
