export {
  VesselPicture,
  DEFAULT_PICTURE_OPTIONS,
  type VesselPictureOptions,
  type TrackPointOut,
  type PictureChanges,
} from './vessel-picture.ts';
export { VesselState } from './vessel-state.ts';
export { Trail } from './trail.ts';
export { DEFAULT_DOWNSAMPLE, keepTrackPoint, angleBetween, type DownsampleOptions } from './downsampler.ts';
export { categoryOfShipType } from './ship-category.ts';
export { etaFromParts } from './eta.ts';
export { identityOf } from './vessel-identity.ts';
export { inBbox, searchVessels, type Bbox } from './vessel-query.ts';
