import { useState } from 'react';
import { COMMODITIES, TREND_BUCKETS, type Commodity, type TrendBucket } from '@tidewatch/contracts';
import type { TrendFilters } from './api.ts';
import { COMMODITY_STYLE } from './commodities.ts';
import { bboxProblem, currentMapBbox, customRange, dateIn, presetRange, PRESETS, type PresetId } from './filters.ts';
import { areaPoints, parseAreaText } from './trend-call.ts';

interface Props {
  filters: TrendFilters;
  onChange: (next: TrendFilters) => void;
  preset: PresetId;
  onPreset: (preset: PresetId) => void;
  bucket: TrendBucket;
  onBucket: (bucket: TrendBucket) => void;
  /** Agencies seen in the results, to choose among. */
  agencies: string[];
  /** The server's operations zone (the default) first, then the other zones an analyst may bucket in. */
  zones: string[];
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function TrendFiltersBar({ filters, onChange, preset, onPreset, bucket, onBucket, agencies, zones }: Props) {
  const [customFrom, setCustomFrom] = useState(() => dateIn(filters.from, filters.tz));
  const [customTo, setCustomTo] = useState(() =>
    dateIn(new Date(new Date(filters.to).getTime() - 1).toISOString(), filters.tz),
  );
  const [bboxText, setBboxText] = useState(filters.bbox);
  const [areaNote, setAreaNote] = useState<string | null>(null);
  const [areaText, setAreaText] = useState('');
  const customError =
    preset === 'custom' && customRange(customFrom, customTo, filters.tz) === null
      ? 'the end date must not be before the start'
      : null;
  const bboxError = bboxProblem(bboxText);

  const applyCustom = (from: string, to: string): void => {
    const range = customRange(from, to, filters.tz);
    if (range) onChange({ ...filters, ...range });
  };
  // The same calendar days, counted from midnight in the other zone.
  const changeZone = (tz: string): void => {
    const days = PRESETS.find((p) => p.id === preset)?.days;
    const range = days === undefined ? customRange(customFrom, customTo, tz) : presetRange(days, tz);
    onChange({ ...filters, ...range, tz });
  };
  const useMapView = (): void => {
    const bbox = currentMapBbox();
    if (bbox === null) {
      setAreaNote('The map is not loaded; type a bbox instead.');
      return;
    }
    setAreaNote(null);
    setBboxText(bbox);
    onChange({ ...filters, bbox });
  };

  return (
    <div className="trends-filters" role="group" aria-label="Trend filters">
      <div className="trends-filters__row">
        <span className="trends-filters__label">Period</span>
        <div className="trends-seg" role="radiogroup" aria-label="Period">
          {PRESETS.map((p) => (
            <button
              key={p.id}
              type="button"
              role="radio"
              aria-checked={preset === p.id}
              className="trends-seg__btn"
              onClick={() => {
                onPreset(p.id);
                onChange({ ...filters, ...presetRange(p.days, filters.tz) });
              }}
            >
              {p.label}
            </button>
          ))}
          <button
            type="button"
            role="radio"
            aria-checked={preset === 'custom'}
            className="trends-seg__btn"
            onClick={() => onPreset('custom')}
          >
            Custom
          </button>
        </div>
        {preset === 'custom' && (
          <span className="trends-filters__custom">
            <input
              type="date"
              className="trends-input"
              aria-label="From date"
              value={customFrom}
              onChange={(e) => {
                setCustomFrom(e.target.value);
                applyCustom(e.target.value, customTo);
              }}
            />
            <span aria-hidden="true">–</span>
            <input
              type="date"
              className="trends-input"
              aria-label="To date (included)"
              value={customTo}
              onChange={(e) => {
                setCustomTo(e.target.value);
                applyCustom(customFrom, e.target.value);
              }}
            />
            {customError && <span className="trends-error">{customError}</span>}
          </span>
        )}
        <span className="trends-filters__label trends-filters__label--gap">Per</span>
        <div className="trends-seg" role="radiogroup" aria-label="Bucket">
          {TREND_BUCKETS.map((b) => (
            <button
              key={b}
              type="button"
              role="radio"
              aria-checked={bucket === b}
              className="trends-seg__btn"
              onClick={() => onBucket(b)}
              data-testid={`trends-bucket-${b}`}
            >
              {b === 'day' ? 'Day' : b === 'week' ? 'Week' : 'Month'}
            </button>
          ))}
        </div>
        <span className="trends-filters__label trends-filters__label--gap">Zone</span>
        <select
          className="trends-input"
          aria-label="Time zone of days, weeks and months"
          value={filters.tz}
          onChange={(e) => changeZone(e.target.value)}
          data-testid="trends-zone"
        >
          {zones.map((z, i) => (
            <option key={z} value={z}>
              {i === 0 ? `${z} (operations)` : z}
            </option>
          ))}
        </select>
      </div>

      <div className="trends-filters__row">
        <span className="trends-filters__label">Commodity</span>
        <div className="trends-chips">
          {COMMODITIES.map((c: Commodity) => (
            <button
              key={c}
              type="button"
              className="trends-chip"
              aria-pressed={filters.commodities.includes(c)}
              onClick={() => onChange({ ...filters, commodities: toggle(filters.commodities, c) })}
            >
              <span className="trends-chip__dot" style={{ background: COMMODITY_STYLE[c].color }} />
              {COMMODITY_STYLE[c].label}
            </button>
          ))}
          {filters.commodities.length > 0 && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => onChange({ ...filters, commodities: [] })}
            >
              All
            </button>
          )}
        </div>
      </div>

      <div className="trends-filters__row">
        <span className="trends-filters__label">Agency</span>
        <div className="trends-chips">
          {agencies.length === 0 && <span className="trends-muted">—</span>}
          {agencies.map((a) => (
            <button
              key={a}
              type="button"
              className="trends-chip"
              aria-pressed={filters.agencies.includes(a)}
              onClick={() => onChange({ ...filters, agencies: toggle(filters.agencies, a) })}
            >
              {a}
            </button>
          ))}
          {filters.agencies.length > 0 && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => onChange({ ...filters, agencies: [] })}
            >
              All
            </button>
          )}
        </div>
        <span className="trends-filters__label trends-filters__label--gap">Area</span>
        <button type="button" className="btn btn--small" onClick={useMapView} data-testid="trends-use-map-view">
          Use current map view
        </button>
        <form
          className="trends-filters__bbox"
          onSubmit={(e) => {
            e.preventDefault();
            if (bboxError === null) onChange({ ...filters, bbox: bboxText.trim() });
          }}
        >
          <input
            className="trends-input trends-input--bbox tabular"
            aria-label="Area as minLon,minLat,maxLon,maxLat"
            placeholder="minLon,minLat,maxLon,maxLat"
            value={bboxText}
            onChange={(e) => setBboxText(e.target.value)}
            onBlur={() => {
              if (bboxError === null && bboxText.trim() !== filters.bbox)
                onChange({ ...filters, bbox: bboxText.trim() });
            }}
            aria-invalid={bboxError !== null}
          />
          {filters.bbox !== '' && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => {
                setBboxText('');
                onChange({ ...filters, bbox: '' });
              }}
            >
              Everywhere
            </button>
          )}
        </form>
        <form
          className="trends-filters__bbox"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = parseAreaText(areaText);
            if ('problem' in parsed) setAreaNote(`Drawn area: ${parsed.problem}`);
            else {
              setAreaNote(null);
              setAreaText('');
              onChange({ ...filters, area: parsed.area });
            }
          }}
        >
          {filters.area === null ? (
            <input
              className="trends-input trends-input--bbox"
              aria-label="Drawn area as GeoJSON"
              placeholder="or paste a GeoJSON polygon"
              title='A GeoJSON Polygon or MultiPolygon, e.g. {"type":"Polygon","coordinates":[…]}'
              value={areaText}
              onChange={(e) => setAreaText(e.target.value)}
              data-testid="trends-area-geojson"
            />
          ) : (
            <>
              <span className="trends-muted" data-testid="trends-area-summary">
                Drawn area, {areaPoints(filters.area).toLocaleString('en-US')} points
              </span>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                onClick={() => onChange({ ...filters, area: null })}
              >
                Clear drawn area
              </button>
            </>
          )}
        </form>
        {(bboxError ?? areaNote) && <span className="trends-error">{bboxError ?? areaNote}</span>}
      </div>
    </div>
  );
}
