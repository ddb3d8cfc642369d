import { useState } from 'react';

/**
 * Copies a text on request and remembers how it went: true once copied, false if the browser refused (the
 * screen then asks for a copy by hand), null before any attempt. A new text starts again at null.
 */
export function useClipboard(text: string): { copied: boolean | null; copy: () => Promise<void> } {
  const [state, setState] = useState<{ text: string; copied: boolean | null }>({ text, copied: null });
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setState({ text, copied: true });
    } catch {
      setState({ text, copied: false });
    }
  };
  return { copied: state.text === text ? state.copied : null, copy };
}
