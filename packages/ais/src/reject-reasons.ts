/**
 * Why a line, sentence or fragment produced no message. Every rejection is counted under exactly one of
 * these, so a feed's health can be read from the counters.
 */
export const REJECT_REASONS = [
  /** Not an NMEA sentence at all (no '!', '$' or '\' start). */
  'not_nmea',
  /** A well-formed NMEA sentence that is not AIVDM/AIVDO ($GPGGA, !AIALR, ...). */
  'not_ais',
  /** A vendor wrapper line we recognise but do not decode (Gatehouse $PGHP). */
  'unsupported_wrapper',
  /** The line exceeds the length limit (bounded work per line). */
  'too_long',
  /** No '*hh' sentence checksum. */
  'missing_checksum',
  /** The sentence checksum does not match. */
  'bad_checksum',
  /** Fewer than the seven AIVDM fields, or a payload too short for its message type. */
  'truncated',
  /** A malformed field: talker, fragment count/number, sequence id, channel, or too many fields. */
  'bad_field',
  /** Fill bits not a digit 0-5, or more fill bits than payload bits. */
  'bad_fill_bits',
  /** A payload character outside the six-bit armour. */
  'bad_payload',
  /** An empty payload field. */
  'empty_payload',
  /** A tag block that is unterminated, has a missing or wrong checksum, or a field that does not parse. */
  'bad_tag_block',
  /** A fragment whose message never completed (timed out, evicted, superseded or left at flush). */
  'orphan_fragment',
  /** Message type 0 or 28-63. */
  'unsupported_type',
  /** Known type but contents that do not decode (type 24 part 2 or 3, type 25/26 too short for its mode). */
  'invalid_message',
] as const;

export type RejectReason = (typeof REJECT_REASONS)[number];

export type RejectCounters = Record<RejectReason, number>;

export function emptyRejectCounters(): RejectCounters {
  const counters = {} as RejectCounters;
  for (const reason of REJECT_REASONS) counters[reason] = 0;
  return counters;
}
