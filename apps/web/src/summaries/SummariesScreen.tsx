import { useCallback, useEffect, useState } from 'react';
import type { SummaryList } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { useSession } from '../session/useSession.ts';
import { fetchSummaryList, regenerateSummary } from './api.ts';
import { SummaryDay } from './SummaryDay.tsx';
import { formatDay, formatShortDay } from './format.ts';
import { useLocale, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './summaries.css';
import './summaries-print.css';

interface Props {
  /** The day in the hash (#/summaries/2026-11-28), or null for the newest. */
  date: string | null;
}

function yesterday(): string {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The commander's daily summaries (issue 6 §2): the stored days on the left, one day's summary on the right. */
export function SummariesScreen({ date }: Props) {
  const t = useT(translations);
  const locale = useLocale();
  const session = useSession();
  const [list, setList] = useState<SummaryList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generating, setGenerating] = useState(false);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const abort = new AbortController();
    fetchSummaryList(abort.signal)
      .then((res) => {
        if (abort.signal.aborted) return;
        if (res.ok) {
          setList(res.data);
          setError(null);
        } else setError(res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [version]);

  const generate = (): void => {
    setGenerating(true);
    void regenerateSummary(yesterday()).then((res) => {
      setGenerating(false);
      if (res.ok) reload();
      else setError(res.message);
    });
  };

  const shown = date ?? list?.items[0]?.date ?? null;

  return (
    <div className="summaries" data-testid="summaries-screen">
      <aside className="summaries__list" aria-label={t('listLabel')}>
        <header className="summaries__list-head">
          <h2 className="summaries__title">{t('title')}</h2>
          {list && <p className="summaries-muted">{t('viewpoint', { agency: list.agency })}</p>}
        </header>
        {error !== null && <p className="summaries-error">{error}</p>}
        {list === null && error === null && <p className="summaries-muted">{t('loading')}</p>}
        {list !== null && list.items.length === 0 && (
          <div className="summaries-empty">
            <p className="summaries-muted">{t('noneYet')}</p>
            {session.kind === 'user' && (
              <button type="button" className="btn" onClick={generate} disabled={generating}>
                {generating ? t('generating') : t('generate', { date: yesterday() })}
              </button>
            )}
          </div>
        )}
        {list !== null && list.items.length > 0 && (
          <table className="summaries-table">
            <thead>
              <tr>
                <th scope="col">{t('columnDay')}</th>
                <th scope="col" className="num">
                  {t('columnSeizures')}
                </th>
                <th scope="col" className="num" title={t('columnOpenHint')}>
                  {t('columnOpen')}
                </th>
                <th scope="col" className="ack">
                  {t('columnAck')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr
                  key={item.date}
                  className="summaries-table__row"
                  aria-selected={item.date === shown}
                  onClick={() => navigate(`#/summaries/${item.date}`)}
                  data-testid="summary-list-item"
                >
                  <td>
                    <a
                      href={`#/summaries/${item.date}`}
                      className="summaries-table__date"
                      title={formatDay(item.date, locale)}
                    >
                      {formatShortDay(item.date, locale)}
                    </a>
                    {item.latestRevision > 1 && (
                      <span className="summaries-rev" title={t('revisionCount', { count: item.latestRevision })}>
                        {t('revisionShort', { revision: item.latestRevision })}
                      </span>
                    )}
                  </td>
                  <td className="num tabular">{item.seizuresTotal}</td>
                  <td className={`num tabular${item.openHighSeverity > 0 ? ' summaries-hot' : ''}`}>
                    {item.openHighSeverity}
                  </td>
                  <td className="ack">
                    {item.acknowledged ? (
                      <span className="summaries-ack" title={t('acknowledged')}>
                        ✓
                      </span>
                    ) : (
                      <span className="summaries-noack" title={t('notAcknowledged')}>
                        —
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" className="btn summaries__back" onClick={() => navigate('#/')}>
          {t('backToLive')}
        </button>
      </aside>
      <div className="summaries__day">
        {shown !== null ? (
          <SummaryDay key={shown} date={shown} onChanged={reload} />
        ) : (
          list !== null && <p className="summaries-muted summaries__none">{t('chooseDay')}</p>
        )}
      </div>
    </div>
  );
}
