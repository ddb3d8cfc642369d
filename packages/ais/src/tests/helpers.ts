import { checksumHex, xorChecksum } from '../nmea/checksum.ts';

/** `!${body}*hh` with a correct checksum. */
export function sentence(body: string, start = '!'): string {
  return `${start}${body}*${checksumHex(xorChecksum(body, 0, body.length))}`;
}

/** `\${fields}*hh\` with a correct tag-block checksum. */
export function tagBlock(fields: string): string {
  return `\\${fields}*${checksumHex(xorChecksum(fields, 0, fields.length))}\\`;
}

/** A type 1 payload (gpsd sample, MMSI 371798000) for building sentences. */
export const TYPE1_PAYLOAD = '15RTgt0PAso;90TKcjM8h6g208CQ';
