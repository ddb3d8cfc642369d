import type { AisMessage, DecodedAis } from '@tidewatch/ais';
import type { RunningServer } from '@tidewatch/server';
import { testDeviceToken, testKey } from './server.ts';

/** A JSON (or CSV) request as an agency's API key; `agency: null` sends no credentials. */
export async function api<T = unknown>(
  server: RunningServer,
  method: string,
  path: string,
  options: { body?: unknown; csv?: string; agency?: string | null; device?: boolean } = {},
): Promise<{ status: number; json: T; text: string }> {
  const agency = options.agency === undefined ? 'JCA' : options.agency;
  const headers: Record<string, string> = {};
  if (agency) headers.authorization = `Bearer ${options.device ? testDeviceToken(agency) : testKey(agency)}`;
  let body: string | undefined;
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(`${server.url}/api/v1${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json: json as T, text };
}

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Feeds one decoded AIS message straight into the node's vessel runtime (decoder already passed). */
export function feedAis(server: RunningServer, message: AisMessage, atMs: number): void {
  const decoded: DecodedAis = {
    message,
    talker: 'AI',
    ownShip: false,
    channel: 'A',
    receivedAtMs: atMs,
    tagBlock: null,
    fragments: 1,
    bitLength: 168,
  };
  server.vessels.ingest(decoded);
}

/** A class A position report; `navStatus` is ITU-R M.1371's navigational status (0 under way using engine). */
export function positionReport(mmsi: number, lat: number, lon: number, speed = 10, navStatus = 0): AisMessage {
  return {
    type: 1,
    repeat: 0,
    mmsi,
    navStatus,
    turn: 0,
    rateOfTurn: 0,
    speed,
    accuracy: false,
    lon,
    lat,
    course: 90,
    heading: 90,
    second: 0,
    maneuver: 0,
    raim: false,
    radio: 0,
  };
}

/** A static and voyage report; `shipType` is Table 53's type of ship and cargo (70 cargo). */
export function staticReport(
  mmsi: number,
  name: string,
  imo: number | null = null,
  callsign = 'ABC123',
  shipType = 70,
): AisMessage {
  return {
    type: 5,
    repeat: 0,
    mmsi,
    aisVersion: 0,
    imo: imo ?? 0,
    callsign,
    shipName: name,
    shipType,
    toBow: 100,
    toStern: 20,
    toPort: 10,
    toStarboard: 10,
    epfd: 1,
    etaMonth: 12,
    etaDay: 1,
    etaHour: 6,
    etaMinute: 0,
    draught: 9.5,
    destination: 'JMKIN',
    dte: false,
  };
}
