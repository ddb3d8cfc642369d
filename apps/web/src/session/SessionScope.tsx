import { type ReactNode, useEffect } from 'react';
import { clearSessionData } from './lifecycle.ts';

/**
 * Wraps the dashboard or the wall of one identity (Root keys it by identity): when it unmounts, every store
 * and cache registered with onSessionEnd is emptied, the same way for the app and the wall.
 */
export function SessionScope({ children }: { children: ReactNode }) {
  useEffect(() => clearSessionData, []);
  return children;
}
