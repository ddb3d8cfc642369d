import { AnnotationThread } from '../annotations/index.ts';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { SELECTIVITY_LANES, type Consignment, type SelectivityLane } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { cssVars } from '../theme/cssVars.ts';
import { shortUtc } from '../theme/format.ts';
import { fetchConsignment, fetchConsignments, rescoreConsignment } from './api.ts';
import { cargoStore } from './cargoStore.ts';
import { LANE_COLOR } from './cargoLayer.ts';
import { portName } from './ports.ts';
import { type Translator, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './cargo.css';

interface Props {
  /** Opens the vessel card of the carrier (and the map flies there from it). */
  onSelectVessel: (mmsi: number) => void;
}

type Key = keyof typeof translations.messages.en;

/** A risk factor's name; a code this dashboard does not know yet (a newer server) shows as the code. */
function factorName(t: Translator<Key>, code: string): string {
  const key = `factor_${code}`;
  return Object.hasOwn(translations.messages.en, key) ? t(key as Key) : code;
}

function useCargo() {
  return useSyncExternalStore(cargoStore.subscribe, cargoStore.getSnapshot);
}

function LaneChip({ lane, score }: { lane: SelectivityLane; score?: number }) {
  const t = useT(translations);
  return (
    <span className="cargo-lane" data-lane={lane} style={cssVars({ '--lane': LANE_COLOR[lane] })}>
      {score !== undefined && <strong>{score}</strong>}
      {t(`lane_${lane}`).toUpperCase()}
    </span>
  );
}

function route(c: Consignment): string {
  return [c.originLocode, ...c.transshipmentLocodes, c.destinationLocode].join(' → ');
}

/** `#/cargo`: consignments by risk over the map, the arcs drawn on it, and one consignment's explained score. */
export function CargoScreen({ onSelectVessel }: Props) {
  const t = useT(translations);
  const { consignments, selectedId, visible } = useCargo();
  const [lanes, setLanes] = useState<SelectivityLane[]>([]);
  const [q, setQ] = useState('');
  const [origin, setOrigin] = useState('');
  const [destination, setDestination] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    const t = setTimeout(() => {
      fetchConsignments({ lanes, q }, abort.signal)
        .then((res) => {
          setLoaded(true);
          if (res.ok) {
            setError(null);
            cargoStore.setConsignments(res.data);
          } else setError(res.message);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(t);
      abort.abort();
    };
  }, [lanes, q, nonce]);

  useEffect(() => {
    const onFocus = (): void => setNonce((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const origins = useMemo(() => [...new Set(consignments.map((c) => c.originLocode))].sort(), [consignments]);
  const destinations = useMemo(() => [...new Set(consignments.map((c) => c.destinationLocode))].sort(), [consignments]);
  const shown = useMemo(
    () =>
      consignments.filter(
        (c) =>
          (origin === '' || c.originLocode === origin) && (destination === '' || c.destinationLocode === destination),
      ),
    [consignments, origin, destination],
  );
  const selected = consignments.find((c) => c.id === selectedId) ?? null;

  return (
    <section className="cargo" data-testid="cargo-screen" data-map-inset="left" aria-label={t('cargo')}>
      <header className="cargo__header">
        <h1 className="cargo__title">{t('cargo')}</h1>
        <label className="cargo-toggle">
          <input
            type="checkbox"
            data-testid="cargo-arcs-toggle"
            checked={visible}
            onChange={(e) => cargoStore.setVisible(e.target.checked)}
          />{' '}
          {t('arcs')}
        </label>
        <button type="button" className="btn btn--small" onClick={() => navigate('#/')}>
          {t('livePicture')}
        </button>
      </header>

      {selected ? (
        <ConsignmentDetail
          key={selected.id}
          consignment={selected}
          onBack={() => cargoStore.select(null)}
          onSelectVessel={onSelectVessel}
        />
      ) : (
        <>
          <div className="cargo__filters">
            <fieldset className="cargo__lanes" aria-label={t('lanes')}>
              {SELECTIVITY_LANES.map((lane) => (
                <label key={lane} className="cargo-lane-filter" style={cssVars({ '--lane': LANE_COLOR[lane] })}>
                  <input
                    type="checkbox"
                    checked={lanes.includes(lane)}
                    onChange={(e) =>
                      setLanes((ls) => (e.target.checked ? [...ls, lane] : ls.filter((l) => l !== lane)))
                    }
                  />
                  {t(`lane_${lane}`)}
                </label>
              ))}
            </fieldset>
            <input
              className="input"
              type="search"
              placeholder={t('searchPlaceholder')}
              aria-label={t('search')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <div className="cargo__ports">
              <select
                className="select"
                aria-label={t('origin')}
                value={origin}
                onChange={(e) => setOrigin(e.target.value)}
              >
                <option value="">{t('anyOrigin')}</option>
                {origins.map((o) => (
                  <option key={o} value={o}>
                    {t('port', { code: o, name: portName(o) })}
                  </option>
                ))}
              </select>
              <select
                className="select"
                aria-label={t('destination')}
                value={destination}
                onChange={(e) => setDestination(e.target.value)}
              >
                <option value="">{t('anyDestination')}</option>
                {destinations.map((o) => (
                  <option key={o} value={o}>
                    {t('port', { code: o, name: portName(o) })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {error && <p className="field__error">{error}</p>}
          <p className="cargo__count">{loaded ? t('count', { count: shown.length }) : t('loading')}</p>
          <ol className="cargo__list">
            {shown.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="cargo-row"
                  data-testid="consignment-row"
                  data-lane={c.risk.lane}
                  data-score={c.risk.score}
                  onClick={() => cargoStore.select(c.id, true)}
                >
                  <LaneChip lane={c.risk.lane} score={c.risk.score} />
                  <span className="cargo-row__main">
                    <span className="cargo-row__line">
                      <span className="mono cargo-row__bol">{c.billOfLading}</span>
                      <span className="cargo-row__route mono">{route(c)}</span>
                    </span>
                    <span className="cargo-row__goods">{c.goodsDescription}</span>
                    <span className="cargo-row__meta">
                      {c.carrier.name ?? c.carrier.imo ?? t('carrierUnknown')} · {t(`movement_${c.status}`)} ·{' '}
                      {c.shipper.name} → {c.consignee.name}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ConsignmentDetail({
  consignment,
  onBack,
  onSelectVessel,
}: {
  consignment: Consignment;
  onBack: () => void;
  onSelectVessel: (mmsi: number) => void;
}) {
  const t = useT(translations);
  const [fresh, setFresh] = useState<Consignment | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchConsignment(consignment.id, abort.signal)
      .then((res) => {
        if (res.ok) setFresh(res.data);
        else setNote(res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [consignment.id, consignment.updatedAt]);
  const c = fresh && fresh.updatedAt >= consignment.updatedAt ? fresh : consignment;
  const { risk } = c;
  const factors = [...risk.factors].sort((a, b) => b.points - a.points);
  const mmsi = c.carrier.mmsi ? Number(c.carrier.mmsi) : null;

  const rescore = async (): Promise<void> => {
    const res = await rescoreConsignment(c.id);
    if (res.ok) {
      setFresh(res.data);
      cargoStore.upsert(res.data);
      setNote(t('rescored', { score: res.data.risk.score, lane: t(`lane_${res.data.risk.lane}`) }));
    } else setNote(res.message);
  };

  return (
    <div className="cargo-detail" data-testid="consignment-detail" data-consignment-id={c.id}>
      <div className="cargo-detail__top">
        <button type="button" className="btn btn--ghost btn--small" onClick={onBack}>
          {t('allConsignments')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => cargoStore.select(c.id, true)}>
          {t('fitRoute')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => void rescore()}>
          {t('rescore')}
        </button>
      </div>
      <div className="cargo-detail__head">
        <div className="cargo-score" data-lane={risk.lane} style={cssVars({ '--lane': LANE_COLOR[risk.lane] })}>
          <span className="cargo-score__value">{risk.score}</span>
          <span className="cargo-score__lane">{t('laneOf', { lane: t(`lane_${risk.lane}`) }).toUpperCase()}</span>
        </div>
        <div>
          <h2 className="cargo-detail__bol mono">{c.billOfLading}</h2>
          <div className="cargo-detail__badges">
            <TlpBadge tlp={c.releasability.tlp} />
            <span className="cargo-agency">{c.ownerAgency}</span>
            <span className="cargo-status">{t(`movement_${c.status}`)}</span>
          </div>
          <p className="cargo-muted">{t('assessed', { at: shortUtc(risk.assessedAt) })}</p>
        </div>
      </div>
      {note && <p className="cargo-note">{note}</p>}

      <h3 className="cargo-h">{t('riskFactors')}</h3>
      {factors.length === 0 && <p className="cargo-muted">{t('noFactor')}</p>}
      <ul className="cargo-factors">
        {factors.map((f, i) => (
          <li key={`${f.code}-${i}`} className="cargo-factor" data-testid="risk-factor" data-code={f.code}>
            <span className="cargo-factor__points" data-negative={f.points < 0 ? 'true' : undefined}>
              {f.points > 0 ? '+' : ''}
              {f.points}
            </span>
            <span>
              <span className="cargo-factor__name">{factorName(t, f.code)}</span>
              <span className="cargo-factor__why">{f.explanation}</span>
            </span>
            <span className="cargo-factor__bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.abs(f.points))}%` }} />
            </span>
          </li>
        ))}
      </ul>

      <h3 className="cargo-h">{t('route')}</h3>
      <p className="cargo-route">
        {[c.originLocode, ...c.transshipmentLocodes, c.destinationLocode].map((code, i, all) => (
          <span key={`${code}-${i}`}>
            <span className="mono">{code}</span> <span className="cargo-muted">{portName(code)}</span>
            {i < all.length - 1 && <span className="cargo-arrow"> → </span>}
          </span>
        ))}
      </p>
      <dl className="cargo-fields">
        <dt>{t('carrier')}</dt>
        <dd>
          {mmsi !== null && Number.isFinite(mmsi) ? (
            <button
              type="button"
              className="detail__link"
              data-testid="consignment-carrier"
              onClick={() => onSelectVessel(mmsi)}
            >
              {c.carrier.name ?? t('carrierMmsi', { mmsi: c.carrier.mmsi })}
            </button>
          ) : (
            (c.carrier.name ?? t('unknown'))
          )}
          <span className="cargo-muted mono">
            {c.carrier.imo ? t('carrierImo', { imo: c.carrier.imo }) : ''}
            {c.carrier.mmsi ? t('carrierMmsiSuffix', { mmsi: c.carrier.mmsi }) : ''}
            {c.voyage ? t('voyage', { voyage: c.voyage }) : ''}
          </span>
        </dd>
        <dt>{t('etdEta')}</dt>
        <dd className="mono">
          {shortUtc(c.etd)} / {shortUtc(c.eta)}
        </dd>
        <dt>{t('goods')}</dt>
        <dd>
          {c.goodsDescription}
          {c.packages && (
            <span className="cargo-muted"> {t('packages', { count: c.packages.count, kind: c.packages.kind })}</span>
          )}
          {c.grossWeightKg !== null && <span className="cargo-muted">{t('weight', { kg: c.grossWeightKg })}</span>}
        </dd>
        <dt>{t('hsCodes')}</dt>
        <dd className="mono">{c.hsCodes.join(', ')}</dd>
        <dt>{t('containers')}</dt>
        <dd className="mono">{c.containers.length > 0 ? c.containers.join(', ') : '—'}</dd>
        <dt>{t('shipper')}</dt>
        <dd>
          {c.shipper.name} {c.shipper.country && <span className="cargo-muted">({c.shipper.country})</span>}
        </dd>
        <dt>{t('consignee')}</dt>
        <dd>
          {c.consignee.name} {c.consignee.country && <span className="cargo-muted">({c.consignee.country})</span>}
        </dd>
        {c.notifyParty && (
          <>
            <dt>{t('notify')}</dt>
            <dd>{c.notifyParty.name}</dd>
          </>
        )}
      </dl>

      <h3 className="cargo-h">{t('movements')}</h3>
      {c.movements.length === 0 && <p className="cargo-muted">{t('noMovements')}</p>}
      <ol className="cargo-timeline">
        {[...c.movements]
          .sort((a, b) => a.at.localeCompare(b.at))
          .map((m) => (
            <li key={m.id} data-kind={m.kind}>
              <span className="cargo-timeline__kind">{t(`movement_${m.kind}`)}</span>
              <span className="mono cargo-muted">{shortUtc(m.at)}</span>
              {m.locode && <span className="mono">{m.locode}</span>}
              {m.note && <span className="cargo-timeline__note">{m.note}</span>}
            </li>
          ))}
      </ol>

      <AnnotationThread key={c.id} targetType="consignment" targetId={c.id} target={c} />
    </div>
  );
}
