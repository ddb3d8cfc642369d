import { describe, expect, it } from 'vitest';
import type { SeaNotices, WeatherObservation } from '@tidewatch/contracts';
import { seaNoticeFeatures } from './seaNoticeFeatures.ts';
import { applySeaNotices } from './useSeaNotices.ts';
import { weatherRows } from './format.ts';

const station: WeatherObservation = {
  stationMmsi: 2_610_002,
  lat: 0,
  lon: 0,
  observedAt: '2026-12-07T14:00:00.000Z',
  receivedAt: '2026-12-07T14:01:00.000Z',
  windSpeedKn: 20,
  windGustKn: null,
  windDirectionDeg: 270,
  airTemperatureC: null,
  pressureHpa: 1009,
  visibilityNm: null,
  visibilityMore: false,
  waveHeightM: 1.5,
  wavePeriodS: null,
  waveDirectionDeg: null,
  swellHeightM: null,
  seaState: null,
  waterTemperatureC: null,
};

const notices = (at: string): SeaNotices => ({
  v: 1,
  at,
  areas: [
    {
      id: '2610001-3',
      senderMmsi: 2_610_001,
      linkage: 3,
      notice: 35,
      noticeText: 'Restricted: entry prohibited',
      startsAt: at,
      endsAt: null,
      text: null,
      geometry: [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        { type: 'Point', coordinates: [2, 2] },
      ],
      receivedAt: at,
    },
  ],
  weather: [station],
});

describe('sea notices on the map', () => {
  it('[AIS-SEA-5] areas keep their notice id; a west wind draws its shaft eastwards from the station', () => {
    const fc = seaNoticeFeatures(notices('2026-12-07T14:00:00.000Z'));
    expect(fc.features.map((f) => f.properties?.role)).toEqual(['area', 'area-point', 'station', 'wind']);
    const wind = fc.features[3]?.geometry;
    if (wind?.type !== 'LineString') throw new Error('wind shaft expected');
    const [, end] = wind.coordinates;
    expect(end?.[0]).toBeGreaterThan(0.05);
    expect(Math.abs(end?.[1] ?? 1)).toBeLessThan(1e-9);
    expect(seaNoticeFeatures(null).features).toEqual([]);
  });

  it('[AIS-SEA-5] a pushed set replaces the cache unless the cache is newer; weather reads only what was sent', () => {
    const older = notices('2026-12-07T14:00:00.000Z');
    const newer = notices('2026-12-07T14:05:00.000Z');
    expect(applySeaNotices(undefined, older)).toBe(older);
    expect(applySeaNotices(older, newer)).toBe(newer);
    expect(applySeaNotices(newer, older)).toBe(newer);
    expect(weatherRows(station)).toEqual([
      ['Wind', '20 kn from W (270°)'],
      ['Waves', '1.5 m'],
      ['Pressure', '1009 hPa'],
    ]);
  });
});
