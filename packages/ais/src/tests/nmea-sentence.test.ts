import { describe, expect, it } from 'vitest';
import { AisDecoder } from '../decoder.ts';
import { TYPE1_PAYLOAD, sentence } from './helpers.ts';

function decodeOne(line: string) {
  const decoder = new AisDecoder();
  const out = decoder.push(line, 1000);
  const rejected = Object.entries(decoder.stats.rejected)
    .filter(([, n]) => n > 0)
    .map(([r]) => r);
  return { out, rejected, decoder };
}

describe('NMEA sentence layer', () => {
  it.each(['AI', 'AB', 'AD', 'AN', 'AR', 'AS', 'AT', 'AX', 'BS', 'SA', 'ZZ'])(
    '[AIS-NMEA-1] talker %s is accepted and reported',
    (talker) => {
      const { out } = decodeOne(sentence(`${talker}VDM,1,1,,A,${TYPE1_PAYLOAD},0`));
      expect(out).toHaveLength(1);
      expect(out[0]?.talker).toBe(talker);
      expect(out[0]?.message.mmsi).toBe(371798000);
    },
  );

  it('[AIS-NMEA-2] !xxVDO is decoded and flagged as own ship; VDM is not', () => {
    expect(decodeOne(sentence(`AIVDO,1,1,,A,${TYPE1_PAYLOAD},0`)).out[0]?.ownShip).toBe(true);
    expect(decodeOne(sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},0`)).out[0]?.ownShip).toBe(false);
  });

  it.each(['A', 'B', '1', '2', ''])('[AIS-NMEA-3] channel "%s" is accepted and reported', (channel) => {
    const { out } = decodeOne(sentence(`AIVDM,1,1,,${channel},${TYPE1_PAYLOAD},0`));
    expect(out[0]?.channel).toBe(channel);
  });

  it('[AIS-NMEA-4] a wrong checksum is rejected as bad_checksum, a missing one as missing_checksum; hex case does not matter', () => {
    const good = sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},0`);
    expect(decodeOne(`${good.slice(0, -2)}00`).rejected).toEqual(['bad_checksum']);
    expect(decodeOne(good.replace('15RT', '15RU')).rejected).toEqual(['bad_checksum']);
    expect(decodeOne(good.slice(0, -3)).rejected).toEqual(['missing_checksum']);
    // lower-case hex digits are still a valid checksum
    expect(decodeOne(good.slice(0, -2) + good.slice(-2).toLowerCase()).out).toHaveLength(1);
  });

  it('[AIS-NMEA-5] fill bits 0-5 shorten the payload; 6+, letters or more than the payload are bad_fill_bits', () => {
    const five = decodeOne(sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},5`)).out[0];
    expect(five?.bitLength).toBe(163);
    expect(decodeOne(sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},6`)).rejected).toEqual(['bad_fill_bits']);
    expect(decodeOne(sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},x`)).rejected).toEqual(['bad_fill_bits']);
    expect(decodeOne(sentence('AIVDM,1,1,,A,1,5')).rejected).toEqual(['truncated']);
  });

  it('[AIS-NMEA-6] malformed fields are rejected with the right reason', () => {
    expect(decodeOne(sentence('AIVDM,1,1,,A,,0')).rejected).toEqual(['empty_payload']);
    expect(decodeOne(sentence('AIVDM,1,1,,A,15RT!gt,0')).rejected).toContain('missing_checksum');
    expect(decodeOne(sentence('AIVDM,1,1,,A,15RTXgt0,0')).rejected).toEqual(['bad_payload']);
    expect(decodeOne(sentence(`AIVDM,0,1,,A,${TYPE1_PAYLOAD},0`)).rejected).toEqual(['bad_field']);
    expect(decodeOne(sentence(`AIVDM,1,2,,A,${TYPE1_PAYLOAD},0`)).rejected).toEqual(['bad_field']);
    expect(decodeOne(sentence(`AIVDM,1,1,,AB,${TYPE1_PAYLOAD},0`)).rejected).toEqual(['bad_field']);
    expect(decodeOne(sentence(`A1VDM,1,1,,A,${TYPE1_PAYLOAD},0`)).rejected).toEqual(['bad_field']);
    expect(decodeOne(sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},0,extra`)).rejected).toEqual(['bad_field']);
    expect(decodeOne(sentence(`AIVDM,1,1,A,${TYPE1_PAYLOAD},0`)).rejected).toEqual(['truncated']);
  });

  it('[AIS-NMEA-7] non-AIS input is classified: not_nmea, not_ais, unsupported_wrapper', () => {
    expect(decodeOne('foobar').rejected).toEqual(['not_nmea']);
    expect(decodeOne('$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D').rejected).toEqual([
      'not_ais',
    ]);
    expect(decodeOne('!AIALR,000000.00,001,V,V,AIS: UTC Lost*75').rejected).toEqual(['not_ais']);
    expect(decodeOne('$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17').rejected).toEqual(['unsupported_wrapper']);
  });

  it('[AIS-NMEA-8] blank lines and # comments are skipped without counting as rejections', () => {
    const decoder = new AisDecoder();
    decoder.push('', 0);
    decoder.push('   \r', 0);
    decoder.push('# a comment', 0);
    expect(decoder.stats.blank).toBe(2);
    expect(decoder.stats.comments).toBe(1);
    expect(Object.values(decoder.stats.rejected).every((n) => n === 0)).toBe(true);
  });

  it('[AIS-NMEA-9] trailing receiver fields after the checksum and CR/LF are ignored', () => {
    const line = `${sentence(`AIVDM,1,1,,B,${TYPE1_PAYLOAD},0`)},s28089,d-103,T39.44353985,x147521,r08TPHI1,1242958962\r\n`;
    expect(decodeOne(line).out).toHaveLength(1);
  });

  it('[AIS-NMEA-10] a sentence behind a non-NMEA prefix (timestamp, receiver id) is decoded', () => {
    const { out, decoder } = decodeOne(`2024-01-01T00:00:00Z ${sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},0`)}`);
    expect(out).toHaveLength(1);
    expect(decoder.stats.prefixed).toBe(1);
  });

  it('[AIS-NMEA-11] sentences concatenated on one line are all decoded', () => {
    const s = sentence(`AIVDM,1,1,,A,${TYPE1_PAYLOAD},0`);
    expect(decodeOne(`${s}${s}`).out).toHaveLength(2);
  });

  it('[AIS-NMEA-12] message types 0 and 28-63 are unsupported_type; short payloads are truncated', () => {
    expect(decodeOne(sentence('AIVDM,1,1,,A,0000000000000,0')).rejected).toEqual(['unsupported_type']);
    expect(decodeOne(sentence('AIVDM,1,1,,A,L000000000000,0')).rejected).toEqual(['unsupported_type']);
    expect(decodeOne(sentence('AIVDM,1,1,,A,15RTgt0PAso;90TK,0')).rejected).toEqual(['truncated']);
  });

  it('[AIS-NMEA-13] lines over the length limit are rejected unread as too_long', () => {
    const decoder = new AisDecoder({ maxLineLength: 100 });
    decoder.push(`!AIVDM,1,1,,A,${'1'.repeat(200)},0*00`, 0);
    expect(decoder.stats.rejected.too_long).toBe(1);
  });
});
