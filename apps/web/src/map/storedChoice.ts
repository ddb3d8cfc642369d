import { useCallback, useState } from 'react';

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const stored = localStorage.getItem(key);
    const match = allowed.find((value) => value === stored);
    if (match !== undefined) return match;
  } catch {
    // private mode: nothing stored
  }
  return fallback;
}

/** One of a few string choices, kept in localStorage under `key` (per device and browser profile). */
export function useStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [choice: T, choose: (next: T) => void] {
  const [choice, setChoice] = useState(() => read(key, allowed, fallback));
  const choose = useCallback(
    (next: T) => {
      setChoice(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
    },
    [key],
  );
  return [choice, choose];
}
