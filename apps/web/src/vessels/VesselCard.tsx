import { useEffect, useMemo, useState } from 'react';
import type { IntelEvent, VesselCard as Card, VesselTrack } from '@tidewatch/contracts';
import { Field, Section } from '../theme/Field.tsx';
import { AnnotationThread } from '../annotations/index.ts';
import { TrackExport } from '../gis/index.ts';
import { useCan } from '../session/useSession.ts';
import { KindChip } from '../theme/KindChip.tsx';
import { formatAge, formatPosition, formatUtc } from '../theme/format.ts';
import { useNow } from '../live/useNow.ts';
import { useLive } from '../live/useLive.ts';
import { fetchVesselCard, fetchVesselTrack, searchEvents } from './api.ts';
import { categoryLabel, classOf } from './categories.ts';
import { useAisNames } from './ais.ts';
import { useLiveVessel } from './useVessel.ts';
import { SeaSection } from './SeaSection.tsx';
import '../detail/detail.css';
import './vessels.css';
import { translate, useT } from '../i18n/index.ts';
import { translations } from './card.translations.ts';
import { translations as vesselWords } from './translations.ts';

/** How far back the trail goes when the card opens. */
const TRACK_HOURS = 12;
const CARD_REFRESH_MS = 15_000;
const MAX_TRAIL_POINTS = 5_000;

interface Props {
  mmsi: number;
  onClose: () => void;
  onSelectEvent: (event: IntelEvent) => void;
  onShowOnMap: (lon: number, lat: number) => void;
  /** The trail to draw, [lon, lat] oldest first (null: none). */
  onTrail: (trail: [number, number][] | null) => void;
}

type Load<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/** Does this event name this vessel among its subjects (not merely mention the digits somewhere)? */
function mentions(event: IntelEvent, mmsi: number, name: string | null): boolean {
  const m = String(mmsi);
  const n = name?.trim().toUpperCase() ?? null;
  return event.subjects.vessels.some((v) => v.mmsi === m || (n !== null && v.name?.trim().toUpperCase() === n));
}

function mergeTrail(
  card: Card | null,
  track: VesselTrack | null,
  live: { lon: number; lat: number; at: number } | null,
): [number, number][] {
  const points: [number, number, number][] = [];
  for (const p of track?.points ?? []) points.push([Date.parse(p.at), p.lon, p.lat]);
  for (const [ms, lon, lat] of card?.trail ?? []) points.push([ms, lon, lat]);
  if (live) points.push([live.at, live.lon, live.lat]);
  points.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let lastMs = -Infinity;
  for (const [ms, lon, lat] of points) {
    if (ms === lastMs) continue;
    lastMs = ms;
    const prev = out[out.length - 1];
    if (prev && prev[0] === lon && prev[1] === lat) continue;
    out.push([lon, lat]);
  }
  return out.length > MAX_TRAIL_POINTS ? out.slice(out.length - MAX_TRAIL_POINTS) : out;
}

export function VesselCard({ mmsi, onClose, onSelectEvent, onShowOnMap, onTrail }: Props) {
  const t = useT(translations);
  const say = useT(vesselWords);
  const ais = useAisNames();
  const now = useNow();
  const skewMs = useLive((s) => s.skewMs);
  const live = useLiveVessel(mmsi);
  const [card, setCard] = useState<Load<Card>>({ status: 'loading' });
  const canExport = useCan('events:export');
  const [track, setTrack] = useState<VesselTrack | null>(null);
  const [events, setEvents] = useState<Load<IntelEvent[]>>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = async (): Promise<void> => {
      const res = await fetchVesselCard(mmsi, abort.signal);
      if (abort.signal.aborted) return;
      if (res.ok) setCard({ status: 'ready', data: res.data });
      else
        setCard((held) =>
          held.status === 'ready'
            ? held
            : {
                status: 'error',
                message: res.status === 404 ? translate(translations, 'unknownVessel') : res.message,
              },
        );
      timer = setTimeout(() => void load().catch(() => undefined), CARD_REFRESH_MS);
    };
    void load().catch(() => undefined);
    const from = new Date(Date.now() - TRACK_HOURS * 3_600_000).toISOString();
    fetchVesselTrack(mmsi, from, abort.signal)
      .then((res) => {
        if (res.ok) setTrack(res.data);
      })
      .catch(() => undefined);
    return () => {
      abort.abort();
      if (timer !== null) clearTimeout(timer);
    };
  }, [mmsi]);

  const name = card.status === 'ready' ? card.data.name : null;
  useEffect(() => {
    const abort = new AbortController();
    const queries = [String(mmsi), ...(name ? [name] : [])];
    Promise.all(queries.map((q) => searchEvents(q, abort.signal)))
      .then((results) => {
        const failed = results.find((r) => !r.ok);
        const byId = new Map<string, IntelEvent>();
        for (const r of results) if (r.ok) for (const e of r.data) if (mentions(e, mmsi, name)) byId.set(e.id, e);
        if (byId.size === 0 && failed && !failed.ok) {
          setEvents({ status: 'error', message: failed.message });
          return;
        }
        setEvents({ status: 'ready', data: [...byId.values()].sort((a, b) => b.seq - a.seq).slice(0, 10) });
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [mmsi, name]);

  const data = card.status === 'ready' ? card.data : null;
  const liveAt = live ? live.reportAt : null;
  const trail = useMemo(
    () => mergeTrail(data, track, live && liveAt !== null ? { lon: live.lon, lat: live.lat, at: liveAt } : null),
    // The live point moves the end of the line as the vessel reports.
    [data, track, live?.lon, live?.lat, liveAt],
  );
  useEffect(() => {
    onTrail(trail.length >= 2 ? trail : null);
  }, [trail, onTrail]);
  useEffect(() => () => onTrail(null), [onTrail]);

  const position = live ? { lon: live.lon, lat: live.lat } : (data?.position ?? null);
  const reportAt = live?.reportAt ?? (data?.lastPositionAt ? Date.parse(data.lastPositionAt) : null);
  const ageMs = reportAt === null ? null : now + skewMs - reportAt;
  const status = live?.status ?? data?.status ?? null;
  const category = data?.category ?? null;
  const cls = category ? classOf(category) : null;
  const sog = live ? live.sog : (data?.sog ?? null);
  const cog = live ? live.cog : (data?.cog ?? null);
  const heading = live ? live.heading : (data?.heading ?? null);

  return (
    <aside
      className="detail vessel-card"
      data-testid="vessel-card"
      data-mmsi={mmsi}
      data-map-inset="right"
      aria-label={t('vesselCard')}
    >
      <header className="detail__header">
        <div className="detail__badges">
          {cls && category && (
            <span className="vessel-chip" style={{ ['--vessel-color' as string]: cls.color }}>
              <span className="vessel-chip__swatch" aria-hidden="true" />
              {categoryLabel(category)}
            </span>
          )}
          {status && (
            <span className="vessel-status" data-status={status}>
              {say(`status_${status}`)}
            </span>
          )}
        </div>
        <button
          type="button"
          className="detail__close"
          onClick={onClose}
          aria-label={t('closeLabel')}
          title={t('closeTitle')}
        >
          ×
        </button>
      </header>

      <div className="detail__body">
        <h2 className="detail__title">
          {name ?? (card.status === 'loading' ? t('loading') : t('mmsiTitle', { mmsi }))}
        </h2>
        <div className="detail__lede">
          {data?.flag && (
            <span className="vessel-card__flag">
              <span className="flag-code">{data.flag.alpha2}</span> {data.flag.name}
            </span>
          )}
          {ageMs !== null && (
            <span className="detail__age" data-stale={status !== 'live'}>
              {t('lastReport', { age: formatAge(ageMs) })}
            </span>
          )}
        </div>
        {card.status === 'error' && <p className="form-error">{card.message}</p>}

        <Section title={t('identity')}>
          <Field label={t('mmsi')}>
            <span>
              <span className="mono">{mmsi}</span>
              {data && <span className="detail__muted"> · {ais.mmsiKind(data.mmsiKind)}</span>}
            </span>
          </Field>
          <Field label={t('imo')}>
            {data?.imo != null ? (
              <span className="mono">{data.imo}</span>
            ) : data ? (
              <span className="detail__muted">—</span>
            ) : null}
          </Field>
          <Field label={t('callSign')}>
            {data?.callSign ? (
              <span className="mono">{data.callSign}</span>
            ) : data ? (
              <span className="detail__muted">—</span>
            ) : null}
          </Field>
          <Field label={t('flag')}>
            {data ? (
              data.flag ? (
                t('flagValue', { name: data.flag.name, code: data.flag.alpha2 })
              ) : (
                <span className="detail__muted">{t('unknownMid')}</span>
              )
            ) : null}
          </Field>
          <Field label={t('type')}>
            {data ? (ais.shipType(data.shipType) ?? (category ? categoryLabel(category) : null)) : null}
          </Field>
          <Field label={t('size')}>
            {data?.dimensions ? (
              t('sizeValue', { length: data.dimensions.length, beam: data.dimensions.beam })
            ) : data ? (
              <span className="detail__muted">{t('notReported')}</span>
            ) : null}
          </Field>
          <Field label={t('aisClass')}>{data?.aisClass ?? null}</Field>
        </Section>

        <Section title={t('movement')}>
          <Field label={t('position')}>
            {position ? (
              <span className="detail__position">
                <span className="mono">{formatPosition(position.lat, position.lon)}</span>
                <button type="button" className="detail__link" onClick={() => onShowOnMap(position.lon, position.lat)}>
                  {t('showOnMap')}
                </button>
              </span>
            ) : (
              <span className="detail__muted">{t('noPosition')}</span>
            )}
          </Field>
          <Field label={t('speedCourse')}>
            {sog === null && cog === null ? (
              <span className="detail__muted">{t('notAvailable')}</span>
            ) : (
              <span className="tabular">
                {t('speedValue', {
                  speed: sog === null ? t('none') : t('knots', { speed: sog }),
                  cog: cog === null ? t('none') : t('degrees', { degrees: Math.round(cog) }),
                  heading: heading === null ? t('none') : t('degrees', { degrees: Math.round(heading) }),
                })}
              </span>
            )}
          </Field>
          <Field label={t('navStatus')}>{data ? ais.navStatus(data.navStatus) : null}</Field>
          <Field label={t('lastReportAt')}>{data?.lastReportAt ? formatUtc(data.lastReportAt) : null}</Field>
        </Section>

        {data && <SeaSection card={data} now={now + skewMs} />}

        <Section title={t('voyage')}>
          <Field label={t('destination')}>
            {data ? (data.voyage.destination ?? <span className="detail__muted">{t('notReported')}</span>) : null}
          </Field>
          <Field label={t('eta')}>{data?.voyage.eta ? formatUtc(data.voyage.eta) : null}</Field>
          <Field label={t('draught')}>
            {data?.voyage.draught != null ? t('draughtValue', { draught: data.voyage.draught }) : null}
          </Field>
          <Field label={t('trail')}>
            {trail.length >= 2 ? (
              t('trailValue', { count: trail.length, hours: TRACK_HOURS })
            ) : (
              <span className="detail__muted">{t('noneYet')}</span>
            )}
          </Field>
          {canExport && <TrackExport mmsi={mmsi} hours={TRACK_HOURS} />}
        </Section>

        <section className="detail__section" data-testid="vessel-events">
          <h3 className="detail__section-title">{t('recentEvents')}</h3>
          {events.status === 'loading' && <p className="notes__empty">{t('lookingForEvents')}</p>}
          {events.status === 'error' && <p className="form-error">{t('eventsFailed', { message: events.message })}</p>}
          {events.status === 'ready' && events.data.length === 0 && <p className="notes__empty">{t('noEvents')}</p>}
          {events.status === 'ready' && events.data.length > 0 && (
            <ul className="vessel-events">
              {events.data.map((e) => (
                <li key={e.id}>
                  <button type="button" className="vessel-events__item" onClick={() => onSelectEvent(e)}>
                    <KindChip kind={e.kind} />
                    <span className="vessel-events__title">{e.title}</span>
                    <span className="vessel-events__age">{formatAge(now - (Date.parse(e.occurredAt) - skewMs))}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <AnnotationThread targetType="vessel" targetId={String(mmsi)} target={null} />
      </div>
    </aside>
  );
}
