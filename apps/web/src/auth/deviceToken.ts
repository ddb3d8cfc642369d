/** A wall display signs in once with its device token and keeps it across reboots in localStorage. */
const KEY = 'tidewatch.deviceToken';

export function storedDeviceToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeDeviceToken(token: string): void {
  localStorage.setItem(KEY, token);
}

export function forgetDeviceToken(): void {
  localStorage.removeItem(KEY);
}
