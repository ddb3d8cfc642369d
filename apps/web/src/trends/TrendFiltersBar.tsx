import { useState } from 'react';
import { COMMODITIES, TREND_BUCKETS, type Commodity, type TrendBucket } from '@tidewatch/contracts';
import type { TrendFilters } from './api.ts';
import { COMMODITY_STYLE, useCommodityLabel } from './commodities.ts';
import { useT } from '../i18n/index.ts';
import { issueText } from '../forms/issueText.ts';
import { translations } from './translations.ts';
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

/** What a pasted GeoJSON example looks like (code, the same in every language). */
const GEOJSON_EXAMPLE = '{"type":"Polygon","coordinates":[…]}';

export function TrendFiltersBar({ filters, onChange, preset, onPreset, bucket, onBucket, agencies, zones }: Props) {
  const t = useT(translations);
  const commodityLabel = useCommodityLabel();
  const [customFrom, setCustomFrom] = useState(() => dateIn(filters.from, filters.tz));
  const [customTo, setCustomTo] = useState(() =>
    dateIn(new Date(new Date(filters.to).getTime() - 1).toISOString(), filters.tz),
  );
  const [bboxText, setBboxText] = useState(filters.bbox);
  const [areaNote, setAreaNote] = useState<string | null>(null);
  const [areaText, setAreaText] = useState('');
  const customError =
    preset === 'custom' && customRange(customFrom, customTo, filters.tz) === null ? t('endBeforeStart') : null;
  const bboxIssue = bboxProblem(bboxText);
  const bboxError = bboxIssue === null ? null : t('bboxProblem', { problem: bboxIssue });

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
      setAreaNote(t('mapNotLoaded'));
      return;
    }
    setAreaNote(null);
    setBboxText(bbox);
    onChange({ ...filters, bbox });
  };

  return (
    <div className="trends-filters" role="group" aria-label={t('filtersAria')}>
      <div className="trends-filters__row">
        <span className="trends-filters__label">{t('period')}</span>
        <div className="trends-seg" role="radiogroup" aria-label={t('period')}>
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
              {t(`preset_${p.id}`)}
            </button>
          ))}
          <button
            type="button"
            role="radio"
            aria-checked={preset === 'custom'}
            className="trends-seg__btn"
            onClick={() => onPreset('custom')}
          >
            {t('custom')}
          </button>
        </div>
        {preset === 'custom' && (
          <span className="trends-filters__custom">
            <input
              type="date"
              className="trends-input"
              aria-label={t('fromDate')}
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
              aria-label={t('toDate')}
              value={customTo}
              onChange={(e) => {
                setCustomTo(e.target.value);
                applyCustom(customFrom, e.target.value);
              }}
            />
            {customError && <span className="trends-error">{customError}</span>}
          </span>
        )}
        <span className="trends-filters__label trends-filters__label--gap">{t('per')}</span>
        <div className="trends-seg" role="radiogroup" aria-label={t('bucketAria')}>
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
              {t('bucket', { bucket: b })}
            </button>
          ))}
        </div>
        <span className="trends-filters__label trends-filters__label--gap">{t('zone')}</span>
        <select
          className="trends-input"
          aria-label={t('zoneAria')}
          value={filters.tz}
          onChange={(e) => changeZone(e.target.value)}
          data-testid="trends-zone"
        >
          {zones.map((z, i) => (
            <option key={z} value={z}>
              {i === 0 ? t('zoneOperations', { zone: z }) : z}
            </option>
          ))}
        </select>
      </div>

      <div className="trends-filters__row">
        <span className="trends-filters__label">{t('commodity')}</span>
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
              {commodityLabel(c)}
            </button>
          ))}
          {filters.commodities.length > 0 && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => onChange({ ...filters, commodities: [] })}
            >
              {t('all')}
            </button>
          )}
        </div>
      </div>

      <div className="trends-filters__row">
        <span className="trends-filters__label">{t('agency')}</span>
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
              {t('all')}
            </button>
          )}
        </div>
        <span className="trends-filters__label trends-filters__label--gap">{t('area')}</span>
        <button type="button" className="btn btn--small" onClick={useMapView} data-testid="trends-use-map-view">
          {t('useMapView')}
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
            aria-label={t('bboxAria')}
            placeholder={t('bboxPlaceholder')}
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
              {t('everywhere')}
            </button>
          )}
        </form>
        <form
          className="trends-filters__bbox"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = parseAreaText(areaText);
            if ('problem' in parsed)
              setAreaNote(
                t('areaProblem', { problem: parsed.problem === null ? t('areaNotJson') : issueText(parsed.problem) }),
              );
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
              aria-label={t('geojsonAria')}
              placeholder={t('geojsonPlaceholder')}
              title={t('geojsonTitle', { example: GEOJSON_EXAMPLE })}
              value={areaText}
              onChange={(e) => setAreaText(e.target.value)}
              data-testid="trends-area-geojson"
            />
          ) : (
            <>
              <span className="trends-muted" data-testid="trends-area-summary">
                {t('drawnAreaSummary', { count: areaPoints(filters.area) })}
              </span>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                onClick={() => onChange({ ...filters, area: null })}
              >
                {t('clearDrawnArea')}
              </button>
            </>
          )}
        </form>
        {(bboxError ?? areaNote) && <span className="trends-error">{bboxError ?? areaNote}</span>}
      </div>
    </div>
  );
}
