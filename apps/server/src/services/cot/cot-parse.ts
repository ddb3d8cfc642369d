import { DOMParser, type Element } from '@xmldom/xmldom';
import { msToKnots } from './cot-xml.ts';

/**
 * Cursor-on-Target in (SPEC COT-5, COT-8): one message from a TAK device, already cut from its stream, to a
 * typed value or a reason. Pure. Refused before any XML parser sees them: anything over COT_MAX_MESSAGE_BYTES
 * and any `<!` (a DOCTYPE carries the entity definitions of billion-laughs and external-entity attacks; CoT
 * never needs one, nor CDATA or comments).
 */

export const COT_MAX_MESSAGE_BYTES = 64 * 1024;

/** TAK Server's plain-TCP authentication message: `<auth><cot username password uid/></auth>` (COT-6). */
export interface CotAuthMessage {
  kind: 'auth';
  username: string;
  password: string;
  uid: string;
}

export interface CotEventIn {
  kind: 'event';
  uid: string;
  type: string;
  how: string;
  timeMs: number;
  staleMs: number;
  lat: number;
  lon: number;
  callsign: string | null;
  remarks: string | null;
  courseDeg: number | null;
  speedKn: number | null;
}

export type CotInbound = CotAuthMessage | CotEventIn;
export type CotParseResult = { ok: true; message: CotInbound } | { ok: false; reason: string };

const refuse = (reason: string): CotParseResult => ({ ok: false, reason });

/** The first element child named `name`, if any (CoT puts each detail element at most once that we read). */
function child(parent: Element, name: string): Element | undefined {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name) return node as Element;
  }
  return undefined;
}

function numberAttr(el: Element, name: string): number | null {
  const raw = el.getAttribute(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

function timeAttr(el: Element, name: string): number | null {
  const raw = el.getAttribute(name);
  if (raw === null) return null;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ms : null;
}

function readAuth(root: Element): CotParseResult {
  const cot = child(root, 'cot');
  const username = cot?.getAttribute('username') ?? '';
  const password = cot?.getAttribute('password') ?? '';
  if (!cot || username === '' || password === '') return refuse('auth: <cot username password> missing');
  return { ok: true, message: { kind: 'auth', username, password, uid: cot.getAttribute('uid') ?? '' } };
}

function readEvent(root: Element): CotParseResult {
  const uid = root.getAttribute('uid') ?? '';
  const type = root.getAttribute('type') ?? '';
  if (uid === '' || uid.length > 200) return refuse('event: uid missing or longer than 200 characters');
  if (!/^[a-zA-Z0-9-]{1,80}$/.test(type)) return refuse('event: type missing or not a CoT type');
  const timeMs = timeAttr(root, 'time');
  const staleMs = timeAttr(root, 'stale');
  if (timeMs === null || staleMs === null) return refuse('event: time or stale missing or not a date');
  const point = child(root, 'point');
  if (!point) return refuse('event: <point> missing');
  const lat = numberAttr(point, 'lat');
  const lon = numberAttr(point, 'lon');
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return refuse('event: point lat/lon missing or out of range');
  const detail = child(root, 'detail');
  const contact = detail ? child(detail, 'contact') : undefined;
  const remarks = detail ? child(detail, 'remarks') : undefined;
  const track = detail ? child(detail, 'track') : undefined;
  const course = track ? numberAttr(track, 'course') : null;
  const speedMs = track ? numberAttr(track, 'speed') : null;
  return {
    ok: true,
    message: {
      kind: 'event',
      uid,
      type,
      how: root.getAttribute('how') ?? '',
      timeMs,
      staleMs,
      lat,
      lon,
      callsign: contact?.getAttribute('callsign') || null,
      remarks: remarks?.textContent?.trim() || null,
      courseDeg: course !== null && course >= 0 && course < 360 ? course : null,
      speedKn: speedMs !== null && speedMs >= 0 && speedMs < 600 ? msToKnots(speedMs) : null,
    },
  };
}

export function parseCotMessage(xml: string): CotParseResult {
  if (Buffer.byteLength(xml, 'utf8') > COT_MAX_MESSAGE_BYTES) return refuse('message over 64 KiB');
  if (xml.includes('<!')) return refuse('DOCTYPE, entity declarations, CDATA and comments are not accepted');
  const problems: string[] = [];
  let root: Element | null;
  try {
    root = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(xml, 'text/xml').documentElement;
  } catch (err) {
    return refuse(`not well-formed XML: ${err instanceof Error ? err.message.slice(0, 200) : 'unparseable'}`);
  }
  const [first] = problems;
  if (first !== undefined) return refuse(`not well-formed XML: ${first.slice(0, 200)}`);
  if (!root) return refuse('no root element');
  if (root.localName === 'auth') return readAuth(root);
  if (root.localName === 'event') return readEvent(root);
  return refuse(`root element <${(root.localName ?? '').slice(0, 40)}> is neither <event> nor <auth>`);
}

/** COT-9: a position report (SA) of a friendly, as TAK devices send their own position (`a-f-...`). */
export const isPositionReport = (type: string): boolean => type.startsWith('a-f-');

/** COT-9: a spot report: the spot-report types (`b-m-p-s-p-...`) and a spot map marker (`b-m-p-s-m`). */
export const isSpotReport = (type: string): boolean => type.startsWith('b-m-p-s-p') || type === 'b-m-p-s-m';

/** A TAK keep-alive (`t-x-c-t` ping, `t-x-c-t-r` pong): answered with nothing, counted with nothing. */
export const isPing = (type: string): boolean => type.startsWith('t-x-c-t');
