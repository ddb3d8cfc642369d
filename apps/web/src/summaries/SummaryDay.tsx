import { useEffect, useState } from 'react';
import type { DailySummary, HeadlineFigure, SummaryChange } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { can } from '../session/permissions.ts';
import { KindChip } from '../theme/KindChip.tsx';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatUtc } from '../theme/format.ts';
import { COMMODITY_STYLE, formatUsd, useCommodityLabel } from '../trends/index.ts';
import { acknowledgeSummary, fetchSummary, pdfUrl, printUrl } from './api.ts';
import { SummaryMap } from './SummaryMap.tsx';
import { formatAvg, formatDay, formatInZone } from './format.ts';
import { Sparkline } from './Sparkline.tsx';
import { KIND_COLORS, SURFACE } from '@tidewatch/contracts/theme-tokens';
import { useIntl } from 'react-intl';
import { type Translator, useLocale, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

type SummaryTranslator = Translator<keyof typeof translations.messages.en & string>;

interface Props {
  date: string;
  /** Something the list shows changed (an acknowledgement). */
  onChanged: () => void;
}

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
  const t = useT(translations);
  const intl = useIntl();
  const locale = useLocale();
  const above = figure.count > figure.avg30 && figure.count > 0;
  return (
    <div className="summary-fig" data-above={above}>
      <div className="summary-fig__label">
        {color && <span className="summary-fig__dot" style={{ background: color }} />}
        {label}
      </div>
      <div className="summary-fig__count tabular">{intl.formatNumber(figure.count)}</div>
      <div className="summary-fig__avg tabular">
        {t('averages', { avg7: formatAvg(figure.avg7, locale), avg30: formatAvg(figure.avg30, locale) })}
      </div>
      {extra && <div className="summary-fig__avg tabular">{extra}</div>}
    </div>
  );
}

function changeText(c: SummaryChange, t: SummaryTranslator): string {
  const v = (x: SummaryChange['before']) => (x === null ? '—' : String(x));
  const values = { label: c.label, before: v(c.before), after: v(c.after) };
  if (c.what === 'figure') return t('changeValue', values);
  if (c.what === 'event_added') return t('changeAdded', values);
  if (c.what === 'event_removed') return t('changeRemoved', values);
  if (c.what === 'annotation') return t('changeAnnotation', values);
  return t(c.before !== null || c.after !== null ? 'changeChangedValues' : 'changeChanged', values);
}

/** One day's stored summary, any revision of it. */
export function SummaryDay({ date, onChanged }: Props) {
  const t = useT(translations);
  const commodityLabel = useCommodityLabel();
  const locale = useLocale();
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
        else setError(res.status === 404 ? t('noSummaryFor', { date }) : res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [date, revision, t]);

  if (error !== null && summary === null) return <p className="summaries-error summaries__none">{error}</p>;
  if (summary === null) return <p className="summaries-muted summaries__none">{t('loadingDay', { date })}</p>;

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
    <article className="summary-day" data-testid="summary-day" aria-label={t('summaryFor', { date: s.date })}>
      <header className="summary-day__head">
        <div className="summary-day__titles">
          <h2 className="summary-day__title">{formatDay(s.date, locale)}</h2>
          <p className="summaries-muted">
            {t('periodLine', {
              start: formatInZone(s.periodStart, s.timeZone, locale),
              end: formatInZone(s.periodEnd, s.timeZone, locale),
              zone: s.timeZone,
              agency: s.agency,
              generated: formatUtc(s.generatedAt),
              reason: t('reason', { reason: s.reason }),
            })}
          </p>
        </div>
        <div className="summary-day__actions">
          <label className="summary-day__rev">
            <span>{t('revision')}</span>
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
                  {n === s.latestRevision ? t('latestOption', { revision: n }) : n}
                </option>
              ))}
            </select>
          </label>
          <a
            className="btn"
            href={printUrl(s.date, s.revision, 'a4', locale)}
            target="_blank"
            rel="noopener"
            data-testid="summary-print"
          >
            {t('print')}
          </a>
          {canExport && (
            <>
              <a className="btn" href={pdfUrl(s.date, s.revision, 'a4', locale)} download data-testid="summary-pdf-a4">
                {t('pdfA4')}
              </a>
              <a
                className="btn"
                href={pdfUrl(s.date, s.revision, 'letter', locale)}
                download
                data-testid="summary-pdf-letter"
              >
                {t('pdfLetter')}
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
              {ackedThis
                ? t('acknowledgedThis')
                : acking
                  ? t('acknowledging')
                  : t('acknowledgeRevision', { revision: s.revision })}
            </button>
          )}
        </div>
      </header>
      {error !== null && <p className="summaries-error">{error}</p>}
      {s.revision < s.latestRevision && (
        <p className="summary-day__old" role="status">
          {t('readingOld', { revision: s.revision, latest: s.latestRevision })}{' '}
          <button type="button" className="btn btn--small" onClick={() => setRevision(null)}>
            {t('showLatest')}
          </button>
        </p>
      )}
      {s.content.restrictedEvents > 0 && (
        <p className="summary-day__restricted">{t('restricted', { count: s.content.restrictedEvents })}</p>
      )}

      <div className="summary-day__grid">
        <div className="summary-day__col">
          <section aria-label={t('headlineFigures')}>
            <h3 className="summary-h">{t('headlineFigures')}</h3>
            <div className="summary-figs">
              <Figure
                label={t('figureSeizures')}
                figure={h.seizuresTotal}
                extra={
                  h.seizuresTotal.valueUsd > 0
                    ? t('estimated', { value: formatUsd(h.seizuresTotal.valueUsd, locale) })
                    : undefined
                }
              />
              <Figure label={t('figureInterdictions')} figure={h.interdictions} color={KIND_COLORS.interdiction} />
              <Figure label={t('figureWatchlistHits')} figure={h.watchlistHits} color={KIND_COLORS.watchlist_hit} />
              <Figure label={t('figureVesselsGoneDark')} figure={h.vesselsGoneDark} color={KIND_COLORS.vessel_alert} />
              <Figure
                label={t('figureHighRiskConsignments')}
                figure={h.highRiskConsignments}
                color={KIND_COLORS.cargo_alert}
              />
              <div className="summary-fig summary-fig--alert" data-hot={h.openHighSeverity > 0}>
                <div className="summary-fig__label">{t('openHighSeverity')}</div>
                <div className="summary-fig__count tabular">{h.openHighSeverity}</div>
                <div className="summary-fig__avg">{t('openHighSeverityNote')}</div>
              </div>
            </div>
            <div className="summary-commodities">
              {h.seizures.map((f) => (
                <Figure
                  key={f.commodity}
                  label={commodityLabel(f.commodity)}
                  figure={f}
                  color={COMMODITY_STYLE[f.commodity].color}
                  extra={f.valueUsd > 0 ? formatUsd(f.valueUsd, locale) : undefined}
                />
              ))}
            </div>
          </section>

          <section aria-label={t('notableEvents')}>
            <h3 className="summary-h">{t('notableEvents')}</h3>
            {s.content.notable.length === 0 && <p className="summaries-muted">{t('none')}</p>}
            <ol className="summary-notable">
              {s.content.notable.map((e) => (
                <li key={e.id} className="summary-notable__item" data-testid="summary-notable">
                  <div className="summary-notable__line">
                    <KindChip kind={e.kind} />
                    <TlpBadge tlp={e.tlp} />
                    <SeverityMeter severity={e.severity} />
                    <span className="summary-notable__status">{t('status', { status: e.status })}</span>
                  </div>
                  <div className="summary-notable__title">{e.title}</div>
                  <div className="summaries-muted summary-notable__meta">
                    {e.place ?? t('noPlace')} · {e.ownerAgency} · {formatUtc(e.occurredAt)}
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
          <section aria-label={t('mapOfDay')}>
            <h3 className="summary-h">
              {t('mapOfDay')}{' '}
              <span className="summaries-muted summary-h__sub">
                {t(s.content.mapTruncated ? 'mapEventsTruncated' : 'mapEvents', { count: s.content.mapPoints.length })}
              </span>
            </h3>
            <SummaryMap key={`${s.date}-${s.revision}`} date={s.date} revision={s.revision} />
          </section>

          {s.content.sparklines.length > 0 && (
            <section aria-label={t('trends')}>
              <h3 className="summary-h">{t('last30Days')}</h3>
              <div className="summary-sparks">
                {s.content.sparklines.map((line) => (
                  <Sparkline key={line.key} line={line} color={sparkColor(line.key)} />
                ))}
              </div>
            </section>
          )}

          <section aria-label={t('revisionChanges')}>
            <h3 className="summary-h">{t('revisionOf', { revision: s.revision, latest: s.latestRevision })}</h3>
            {s.revision === 1 ? (
              <p className="summaries-muted">
                {t('firstRevision', { reason: t('reason', { reason: s.reason }), by: s.generatedBy })}
              </p>
            ) : (
              <>
                <p className="summaries-muted">
                  {t('changesSince', {
                    revision: s.revision - 1,
                    reason: t('reason', { reason: s.reason }),
                    by: s.generatedBy,
                  })}
                </p>
                {s.changes.length === 0 ? (
                  <p className="summaries-muted">{t('noneRecorded')}</p>
                ) : (
                  <ul className="summary-changes" data-testid="summary-changes">
                    {s.changes.map((c, i) => (
                      <li key={`${c.what}-${c.key}-${i}`} data-what={c.what}>
                        {changeText(c, t)}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>

          <section aria-label={t('acknowledgements')}>
            <h3 className="summary-h">{t('acknowledgements')}</h3>
            {s.acknowledgements.length === 0 ? (
              <p className="summaries-muted">{t('notAcknowledgedYet')}</p>
            ) : (
              <ul className="summary-acks" data-testid="summary-acks">
                {s.acknowledgements.map((a) => (
                  <li key={`${a.userId}-${a.revision}`}>
                    <span className="summaries-ack">✓</span> <strong>{a.userName}</strong>{' '}
                    {t('acknowledgementDetail', { revision: a.revision, at: formatUtc(a.acknowledgedAt) })}
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
