import { useEffect, useState } from 'react';

function rootFontPx(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

/**
 * Pixels in one rem, following window resizes. The theme scales rem with the viewport, and the virtual list
 * needs row heights in px.
 */
export function useRemPx(): number {
  const [px, setPx] = useState(rootFontPx);
  useEffect(() => {
    const onResize = (): void => setPx(rootFontPx());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return px;
}
