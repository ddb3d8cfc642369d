export * from './types.ts';
export * from './thresholds.ts';
export { distanceM, impliedSpeedKn, offsetM, M_PER_NM } from './geo.ts';
export { Geography, PointIndex, CARIBBEAN_ANCHORAGES, type NamedPoint } from './point-index.ts';
export { TrackBuffer } from './track-buffer.ts';
export { SpatialGrid } from './spatial-grid.ts';
export { pointInRing, type AreaShape } from './areas.ts';
export type { IdentityAnomalyKind } from './identity-anomaly.ts';
export { checkMidAgainstFlag, type MidFlagCheck } from './mid-flag.ts';
export {
  DeclaredFlagRegistry,
  type FlagDeclaration,
  type FlagMismatch,
  type FlagSourceKind,
} from './declared-flags.ts';
export { DetectorSuite, type DetectorSuiteOptions } from './detector-suite.ts';
