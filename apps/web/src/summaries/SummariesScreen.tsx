import { useCallback, useEffect, useState } from 'react';
import type { SummaryList } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { useSession } from '../session/useSession.ts';
import { fetchSummaryList, regenerateSummary } from './api.ts';
import { SummaryDay } from './SummaryDay.tsx';
import { formatDay, formatShortDay } from './format.ts';
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
      <aside className="summaries__list" aria-label="Daily summaries">
        <header className="summaries__list-head">
          <h2 className="summaries__title">Daily summary</h2>
          {list && <p className="summaries-muted">{list.agency} viewpoint</p>}
        </header>
        {error !== null && <p className="summaries-error">{error}</p>}
        {list === null && error === null && <p className="summaries-muted">Loading…</p>}
        {list !== null && list.items.length === 0 && (
          <div className="summaries-empty">
            <p className="summaries-muted">No summary has been generated yet.</p>
            {session.kind === 'user' && (
              <button type="button" className="btn" onClick={generate} disabled={generating}>
                {generating ? 'Generating…' : `Generate ${yesterday()}`}
              </button>
            )}
          </div>
        )}
        {list !== null && list.items.length > 0 && (
          <table className="summaries-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  Seizures
                </th>
                <th scope="col" className="num" title="Open high-severity items">
                  Open 4–5
                </th>
                <th scope="col" className="ack">
                  Ack
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
                    <a href={`#/summaries/${item.date}`} className="summaries-table__date" title={formatDay(item.date)}>
                      {formatShortDay(item.date)}
                    </a>
                    {item.latestRevision > 1 && (
                      <span className="summaries-rev" title={`${item.latestRevision} revisions`}>
                        r{item.latestRevision}
                      </span>
                    )}
                  </td>
                  <td className="num tabular">{item.seizuresTotal}</td>
                  <td className={`num tabular${item.openHighSeverity > 0 ? ' summaries-hot' : ''}`}>
                    {item.openHighSeverity}
                  </td>
                  <td className="ack">
                    {item.acknowledged ? (
                      <span className="summaries-ack" title="Acknowledged">
                        ✓
                      </span>
                    ) : (
                      <span className="summaries-noack" title="Not acknowledged">
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
          ← Live picture
        </button>
      </aside>
      <div className="summaries__day">
        {shown !== null ? (
          <SummaryDay key={shown} date={shown} onChanged={reload} />
        ) : (
          list !== null && <p className="summaries-muted summaries__none">Choose a day.</p>
        )}
      </div>
    </div>
  );
}
