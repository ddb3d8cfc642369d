import { describe, expect, it } from 'vitest';
import { isMmsiFormat, isValidImo } from '../identifiers.ts';
import { MID_TABLE } from '../mid-table.ts';
import { classifyMmsi, flagStateOf } from '../mmsi.ts';

describe('MMSI kinds (ITU-R M.585)', () => {
  it.each([
    [366999712, 'ship', 366],
    [3669702, 'coast_station', 366],
    ['003669702', 'coast_station', 366],
    [36699712, 'group', 366],
    [111232511, 'sar_aircraft', 232],
    [992509976, 'aid_to_navigation', 250],
    [982509976, 'auxiliary_craft', 250],
    [970123456, 'ais_sart', null],
    [972123456, 'mob', null],
    [974123456, 'epirb_ais', null],
    [979123456, 'amrd', null],
    [823012345, 'handheld_vhf', 230],
    [123456789, 'unknown', null],
    [1234567890, 'invalid', null],
    ['12345678x', 'invalid', null],
  ] as const)('[AIS-ID-1] %s is a %s with MID %s', (mmsi, kind, mid) => {
    expect(classifyMmsi(mmsi)).toEqual({ kind, mid });
  });

  it('[AIS-ID-2] flag state comes from the MID, for ships and for MID-bearing station formats', () => {
    expect(flagStateOf(338087471)).toEqual({ mid: 338, alpha2: 'US', name: 'United States' });
    expect(flagStateOf(351759000)?.alpha2).toBe('PA');
    expect(flagStateOf(2300061)?.alpha2).toBe('FI');
    expect(flagStateOf(993672009)?.alpha2).toBe('US');
    expect(flagStateOf(111265591)?.alpha2).toBe('SE');
    expect(flagStateOf(970123456)).toBeNull();
    expect(flagStateOf(200000000)).toBeNull();
  });

  it('[AIS-ID-3] the MID table covers 201-775 with ISO alpha-2 codes', () => {
    expect(MID_TABLE.size).toBeGreaterThan(280);
    for (const [mid, { alpha2, name }] of MID_TABLE) {
      expect(mid).toBeGreaterThanOrEqual(201);
      expect(mid).toBeLessThanOrEqual(775);
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(name.length).toBeGreaterThan(2);
    }
    // Caribbean states that matter to the product
    expect(
      ['JM', 'BS', 'BB', 'TT', 'DO', 'HT', 'CU'].every((c) => [...MID_TABLE.values()].some((e) => e.alpha2 === c)),
    ).toBe(true);
  });

  it('[AIS-ID-4] the existing identifier checks still hold (IMO check digit, MMSI format)', () => {
    expect(isValidImo(9134270)).toBe(true);
    expect(isValidImo('IMO 9134271')).toBe(false);
    expect(isMmsiFormat(3669702)).toBe(true);
    expect(isMmsiFormat('36697')).toBe(false);
  });
});
