import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './shortcuts.css';

type Key = keyof typeof translations.messages.en;

/** Each shortcut the dashboard answers, as [key, what it does]; the handlers live with their features. */
const SHORTCUTS: ReadonlyArray<readonly [Key, Key]> = [
  ['keyQuestion', 'help'],
  ['keySlash', 'search'],
  ['keyArrows', 'feedMove'],
  ['keyHomeEnd', 'feedEnds'],
  ['keyEnter', 'open'],
  ['keyEscape', 'close'],
  ['keyTab', 'mapList'],
];

/** Typing in a field: "?" is a character there, not a request for help. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null;
}

/**
 * A11Y-4: the shortcuts were there but nobody could know them. "?" from anywhere outside a text field opens this
 * list (a modal dialog: the focus stays in it, Escape or Close shuts it and the focus returns where it was).
 */
export function ShortcutsHelp() {
  const t = useT(translations);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const dialog = dialogRef.current;
      if (!dialog || dialog.open) return;
      e.preventDefault();
      dialog.showModal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Escape here closes the help only, not the event detail behind it (whose Escape listens on the window).
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key === 'Escape') e.stopPropagation();
  };

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-help"
      onKeyDown={onKeyDown}
    >
      <h2 id="shortcuts-title" className="shortcuts__title">
        {t('title')}
      </h2>
      <p className="shortcuts__intro">{t('intro')}</p>
      <table className="shortcuts__table">
        <thead>
          <tr>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd className="shortcuts__kbd">{t(key)}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="shortcuts__buttons">
        <button type="submit" className="btn btn--primary" data-testid="shortcuts-close">
          {t('closeButton')}
        </button>
      </form>
    </dialog>
  );
}
