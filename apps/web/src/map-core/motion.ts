/**
 * A11Y-3: the operator's "reduce motion" setting, read at the moment of moving (it can change while the page
 * is open). Map moves then jump instead of flying, and scrolls land instead of gliding.
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
