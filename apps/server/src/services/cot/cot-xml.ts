/**
 * Cursor-on-Target XML out (SPEC COT-1..4): one `<event>` per call, as TAK Server's plain TCP output and the
 * SA multicast carry them. Pure: times are passed in, nothing is read or written here.
 */

/** CoT's "not known" for height and both errors. */
export const COT_UNKNOWN = 9999999;

export interface CotPoint {
  lat: number;
  lon: number;
  /** Height above the ellipsoid, metres. */
  hae?: number;
  /** Circular and linear error, metres. */
  ce?: number;
  le?: number;
}

/** A waypoint of a route (`<link>` of a `b-m-r` event). */
export interface CotLink {
  uid: string;
  type: string;
  callsign: string;
  point: CotPoint;
}

export interface CotEventOut {
  uid: string;
  type: string;
  /** `m-g` machine GPS (AIS, a device), `h-e` human entered, `h-g-i-g-o` human, generated from a map. */
  how: string;
  timeMs: number;
  startMs: number;
  staleMs: number;
  point: CotPoint;
  callsign: string;
  remarks?: string;
  /** Course degrees true and speed in metres per second, as CoT's `<track>` has them. */
  track?: { courseDeg: number; speedMs: number };
  links?: readonly CotLink[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** XML 1.0 forbids these control characters even escaped; names from AIS and reports can carry them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is being removed.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Anything escapeXml changes; most text (uids, types, vessel names) has none, and is returned as it is. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is being found.
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** `YYYY-MM-DDTHH:MM:SS.` per whole second seen lately: most fixes of a stream tick fall in a few seconds. */
const secondPrefixes = new Map<number, string>();

/**
 * ISO 8601 with milliseconds and Z, the form TAK clients parse. Date#toISOString was the largest single cost
 * of a vessel's CoT (three per event, 4,000 events a second at the size), so the text of each whole
 * second is kept and only the milliseconds are written per call.
 */
export function cotTime(ms: number): string {
  const whole = Math.floor(ms / 1000);
  let prefix = secondPrefixes.get(whole);
  if (prefix === undefined) {
    if (secondPrefixes.size >= 4096) secondPrefixes.clear();
    const iso = new Date(whole * 1000).toISOString();
    // Years outside 0000-9999 are written with a sign and more digits; they are not cached.
    if (iso.length !== 24) return new Date(ms).toISOString();
    prefix = iso.slice(0, 20);
    secondPrefixes.set(whole, prefix);
  }
  const milli = ms - whole * 1000;
  return `${prefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${Math.floor(milli)}Z`;
}

/** Seven decimals (about 1 cm) are more than AIS gives; fewer digits keep 20,000 vessels a stream cheaper. */
const coordinate = (value: number): string => String(Math.round(value * 1e7) / 1e7);
const UNKNOWN_TEXT = String(COT_UNKNOWN);
const metres = (value: number | undefined): string => (value === undefined ? UNKNOWN_TEXT : String(value));

function pointXml(p: CotPoint): string {
  return `<point lat="${coordinate(p.lat)}" lon="${coordinate(p.lon)}" hae="${metres(p.hae)}" ce="${metres(p.ce)}" le="${metres(p.le)}"/>`;
}

function linkXml(link: CotLink): string {
  const at = `${coordinate(link.point.lat)},${coordinate(link.point.lon)},${link.point.hae ?? 0}`;
  return `<link uid="${escapeXml(link.uid)}" type="${escapeXml(link.type)}" callsign="${escapeXml(link.callsign)}" point="${at}" relation="c"/>`;
}

export function cotEventXml(e: CotEventOut): string {
  const track = e.track
    ? `<track course="${Math.round(e.track.courseDeg * 10) / 10}" speed="${Math.round(e.track.speedMs * 100) / 100}"/>`
    : '';
  const remarks = e.remarks ? `<remarks>${escapeXml(e.remarks)}</remarks>` : '';
  const links = e.links ? e.links.map(linkXml).join('') : '';
  return (
    `<event version="2.0" uid="${escapeXml(e.uid)}" type="${escapeXml(e.type)}" how="${escapeXml(e.how)}" ` +
    `time="${cotTime(e.timeMs)}" start="${cotTime(e.startMs)}" stale="${cotTime(e.staleMs)}">` +
    `${pointXml(e.point)}<detail><contact callsign="${escapeXml(e.callsign)}"/>${track}${links}${remarks}</detail></event>`
  );
}

/** Knots to metres per second (CoT's `<track speed>` unit). */
export const knotsToMs = (kn: number): number => (kn * 1852) / 3600;
export const msToKnots = (ms: number): number => (ms * 3600) / 1852;
