import type { AisMessage, AreaNotice as AreaNoticePayload } from '@tidewatch/ais';
import type { AreaNotice, NearbyWeather, WeatherObservation } from '@tidewatch/contracts';
import { distanceM } from '../detectors/geo.ts';
import { noticeGeometry } from './area-geometry.ts';
import { NOTICE_CANCELLATION, areaNoticeName } from './notice-names.ts';
import { placePartialTime } from './partial-time.ts';
import { weatherObservation } from './weather.ts';

export interface SeaNoticesOptions {
  /** A weather observation older than this is dropped. Default 3 h. */
  weatherTtlMs: number;
  /** A notice "until cancelled" that is not broadcast again for this long is dropped. Default 6 h. */
  openNoticeTtlMs: number;
  /** How far from a vessel a weather observation still describes its sea. Default 50 NM. */
  nearbyWeatherM: number;
  /** Bounds on what is held, so a flood of broadcasts cannot grow memory: the oldest go first. */
  maxAreas: number;
  maxStations: number;
}

export const DEFAULT_SEA_NOTICES_OPTIONS: SeaNoticesOptions = {
  weatherTtlMs: 3 * 3_600_000,
  openNoticeTtlMs: 6 * 3_600_000,
  nearbyWeatherM: 50 * 1852,
  maxAreas: 200,
  maxStations: 200,
};

/** "Until cancelled" in the 18-bit duration field. */
const DURATION_INDEFINITE = 262_143;

interface HeldNotice {
  view: AreaNotice;
  endsAtMs: number | null;
  receivedAtMs: number;
}

interface HeldWeather {
  view: WeatherObservation;
  receivedAtMs: number;
}

/**
 * Area notices and weather at sea from AIS binary broadcasts. Pure: every method that depends on time
 * takes it. `apply` answers whether what operators see changed, so the caller can tell clients.
 */
export class SeaNotices {
  readonly options: SeaNoticesOptions;
  private readonly areas = new Map<string, HeldNotice>();
  private readonly weather = new Map<number, HeldWeather>();

  constructor(options: Partial<SeaNoticesOptions> = {}) {
    this.options = { ...DEFAULT_SEA_NOTICES_OPTIONS, ...options };
  }

  apply(msg: AisMessage, atMs: number): boolean {
    if ((msg.type !== 6 && msg.type !== 8) || msg.application === null) return false;
    const p = msg.application;
    if (p.kind === 'area-notice') return this.notice(msg.mmsi, p, atMs);
    if (p.kind === 'met-hydro-236' || p.kind === 'met-hydro-289') {
      const view = weatherObservation(msg.mmsi, p, atMs);
      if (view === null) return false;
      this.weather.delete(msg.mmsi);
      this.weather.set(msg.mmsi, { view, receivedAtMs: atMs });
      evictOldest(this.weather, this.options.maxStations);
      return true;
    }
    return false;
  }

  private notice(mmsi: number, p: AreaNoticePayload, atMs: number): boolean {
    const id = `${mmsi}-${p.linkage}`;
    if (p.notice === NOTICE_CANCELLATION) return this.areas.delete(id);
    const { geometry, text } = noticeGeometry(p.subareas);
    if (geometry.length === 0) return false;
    const startsAtMs = placePartialTime(p, atMs);
    const endsAtMs = p.duration === DURATION_INDEFINITE ? null : startsAtMs + p.duration * 60_000;
    if (endsAtMs !== null && endsAtMs <= atMs) return this.areas.delete(id);
    this.areas.delete(id);
    this.areas.set(id, {
      view: {
        id,
        senderMmsi: mmsi,
        linkage: p.linkage,
        notice: p.notice,
        noticeText: areaNoticeName(p.notice),
        startsAt: new Date(startsAtMs).toISOString(),
        endsAt: endsAtMs === null ? null : new Date(endsAtMs).toISOString(),
        text,
        geometry,
        receivedAt: new Date(atMs).toISOString(),
      },
      endsAtMs,
      receivedAtMs: atMs,
    });
    evictOldest(this.areas, this.options.maxAreas);
    return true;
  }

  /** Drops ended notices and old observations; answers whether anything went. */
  sweep(nowMs: number): boolean {
    let changed = false;
    for (const [id, n] of this.areas) {
      const over = n.endsAtMs === null ? nowMs - n.receivedAtMs > this.options.openNoticeTtlMs : nowMs >= n.endsAtMs;
      if (over) changed = this.areas.delete(id) || changed;
    }
    for (const [mmsi, w] of this.weather) {
      if (nowMs - w.receivedAtMs > this.options.weatherTtlMs) changed = this.weather.delete(mmsi) || changed;
    }
    return changed;
  }

  areaNotices(): AreaNotice[] {
    return [...this.areas.values()].map((n) => n.view);
  }

  observations(): WeatherObservation[] {
    return [...this.weather.values()].map((w) => w.view);
  }

  /** The closest observation within reach of a position, or null. */
  nearestWeather(lat: number, lon: number): NearbyWeather | null {
    let best: NearbyWeather | null = null;
    for (const { view } of this.weather.values()) {
      const d = distanceM(lat, lon, view.lat, view.lon);
      if (d > this.options.nearbyWeatherM || (best !== null && d / 1852 >= best.distanceNm)) continue;
      best = { ...view, distanceNm: Math.round((d / 1852) * 10) / 10 };
    }
    return best;
  }
}

/** Maps iterate in insertion order and each update re-inserts, so the first entries are the oldest. */
function evictOldest<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}
