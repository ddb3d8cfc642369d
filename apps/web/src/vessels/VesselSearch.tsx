import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { VesselSummary } from '@tidewatch/contracts';
import { searchVessels } from './api.ts';
import { categoryLabel, classOf } from './categories.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './vessels.css';

const DEBOUNCE_MS = 200;

interface Props {
  onChoose: (vessel: VesselSummary) => void;
}

type Results =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: VesselSummary[] };

/** Top-bar search by name, MMSI, IMO or call sign; choosing a vessel opens its card and flies to it. */
export function VesselSearch({ onChoose }: Props) {
  const t = useT(translations);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults({ status: 'idle' });
      return;
    }
    setResults((r) => (r.status === 'ready' ? r : { status: 'loading' }));
    const abort = new AbortController();
    const timer = setTimeout(() => {
      searchVessels(q, abort.signal)
        .then((res) => {
          if (abort.signal.aborted) return;
          setResults(res.ok ? { status: 'ready', items: res.data.items } : { status: 'error', message: res.message });
          setActive(0);
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);

  // Click outside closes the list.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);

  // "/" focuses the search from anywhere (not while typing elsewhere).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || target?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const items = results.status === 'ready' ? results.items : [];
  const choose = (vessel: VesselSummary): void => {
    onChoose(vessel);
    setOpen(false);
    inputRef.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(items.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      const chosen = items[active];
      if (chosen) choose(chosen);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      inputRef.current?.blur();
    }
  };

  const showList = open && query.trim().length >= 2;
  return (
    <div className="vessel-search" ref={rootRef} data-testid="vessel-search">
      <input
        ref={inputRef}
        className="input vessel-search__input"
        type="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        data-testid="vessel-search-input"
      />
      {showList && (
        <div className="vessel-search__panel" id={listId} role="listbox" aria-label={t('matching')}>
          {results.status === 'loading' && <p className="vessel-search__note">{t('searching')}</p>}
          {results.status === 'error' && (
            <p className="vessel-search__note form-error">{t('searchFailed', { message: results.message })}</p>
          )}
          {results.status === 'ready' && items.length === 0 && (
            <p className="vessel-search__note">{t('noMatch', { query: query.trim() })}</p>
          )}
          {items.map((v, i) => {
            const cls = classOf(v.category);
            return (
              <button
                key={v.mmsi}
                type="button"
                role="option"
                aria-selected={i === active}
                className="vessel-search__item"
                data-testid="vessel-search-result"
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(v)}
              >
                <span
                  className="vessel-search__swatch"
                  style={{ background: cls.color }}
                  title={categoryLabel(v.category)}
                />
                <span className="vessel-search__main">
                  <span className="vessel-search__name">
                    {v.name ?? t('unnamed')}
                    {v.flag && (
                      <span className="vessel-search__flag" title={v.flag.name}>
                        {' '}
                        <span className="flag-code">{v.flag.alpha2}</span>
                      </span>
                    )}
                  </span>
                  <span className="vessel-search__ids mono">
                    {t('searchIds', { mmsi: v.mmsi })}
                    {v.imo !== null && t('searchImo', { imo: v.imo })}
                    {v.callSign && ` · ${v.callSign}`}
                  </span>
                </span>
                <span className="vessel-search__meta">
                  <span>{categoryLabel(v.category)}</span>
                  <span className="vessel-status" data-status={v.status}>
                    {v.position ? t(`status_${v.status}`) : t('noPosition')}
                  </span>
                </span>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
