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
import './cargo.css';

interface Props {
  /** Opens the vessel card of the carrier (and the map flies there from it). */
  onSelectVessel: (mmsi: number) => void;
}

const FACTOR_LABEL: Record<string, string> = {
  watchlist_hit: 'Watchlist hit',
  high_risk_route: 'High-risk route',
  concealment_pattern: 'Concealment pattern',
  hs_description_mismatch: 'HS code vs description',
  container_check_digit: 'Container check digit',
  imo_check_digit: 'IMO check digit',
  vessel_ais_gap: 'Carrier AIS gap',
  vessel_encounter: 'Carrier encounter at sea',
  vessel_loitering: 'Carrier loitering',
  vessel_identity: 'Carrier identity anomaly',
  unknown_carrier: 'Unknown carrier',
};

function useCargo() {
  return useSyncExternalStore(cargoStore.subscribe, cargoStore.getSnapshot);
}

function LaneChip({ lane, score }: { lane: SelectivityLane; score?: number }) {
  return (
    <span className="cargo-lane" data-lane={lane} style={cssVars({ '--lane': LANE_COLOR[lane] })}>
      {score !== undefined && <strong>{score}</strong>}
      {lane.toUpperCase()}
    </span>
  );
}

function route(c: Consignment): string {
  return [c.originLocode, ...c.transshipmentLocodes, c.destinationLocode].join(' → ');
}

/** `#/cargo`: consignments by risk over the map, the arcs drawn on it, and one consignment's explained score. */
export function CargoScreen({ onSelectVessel }: Props) {
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
    <section className="cargo" data-testid="cargo-screen" data-map-inset="left" aria-label="Cargo">
      <header className="cargo__header">
        <h1 className="cargo__title">Cargo</h1>
        <label className="cargo-toggle">
          <input
            type="checkbox"
            data-testid="cargo-arcs-toggle"
            checked={visible}
            onChange={(e) => cargoStore.setVisible(e.target.checked)}
          />{' '}
          Arcs on map
        </label>
        <button type="button" className="btn btn--small" onClick={() => navigate('#/')}>
          ← Live picture
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
            <div className="cargo__lanes" role="group" aria-label="Lanes">
              {SELECTIVITY_LANES.map((lane) => (
                <label key={lane} className="cargo-lane-filter" style={cssVars({ '--lane': LANE_COLOR[lane] })}>
                  <input
                    type="checkbox"
                    checked={lanes.includes(lane)}
                    onChange={(e) =>
                      setLanes((ls) => (e.target.checked ? [...ls, lane] : ls.filter((l) => l !== lane)))
                    }
                  />
                  {lane}
                </label>
              ))}
            </div>
            <input
              className="input"
              type="search"
              placeholder="B/L, party, goods, container, vessel"
              aria-label="Search consignments"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <div className="cargo__ports">
              <select className="select" aria-label="Origin" value={origin} onChange={(e) => setOrigin(e.target.value)}>
                <option value="">Any origin</option>
                {origins.map((o) => (
                  <option key={o} value={o}>
                    {o} · {portName(o)}
                  </option>
                ))}
              </select>
              <select
                className="select"
                aria-label="Destination"
                value={destination}
                onChange={(e) => setDestination(e.target.value)}
              >
                <option value="">Any destination</option>
                {destinations.map((o) => (
                  <option key={o} value={o}>
                    {o} · {portName(o)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {error && <p className="field__error">{error}</p>}
          <p className="cargo__count">
            {loaded ? `${shown.length} consignment${shown.length === 1 ? '' : 's'}, highest risk first` : 'Loading…'}
          </p>
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
                      {c.carrier.name ?? c.carrier.imo ?? 'carrier unknown'} · {c.status} · {c.shipper.name} →{' '}
                      {c.consignee.name}
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
      setNote(`Rescored: ${res.data.risk.score} (${res.data.risk.lane}).`);
    } else setNote(res.message);
  };

  return (
    <div className="cargo-detail" data-testid="consignment-detail" data-consignment-id={c.id}>
      <div className="cargo-detail__top">
        <button type="button" className="btn btn--ghost btn--small" onClick={onBack}>
          ← All consignments
        </button>
        <button type="button" className="btn btn--small" onClick={() => cargoStore.select(c.id, true)}>
          Fit route
        </button>
        <button type="button" className="btn btn--small" onClick={() => void rescore()}>
          Rescore
        </button>
      </div>
      <div className="cargo-detail__head">
        <div className="cargo-score" data-lane={risk.lane} style={cssVars({ '--lane': LANE_COLOR[risk.lane] })}>
          <span className="cargo-score__value">{risk.score}</span>
          <span className="cargo-score__lane">{risk.lane.toUpperCase()} lane</span>
        </div>
        <div>
          <h2 className="cargo-detail__bol mono">{c.billOfLading}</h2>
          <div className="cargo-detail__badges">
            <TlpBadge tlp={c.releasability.tlp} />
            <span className="cargo-agency">{c.ownerAgency}</span>
            <span className="cargo-status">{c.status}</span>
          </div>
          <p className="cargo-muted">assessed {shortUtc(risk.assessedAt)}</p>
        </div>
      </div>
      {note && <p className="cargo-note">{note}</p>}

      <h3 className="cargo-h">Risk factors</h3>
      {factors.length === 0 && <p className="cargo-muted">No risk factor found.</p>}
      <ul className="cargo-factors">
        {factors.map((f, i) => (
          <li key={`${f.code}-${i}`} className="cargo-factor" data-testid="risk-factor" data-code={f.code}>
            <span className="cargo-factor__points" data-negative={f.points < 0 ? 'true' : undefined}>
              {f.points > 0 ? '+' : ''}
              {f.points}
            </span>
            <span>
              <span className="cargo-factor__name">{FACTOR_LABEL[f.code] ?? f.code}</span>
              <span className="cargo-factor__why">{f.explanation}</span>
            </span>
            <span className="cargo-factor__bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.abs(f.points))}%` }} />
            </span>
          </li>
        ))}
      </ul>

      <h3 className="cargo-h">Route</h3>
      <p className="cargo-route">
        {[c.originLocode, ...c.transshipmentLocodes, c.destinationLocode].map((code, i, all) => (
          <span key={`${code}-${i}`}>
            <span className="mono">{code}</span> <span className="cargo-muted">{portName(code)}</span>
            {i < all.length - 1 && <span className="cargo-arrow"> → </span>}
          </span>
        ))}
      </p>
      <dl className="cargo-fields">
        <dt>Carrier</dt>
        <dd>
          {mmsi !== null && Number.isFinite(mmsi) ? (
            <button
              type="button"
              className="detail__link"
              data-testid="consignment-carrier"
              onClick={() => onSelectVessel(mmsi)}
            >
              {c.carrier.name ?? `MMSI ${c.carrier.mmsi}`}
            </button>
          ) : (
            (c.carrier.name ?? 'unknown')
          )}
          <span className="cargo-muted mono">
            {c.carrier.imo ? ` IMO ${c.carrier.imo}` : ''}
            {c.carrier.mmsi ? ` MMSI ${c.carrier.mmsi}` : ''}
            {c.voyage ? ` · voyage ${c.voyage}` : ''}
          </span>
        </dd>
        <dt>ETD / ETA</dt>
        <dd className="mono">
          {shortUtc(c.etd)} / {shortUtc(c.eta)}
        </dd>
        <dt>Goods</dt>
        <dd>
          {c.goodsDescription}
          {c.packages && (
            <span className="cargo-muted">
              {' '}
              · {c.packages.count} {c.packages.kind}
            </span>
          )}
          {c.grossWeightKg !== null && (
            <span className="cargo-muted"> · {c.grossWeightKg.toLocaleString('en')} kg</span>
          )}
        </dd>
        <dt>HS codes</dt>
        <dd className="mono">{c.hsCodes.join(', ')}</dd>
        <dt>Containers</dt>
        <dd className="mono">{c.containers.length > 0 ? c.containers.join(', ') : '—'}</dd>
        <dt>Shipper</dt>
        <dd>
          {c.shipper.name} {c.shipper.country && <span className="cargo-muted">({c.shipper.country})</span>}
        </dd>
        <dt>Consignee</dt>
        <dd>
          {c.consignee.name} {c.consignee.country && <span className="cargo-muted">({c.consignee.country})</span>}
        </dd>
        {c.notifyParty && (
          <>
            <dt>Notify</dt>
            <dd>{c.notifyParty.name}</dd>
          </>
        )}
      </dl>

      <h3 className="cargo-h">Movements</h3>
      {c.movements.length === 0 && <p className="cargo-muted">None recorded yet (booked).</p>}
      <ol className="cargo-timeline">
        {[...c.movements]
          .sort((a, b) => a.at.localeCompare(b.at))
          .map((m) => (
            <li key={m.id} data-kind={m.kind}>
              <span className="cargo-timeline__kind">{m.kind}</span>
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
