export * from './identifiers.ts';
export { AisDecoder, type AisDecoderOptions, type AisDecoderStats, type DecodedAis } from './decoder.ts';
export type * from './messages/types.ts';
export type { TagBlock } from './nmea/tag-block.ts';
export { REJECT_REASONS, type RejectReason, type RejectCounters } from './reject-reasons.ts';
export { toGpsdJson, type GpsdJsonOptions } from './gpsd/to-gpsd-json.ts';
export { encodeSentences, armourToSentences, type SentenceOptions } from './encoder/sentences.ts';
/** Builds binary payloads field by field (application messages for tests, replays and the simulator). */
export { BitWriter } from './bit-writer.ts';
export {
  encodeAreaNotice,
  encodePersonsOnBoard,
  encodeWeather,
  type AreaNoticeInput,
  type WeatherInput,
} from './encoder/applications.ts';
export type { EncodableMessage } from './encoder/encode-message.ts';
export { classifyMmsi, flagStateOf, flagStateOfMid, type MmsiKind, type MmsiInfo, type FlagState } from './mmsi.ts';
export { MID_TABLE } from './mid-table.ts';
