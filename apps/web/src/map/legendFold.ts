import { useCallback, useState } from 'react';

const FOLD_KEY = 'tidewatch.legend.expanded';
/**
 * Below this the full legend covers about a third of the map (1366x768 measured), so it starts folded. A
 * choice the user makes is kept per device and wins over the default.
 */
const ROOMY_SCREEN = '(min-width: 1600px) and (min-height: 900px)';

function readExpanded(): boolean {
  try {
    const stored = localStorage.getItem(FOLD_KEY);
    if (stored === '1' || stored === '0') return stored === '1';
  } catch {
    // private mode: no stored choice, use the screen's default
  }
  return typeof window.matchMedia === 'function' ? window.matchMedia(ROOMY_SCREEN).matches : true;
}

/** Whether the map legend shows in full, remembered per device; folded by default on small screens. */
export function useLegendFold(): [expanded: boolean, setExpanded: (expanded: boolean) => void] {
  const [expanded, setState] = useState(readExpanded);
  const setExpanded = useCallback((next: boolean) => {
    setState(next);
    try {
      localStorage.setItem(FOLD_KEY, next ? '1' : '0');
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  return [expanded, setExpanded];
}
