import { BitWriter } from '../bit-writer.ts';
import type { AreaNoticeShape } from '../messages/applications/types.ts';
import { armourToSentences, type SentenceOptions } from './sentences.ts';

/** Positions of IMO 289 applications: 1/1000 minute. */
const MIN_1000 = 60_000;

function sentences(w: BitWriter, options: SentenceOptions): string[] {
  const { payload, fillBits } = w.toPayload();
  return armourToSentences(payload, fillBits, options);
}

function partialTime(w: BitWriter, at: Date): BitWriter {
  return w
    .put(at.getUTCMonth() + 1, 4)
    .put(at.getUTCDate(), 5)
    .put(at.getUTCHours(), 5)
    .put(at.getUTCMinutes(), 6);
}

export interface AreaNoticeInput {
  mmsi: number;
  linkage: number;
  /** IMO 289 notice description code. */
  notice: number;
  start: Date;
  /** Minutes; 262143 = until cancelled. */
  durationMinutes: number;
  /** Circles (radius in metres, a multiple of 10 up to 40,950) and text; the shapes a VTS most often sends. */
  subareas: Array<
    { shape: 'circle'; lat: number; lon: number; radiusM: number } | Extract<AreaNoticeShape, { shape: 'text' }>
  >;
}

/** An IMO 289 area notice (type 8, DAC 1 FI 22) as sentences, for tests, replays and the simulator. */
export function encodeAreaNotice(input: AreaNoticeInput, options: SentenceOptions = {}): string[] {
  const w = new BitWriter().put(8, 6).put(0, 2).put(input.mmsi, 30).put(0, 2).put(1, 10).put(22, 6);
  w.put(input.linkage, 10).put(input.notice, 7);
  partialTime(w, input.start).put(input.durationMinutes, 18);
  for (const s of input.subareas) {
    if (s.shape === 'text') {
      w.put(5, 3).text(s.text, 14);
      continue;
    }
    // scale factor 1: radius in tens of metres
    w.put(0, 3)
      .put(1, 2)
      .put(Math.round(s.lon * MIN_1000), 25)
      .put(Math.round(s.lat * MIN_1000), 24);
    w.put(4, 3)
      .put(Math.min(4095, Math.round(s.radiusM / 10)), 12)
      .put(0, 18);
  }
  return sentences(w, options);
}

/** Persons on board (type 6, DAC 1 FI 16, IMO 289 layout) sent by `mmsi` to a shore station. */
export function encodePersonsOnBoard(
  mmsi: number,
  destMmsi: number,
  persons: number,
  options: SentenceOptions = {},
): string[] {
  const w = new BitWriter().put(6, 6).put(0, 2).put(mmsi, 30).put(0, 2).put(destMmsi, 30).put(0, 2);
  w.put(1, 10).put(16, 6).put(persons, 13).put(0, 3);
  return sentences(w, options);
}

export interface WeatherInput {
  mmsi: number;
  lat: number;
  lon: number;
  observedAt: Date;
  windSpeedKn: number;
  windGustKn: number;
  windDirectionDeg: number;
  airTemperatureC: number;
  pressureHpa: number;
  visibilityNm: number;
  waveHeightM: number;
  wavePeriodS: number;
  waveDirectionDeg: number;
  seaState: number;
  waterTemperatureC: number;
}

/** A met-hydro broadcast (type 8, DAC 1 FI 31, IMO 289); fields not given are sent as "not available". */
export function encodeWeather(input: WeatherInput, options: SentenceOptions = {}): string[] {
  const tenths = (v: number) => Math.round(v * 10);
  const w = new BitWriter().put(8, 6).put(0, 2).put(input.mmsi, 30).put(0, 2).put(1, 10).put(31, 6);
  w.put(Math.round(input.lon * MIN_1000), 25)
    .put(Math.round(input.lat * MIN_1000), 24)
    .put(0, 1);
  w.put(input.observedAt.getUTCDate(), 5)
    .put(input.observedAt.getUTCHours(), 5)
    .put(input.observedAt.getUTCMinutes(), 6);
  w.put(input.windSpeedKn, 7).put(input.windGustKn, 7).put(input.windDirectionDeg, 9).put(360, 9);
  w.put(tenths(input.airTemperatureC), 11).put(101, 7).put(501, 10);
  w.put(input.pressureHpa - 799, 9)
    .put(3, 2)
    .put(0, 1)
    .put(tenths(input.visibilityNm), 7);
  w.put(4001, 12).put(3, 2);
  w.put(255, 8).put(360, 9).put(255, 8).put(360, 9).put(31, 5).put(255, 8).put(360, 9).put(31, 5);
  w.put(tenths(input.waveHeightM), 8).put(input.wavePeriodS, 6).put(input.waveDirectionDeg, 9);
  w.put(255, 8).put(63, 6).put(360, 9).put(input.seaState, 4);
  w.put(tenths(input.waterTemperatureC), 10).put(7, 3).put(510, 9).put(3, 2).put(0, 10);
  return sentences(w, { maxPayloadChars: 60, ...options });
}
