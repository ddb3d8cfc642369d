import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useIntl } from 'react-intl';
import { bearingThreeDigits, degreesMinutes, wrapLongitude, type LatLon } from '@tidewatch/domain';
import { maplibregl, type CoreMap } from '../map-core/index.ts';
import { formatPosition } from '../theme/format.ts';
import { useT } from '../i18n/index.ts';
import { LayerPanel } from './LayerPanel.tsx';
import { useMapControl } from './mapControl.ts';
import { RANGE_OFF, RangeTool, type RangeState } from './rangeTool.ts';
import { useStoredChoice } from './storedChoice.ts';
import { translations } from './translations.ts';

const FORMATS = ['dm', 'dd'] as const;
type CoordFormat = (typeof FORMATS)[number];

interface Props {
  core: Pick<CoreMap, 'map' | 'stack'> | null;
  /** Where the map reads whether a click measures (then it selects nothing). */
  toolRef: RefObject<RangeTool | null>;
  /** Symbol size multiplier (the wall at 4K): the scale bars grow with it. */
  scale: number;
  /** The analyst's tools (range and bearing, cursor position); the wall shows only the scale. */
  workbench: boolean;
}

/** MAP-1..3: the scale bars, the cursor's position, the range and bearing tool and the layer panel. */
export function MapTools({ core, toolRef, scale, workbench }: Props) {
  const map = core?.map ?? null;
  useScaleBars(map, scale);
  const toolbar = useMapControl(workbench ? map : null, 'top-left', 'maplibregl-ctrl-group map-tools');
  const readout = useMapControl(workbench ? map : null, 'bottom-right', 'map-readout');
  // Created after the toolbar so MapLibre stacks it under the tool buttons.
  const layers = useMapControl(workbench ? map : null, 'top-left', 'map-layers');
  const [range, setRange] = useState<RangeState>(RANGE_OFF);
  const [format, setFormat] = useStoredChoice<CoordFormat>('tidewatch.map.coordFormat', FORMATS, 'dm');

  useEffect(() => {
    if (!core || !workbench) return;
    const tool = new RangeTool(core.map, core.stack, setRange);
    toolRef.current = tool;
    return () => {
      tool.stop();
      toolRef.current = null;
    };
  }, [core, workbench, toolRef]);

  return (
    <>
      {toolbar &&
        createPortal(
          <ToolButtons
            measuring={range.active}
            onMeasure={() => (range.active ? toolRef.current?.stop() : toolRef.current?.start())}
            format={format}
            onFormat={() => setFormat(format === 'dm' ? 'dd' : 'dm')}
          />,
          toolbar,
        )}
      {layers && <LayerPanel core={core} host={layers} />}
      {readout && map && createPortal(<Readouts map={map} range={range} format={format} />, readout)}
    </>
  );
}

/**
 * Nautical miles above kilometres, bottom right; MapLibre redraws them on every move. A bottom corner stacks
 * each new control above the earlier ones, so kilometres go in first.
 */
function useScaleBars(map: maplibregl.Map | null, scale: number): void {
  useEffect(() => {
    if (!map) return;
    const bars = (['metric', 'nautical'] as const).map(
      (unit) => new maplibregl.ScaleControl({ unit, maxWidth: Math.round(120 * scale) }),
    );
    for (const bar of bars) map.addControl(bar, 'bottom-right');
    return () => {
      for (const bar of bars) if (map.hasControl(bar)) map.removeControl(bar);
    };
  }, [map, scale]);
}

function ToolButtons({
  measuring,
  onMeasure,
  format,
  onFormat,
}: {
  measuring: boolean;
  onMeasure: () => void;
  format: CoordFormat;
  onFormat: () => void;
}) {
  const t = useT(translations);
  return (
    <>
      <button
        type="button"
        className="map-tools__button"
        aria-pressed={measuring}
        data-testid="range-tool"
        title={measuring ? t('measureEnd') : t('measureStart')}
        aria-label={measuring ? t('measureEnd') : t('measureStart')}
        onClick={onMeasure}
      >
        <span aria-hidden="true">⟷</span>
      </button>
      <button
        type="button"
        className="map-tools__button map-tools__text"
        data-testid="coord-format"
        // Named by its visible letters (WCAG 2.5.3: the label is in the name); the title says what it does.
        title={format === 'dm' ? t('toDecimal') : t('toMinutes')}
        onClick={onFormat}
      >
        {format === 'dm' ? t('dmShort') : t('ddShort')}
      </button>
    </>
  );
}

function Readouts({ map, range, format }: { map: maplibregl.Map; range: RangeState; format: CoordFormat }) {
  const t = useT(translations);
  const intl = useIntl();
  const cursor = useCursor(map);
  const place = (p: LatLon): string =>
    format === 'dm' ? degreesMinutes(p) : formatPosition(p.lat, wrapLongitude(p.lon));
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return (
    <>
      {range.active && (
        <div
          className="map-readout__range"
          data-testid="range-readout"
          data-nm={range.leg?.nm}
          data-bearing={range.leg?.bearingDeg}
          role="status"
        >
          {range.leg
            ? t('rangeResult', {
                nm: intl.formatNumber(range.leg.nm, oneDecimal),
                km: intl.formatNumber(range.leg.km, oneDecimal),
                bearing: bearingThreeDigits(range.leg.bearingDeg),
              })
            : range.from
              ? t('measureSecond')
              : t('measureFirst')}
        </div>
      )}
      <div className="map-readout__cursor tabular" data-idle={cursor === null} data-testid="cursor-readout">
        {cursor ? place(cursor) : '\u00a0'}
      </div>
    </>
  );
}

/** Where the pointer is over the map, at most once a frame; null once it leaves. */
function useCursor(map: maplibregl.Map): LatLon | null {
  const [cursor, setCursor] = useState<LatLon | null>(null);
  useEffect(() => {
    let frame = 0;
    let next: LatLon | null = null;
    const onMove = (e: maplibregl.MapMouseEvent): void => {
      next = { lat: e.lngLat.lat, lon: e.lngLat.lng };
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        setCursor(next);
      });
    };
    const onOut = (): void => {
      cancelAnimationFrame(frame);
      frame = 0;
      setCursor(null);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      cancelAnimationFrame(frame);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map]);
  return cursor;
}
