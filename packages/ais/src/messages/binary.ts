import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import { decodeAddressedApplication, decodeBroadcastApplication } from './applications/decode-application.ts';
import type { ApplicationPayload, ApplicationRefusal } from './applications/types.ts';
import type { AddressedBinary, BinaryData, BroadcastBinary, MultiSlotBinary, SingleSlotBinary } from './types.ts';

/** Raw application bits (types 6, 8, 17, 25, 26), kept even when decoded so nothing is lost. */
export function binaryData(r: BitReader, start: number, end: number): BinaryData {
  const bits = Math.max(0, end - start);
  return { bits, hex: r.hex(start, bits) };
}

function split(decoded: ApplicationPayload | ApplicationRefusal): {
  application: ApplicationPayload | null;
  refusal: ApplicationRefusal | null;
} {
  return typeof decoded === 'string'
    ? { application: null, refusal: decoded }
    : { application: decoded, refusal: null };
}

export function decodeAddressedBinary(r: BitReader, repeat: number, mmsi: number): AddressedBinary | RejectReason {
  if (r.bitLength < 88) return 'truncated';
  const dac = r.uint(72, 10);
  const fid = r.uint(82, 6);
  return {
    type: 6,
    repeat,
    mmsi,
    seqNo: r.uint(38, 2),
    destMmsi: r.uint(40, 30),
    retransmit: r.bool(70),
    dac,
    fid,
    data: binaryData(r, 88, r.bitLength),
    ...split(decodeAddressedApplication(r, dac, fid)),
  };
}

export function decodeBroadcastBinary(r: BitReader, repeat: number, mmsi: number): BroadcastBinary | RejectReason {
  if (r.bitLength < 56) return 'truncated';
  const dac = r.uint(40, 10);
  const fid = r.uint(50, 6);
  return {
    type: 8,
    repeat,
    mmsi,
    dac,
    fid,
    data: binaryData(r, 56, r.bitLength),
    ...split(decodeBroadcastApplication(r, dac, fid)),
  };
}

/** Type 25: optional destination (30 bits) then optional application id (16 bits), then data. */
export function decodeSingleSlotBinary(r: BitReader, repeat: number, mmsi: number): SingleSlotBinary | RejectReason {
  if (r.bitLength < 40) return 'truncated';
  const addressed = r.bool(38);
  const structured = r.bool(39);
  const dataStart = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
  if (r.bitLength < dataStart) return 'invalid_message';
  return {
    type: 25,
    repeat,
    mmsi,
    addressed,
    structured,
    destMmsi: addressed ? r.uint(40, 30) : null,
    appId: structured ? r.uint(addressed ? 70 : 40, 16) : null,
    data: binaryData(r, dataStart, r.bitLength),
  };
}

/** Type 26: as type 25, followed by a 20-bit communication state at the end of the payload. */
export function decodeMultiSlotBinary(r: BitReader, repeat: number, mmsi: number): MultiSlotBinary | RejectReason {
  if (r.bitLength < 60) return 'truncated';
  const addressed = r.bool(38);
  const structured = r.bool(39);
  const dataStart = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
  const radioStart = r.bitLength - 20;
  if (radioStart < dataStart) return 'invalid_message';
  return {
    type: 26,
    repeat,
    mmsi,
    addressed,
    structured,
    destMmsi: addressed ? r.uint(40, 30) : null,
    appId: structured ? r.uint(addressed ? 70 : 40, 16) : null,
    data: binaryData(r, dataStart, radioStart),
    radio: r.uint(radioStart, 20),
  };
}
