import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * OWASP "device cookies": a browser that once signed in to an account carries proof of it, so failures from
 * elsewhere throttle strangers but not the owner (AUTH-4). The MAC is keyed by the account's password hash:
 * no server secret to share between nodes, and a password change voids every device cookie of the account.
 */
export const DEVICE_COOKIE = 'tw_device';

export interface DeviceToken {
  userId: string;
  nonce: string;
  mac: string;
}

function macOf(userId: string, nonce: string, passwordHash: string): string {
  return createHmac('sha256', passwordHash).update(`${userId}.${nonce}`).digest('base64url');
}

export function issueDeviceToken(userId: string, passwordHash: string): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${userId}.${nonce}.${macOf(userId, nonce, passwordHash)}`;
}

export function parseDeviceToken(value: string | undefined): DeviceToken | undefined {
  const [userId, nonce, mac, extra] = value?.split('.') ?? [];
  if (!userId || !nonce || !mac || extra !== undefined || value === undefined || value.length > 200) return undefined;
  return { userId, nonce, mac };
}

export function deviceTokenValid(token: DeviceToken, user: { id: string; passwordHash: string }): boolean {
  if (token.userId !== user.id || user.passwordHash === '') return false;
  const expected = Buffer.from(macOf(token.userId, token.nonce, user.passwordHash));
  const actual = Buffer.from(token.mac);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
