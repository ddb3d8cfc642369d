/**
 * Settles as `promise` does, or rejects with `reason` after `ms`. A late rejection of `promise` is absorbed,
 * so giving up on it never leaves an unhandled rejection behind (OPS-R1).
 */
export function withTimeout(promise: Promise<unknown>, ms: number, reason: string): Promise<void> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(reason)), ms)));
  return Promise.race([promise.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
