import { useEffect, useState } from 'react';
import type { DailySummary, HeadlineFigure, SummaryChange } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { can } from '../session/permissions.ts';
import { KindChip } from '../theme/KindChip.tsx';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatUtc } from '../theme/format.ts';
import { COMMODITY_STYLE, formatUsd } from '../trends/index.ts';
import { acknowledgeSummary, fetchSummary, pdfUrl, printUrl } from './api.ts';
import { SummaryMap } from './SummaryMap.tsx';
import { formatAvg, formatDay, formatInZone } from './format.ts';
import { Sparkline } from './Sparkline.tsx';
import { KIND_COLORS, SURFACE } from '@tidewatch/contracts/theme-tokens';

interface Props {
  date: string;
  /** Something the list shows changed (an acknowledgement). */
  onChanged: () => void;
}

const REASON: Record<DailySummary['reason'], string> = {
  scheduled: 'scheduled',
  regenerated: 'regenerated',
  late_data: 'late data',
};

function sparkColor(key: string): string {
  const k = key.toLowerCase();
  for (const [commodity, style] of Object.entries(COMMODITY_STYLE)) if (k.includes(commodity)) return style.color;
  if (k.includes('seizure')) return KIND_COLORS.seizure;
  if (k.includes('interdiction')) return KIND_COLORS.interdiction;
  if (k.includes('watchlist')) return KIND_COLORS.watchlist_hit;
  if (k.includes('dark') || k.includes('gap')) return KIND_COLORS.vessel_alert;
  if (k.includes('cargo') || k.includes('consign')) return KIND_COLORS.cargo_alert;
  return SURFACE.accent;
}

function Figure({
  label,
  figure,
  color,
  extra,
}: {
  label: string;
  figure: HeadlineFigure;
  color?: string;
  extra?: string;
}) {
  const above = figure.count > figure.avg30 && figure.count > 0;
  return (
    <div className="summary-fig" data-above={above}>
      <div className="summary-fig__label">
        {color && <span className="summary-fig__dot" style={{ background: color }} />}
        {label}
      </div>
      <div className="summary-fig__count tabular">{figure.count.toLocaleString('en-US')}</div>
      <div className="summary-fig__avg tabular">
        7-day avg {formatAvg(figure.avg7)} · 30-day {formatAvg(figure.avg30)}
      </div>
      {extra && <div className="summary-fig__avg tabular">{extra}</div>}
    </div>
  );
}

function changeText(c: SummaryChange): string {
  const v = (x: SummaryChange['before']) => (x === null ? '—' : String(x));
  if (c.what === 'figure') return `${c.label}: ${v(c.before)} → ${v(c.after)}`;
  if (c.what === 'event_added') return `Added: ${c.label}`;
  if (c.what === 'event_removed') return `Removed: ${c.label}`;
  if (c.what === 'annotation') return `New annotation: ${c.label}`;
  return `Changed: ${c.label}${c.before !== null || c.after !== null ? ` (${v(c.before)} → ${v(c.after)})` : ''}`;
}

/** One day's stored summary, any revision of it. */
export function SummaryDay({ date, onChanged }: Props) {
  const session = useSession();
  const canExport = can(session, 'events:export');
  const canAck = session.kind === 'user' && (session.user.role === 'commander' || session.user.role === 'supervisor');
  const [revision, setRevision] = useState<number | null>(null);
  const [summary, setSummary] = useState<DailySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [acking, setAcking] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    fetchSummary(date, revision, abort.signal)
      .then((res) => {
        if (abort.signal.aborted) return;
        if (res.ok) setSummary(res.data);
        else setError(res.status === 404 ? `No summary for ${date}.` : res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [date, revision]);

  if (error !== null && summary === null) return <p className="summaries-error summaries__none">{error}</p>;
  if (summary === null) return <p className="summaries-muted summaries__none">Loading {date}…</p>;

  const s = summary;
  const h = s.content.headline;
  const ackedThis = s.acknowledgements.some(
    (a) => a.revision === s.revision && session.kind === 'user' && a.userId === session.user.id,
  );
  const acknowledge = (): void => {
    setAcking(true);
    void acknowledgeSummary(s.date, s.revision).then((res) => {
      setAcking(false);
      if (res.ok) {
        setSummary(res.data);
        onChanged();
      } else setError(res.message);
    });
  };
  const revisions = Array.from({ length: s.latestRevision }, (_, i) => s.latestRevision - i);

  return (
    <article className="summary-day" data-testid="summary-day" aria-label={`Summary for ${s.date}`}>
      <header className="summary-day__head">
        <div className="summary-day__titles">
          <h2 className="summary-day__title">{formatDay(s.date)}</h2>
          <p className="summaries-muted">
            {formatInZone(s.periodStart, s.timeZone)} – {formatInZone(s.periodEnd, s.timeZone)} ({s.timeZone}) ·{' '}
            {s.agency} viewpoint · generated {formatUtc(s.generatedAt)} ({REASON[s.reason]})
          </p>
        </div>
        <div className="summary-day__actions">
          <label className="summary-day__rev">
            <span>Revision</span>
            <select
              className="summaries-select"
              value={s.revision}
              onChange={(e) => {
                const n = Number(e.target.value);
                setRevision(n === s.latestRevision ? null : n);
              }}
              data-testid="summary-revision"
            >
              {revisions.map((n) => (
                <option key={n} value={n}>
                  {n}
                  {n === s.latestRevision ? ' (latest)' : ''}
                </option>
              ))}
            </select>
          </label>
          <a
            className="btn"
            href={printUrl(s.date, s.revision, 'a4')}
            target="_blank"
            rel="noopener"
            data-testid="summary-print"
          >
            Print
          </a>
          {canExport && (
            <>
              <a className="btn" href={pdfUrl(s.date, s.revision, 'a4')} download data-testid="summary-pdf-a4">
                PDF A4
              </a>
              <a className="btn" href={pdfUrl(s.date, s.revision, 'letter')} download data-testid="summary-pdf-letter">
                PDF Letter
              </a>
            </>
          )}
          {canAck && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={acknowledge}
              disabled={acking || ackedThis}
              data-testid="summary-acknowledge"
            >
              {ackedThis ? '✓ Acknowledged' : acking ? 'Acknowledging…' : `Acknowledge rev ${s.revision}`}
            </button>
          )}
        </div>
      </header>
      {error !== null && <p className="summaries-error">{error}</p>}
      {s.revision < s.latestRevision && (
        <p className="summary-day__old" role="status">
          You are reading revision {s.revision}; revision {s.latestRevision} is the latest.{' '}
          <button type="button" className="btn btn--small" onClick={() => setRevision(null)}>
            Show latest
          </button>
        </p>
      )}
      {s.content.restrictedEvents > 0 && (
        <p className="summary-day__restricted">
          Draws on {s.content.restrictedEvents} TLP:AMBER/RED event{s.content.restrictedEvents === 1 ? '' : 's'} —
          handle accordingly; reads are audited.
        </p>
      )}

      <div className="summary-day__grid">
        <div className="summary-day__col">
          <section aria-label="Headline figures">
            <h3 className="summary-h">Headline figures</h3>
            <div className="summary-figs">
              <Figure
                label="Seizures"
                figure={h.seizuresTotal}
                extra={h.seizuresTotal.valueUsd > 0 ? `est. ${formatUsd(h.seizuresTotal.valueUsd)}` : undefined}
              />
              <Figure label="Interdictions" figure={h.interdictions} color={KIND_COLORS.interdiction} />
              <Figure label="Watchlist hits" figure={h.watchlistHits} color={KIND_COLORS.watchlist_hit} />
              <Figure label="Vessels gone dark" figure={h.vesselsGoneDark} color={KIND_COLORS.vessel_alert} />
              <Figure label="High-risk consignments" figure={h.highRiskConsignments} color={KIND_COLORS.cargo_alert} />
              <div className="summary-fig summary-fig--alert" data-hot={h.openHighSeverity > 0}>
                <div className="summary-fig__label">Open high-severity</div>
                <div className="summary-fig__count tabular">{h.openHighSeverity}</div>
                <div className="summary-fig__avg">severity 4–5, not closed</div>
              </div>
            </div>
            <div className="summary-commodities">
              {h.seizures.map((f) => (
                <Figure
                  key={f.commodity}
                  label={COMMODITY_STYLE[f.commodity].label}
                  figure={f}
                  color={COMMODITY_STYLE[f.commodity].color}
                  extra={f.valueUsd > 0 ? formatUsd(f.valueUsd) : undefined}
                />
              ))}
            </div>
          </section>

          <section aria-label="Notable events">
            <h3 className="summary-h">Notable events</h3>
            {s.content.notable.length === 0 && <p className="summaries-muted">None.</p>}
            <ol className="summary-notable">
              {s.content.notable.map((e) => (
                <li key={e.id} className="summary-notable__item" data-testid="summary-notable">
                  <div className="summary-notable__line">
                    <KindChip kind={e.kind} />
                    <TlpBadge tlp={e.tlp} />
                    <SeverityMeter severity={e.severity} />
                    <span className="summary-notable__status">{e.status}</span>
                  </div>
                  <div className="summary-notable__title">{e.title}</div>
                  <div className="summaries-muted summary-notable__meta">
                    {e.place ?? 'No place'} · {e.ownerAgency} · {formatUtc(e.occurredAt)}
                  </div>
                  {e.latestAnnotation && (
                    <blockquote className="summary-notable__note">
                      <span className="summary-notable__note-by">
                        {e.latestAnnotation.author} ({e.latestAnnotation.ownerAgency}),{' '}
                        {formatUtc(e.latestAnnotation.createdAt)}
                      </span>
                      {e.latestAnnotation.body}
                    </blockquote>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="summary-day__col">
          <section aria-label="Map of the day">
            <h3 className="summary-h">
              Map of the day{' '}
              <span className="summaries-muted summary-h__sub">
                {s.content.mapPoints.length} events{s.content.mapTruncated ? ' (truncated)' : ''}
              </span>
            </h3>
            <SummaryMap key={`${s.date}-${s.revision}`} date={s.date} revision={s.revision} />
          </section>

          {s.content.sparklines.length > 0 && (
            <section aria-label="Trends">
              <h3 className="summary-h">Last 30 days</h3>
              <div className="summary-sparks">
                {s.content.sparklines.map((line) => (
                  <Sparkline key={line.key} line={line} color={sparkColor(line.key)} />
                ))}
              </div>
            </section>
          )}

          <section aria-label="Revision changes">
            <h3 className="summary-h">
              Revision {s.revision} of {s.latestRevision}
            </h3>
            {s.revision === 1 ? (
              <p className="summaries-muted">
                First revision ({REASON[s.reason]}, by {s.generatedBy}).
              </p>
            ) : (
              <>
                <p className="summaries-muted">
                  Changes since revision {s.revision - 1} ({REASON[s.reason]}, by {s.generatedBy}):
                </p>
                {s.changes.length === 0 ? (
                  <p className="summaries-muted">None recorded.</p>
                ) : (
                  <ul className="summary-changes" data-testid="summary-changes">
                    {s.changes.map((c, i) => (
                      <li key={`${c.what}-${c.key}-${i}`} data-what={c.what}>
                        {changeText(c)}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>

          <section aria-label="Acknowledgements">
            <h3 className="summary-h">Acknowledgements</h3>
            {s.acknowledgements.length === 0 ? (
              <p className="summaries-muted">Not acknowledged yet.</p>
            ) : (
              <ul className="summary-acks" data-testid="summary-acks">
                {s.acknowledgements.map((a) => (
                  <li key={`${a.userId}-${a.revision}`}>
                    <span className="summaries-ack">✓</span> <strong>{a.userName}</strong> — revision {a.revision},{' '}
                    {formatUtc(a.acknowledgedAt)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
