import type { CSSProperties } from 'react';

/** React's style type has no slot for custom properties; this is the one place that bridges it. */
export function cssVars(vars: Record<`--${string}`, string>): CSSProperties {
  return vars as CSSProperties;
}
