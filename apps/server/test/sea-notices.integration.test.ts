import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { encodeAreaNotice, encodePersonsOnBoard, encodeSentences, encodeWeather } from '@tidewatch/ais';
import type { ClientToServerEvents, SeaNotices, ServerToClientEvents, VesselCard } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { sha256 } from '../src/auth/tokens.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { ManualTime } from '../src/time/manual-time.ts';
import { SEA_NOTICES_INTERVAL_MS } from '../src/vessels/vessel-gateway.ts';
import { getJson, startTestServer, testKey } from '../../../test/support/server.ts';

const FEED_KEY = 'tw_key_test_feeds_seanotices_0123456789';
const timers = new ManualTime();
const VESSEL = 244_000_002;

function post(server: RunningServer, lines: string[]): Promise<Response> {
  return fetch(`${server.url}/api/v1/feeds/http/nmea`, {
    method: 'POST',
    headers: { authorization: `Bearer ${FEED_KEY}`, 'content-type': 'text/plain' },
    body: `${lines.join('\n')}\n`,
  });
}

function position(mmsi: number, lat: number, lon: number): string[] {
  return encodeSentences({
    type: 1,
    repeat: 0,
    mmsi,
    navStatus: 0,
    turn: 0,
    rateOfTurn: 0,
    speed: 9,
    accuracy: false,
    lon,
    lat,
    course: 45,
    heading: 45,
    second: 0,
    maneuver: 0,
    raim: false,
    radio: 0,
  });
}

describe('sea notices from AIS binary messages', () => {
  const dir = createTempDir('sea-notices');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path, AIS_FEEDS: 'http' }, { scheduler: timers });
    await server.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(FEED_KEY),
      scopes: ['feeds:write'],
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[AIS-SEA-4] an area notice, a weather broadcast and persons on board fed over HTTP reach the REST answers and every live socket', async () => {
    const client: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
      transports: ['websocket'],
      auth: { token: testKey('JCA') },
    });
    const pushed: SeaNotices[] = [];
    client.on('seaNotices:changed', (m) => pushed.push(m));
    try {
      await new Promise<void>((resolve, reject) => client.once('connect', resolve).once('connect_error', reject));
      const now = Date.now();
      const res = await post(server, [
        ...position(VESSEL, 54.5, 18.8),
        ...encodePersonsOnBoard(VESSEL, 2_610_000, 23),
        ...encodeWeather({
          mmsi: 2_610_002,
          lat: 54.45,
          lon: 18.7,
          observedAt: new Date(now),
          windSpeedKn: 22,
          windGustKn: 31,
          windDirectionDeg: 240,
          airTemperatureC: 3.5,
          pressureHpa: 998,
          visibilityNm: 4.5,
          waveHeightM: 2.1,
          wavePeriodS: 7,
          waveDirectionDeg: 250,
          seaState: 6,
          waterTemperatureC: 5.2,
        }),
        ...encodeAreaNotice({
          mmsi: 2_610_001,
          linkage: 3,
          notice: 37,
          start: new Date(now - 10 * 60_000),
          durationMinutes: 180,
          subareas: [
            { shape: 'circle', lat: 54.55, lon: 18.9, radiusM: 3000 },
            { shape: 'text', text: 'LIVE FIRING' },
          ],
        }),
      ]);
      expect(await res.json()).toMatchObject({ decoded: 4, rejected: 0 });

      const { json: notices } = await getJson<SeaNotices>(server.url, '/api/v1/sea-notices');
      expect(notices.areas).toHaveLength(1);
      expect(notices.areas[0]).toMatchObject({
        id: '2610001-3',
        noticeText: 'Restricted: firing, danger area',
        text: 'LIVE FIRING',
      });
      expect(notices.areas[0]?.geometry[0]?.type).toBe('Polygon');
      expect(notices.weather[0]).toMatchObject({ stationMmsi: 2_610_002, windSpeedKn: 22, waveHeightM: 2.1 });

      const { json: card } = await getJson<VesselCard>(server.url, `/api/v1/vessels/${VESSEL}`);
      expect(card.personsOnBoard?.count).toBe(23);
      expect(card.weatherNearby).toMatchObject({ stationMmsi: 2_610_002, pressureHpa: 998 });
      expect(card.weatherNearby?.distanceNm).toBeGreaterThan(2);

      // the gateway tells every live session within one interval
      const deadline = Date.now() + 10_000;
      while (pushed.length === 0 && Date.now() < deadline) {
        await timers.advance(SEA_NOTICES_INTERVAL_MS);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(pushed.at(-1)?.areas.map((a) => a.id)).toEqual(['2610001-3']);

      expect((await getJson(server.url, '/api/v1/sea-notices', { agency: null })).status).toBe(401);
    } finally {
      client.close();
    }
  });
});
