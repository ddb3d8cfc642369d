/**
 * STIX 2.1 exchange (issue 15 s.1; SPEC XCH-*): the public face of this service folder. The REST routes and the
 * TAXII server call these and nothing else inside it.
 *
 * - `ingestStixBundle(ctx, principal, bundle, { dryRun })`: imports a parsed JSON bundle for the principal's
 *   agency and answers one outcome per object (`StixImportResult` in @tidewatch/contracts). Stable signature.
 * - `exportStixBundle(rctx, { query, ids })`: a bundle of what the caller may read.
 * - `listOtherStixObjects(rctx, query)`: the kept "other STIX objects" the caller may read.
 */
export { ingestStixBundle, type StixIngestOptions } from './ingest-bundle.ts';
export { exportStixBundle, type StixExport } from './export-bundle.ts';
export { listOtherStixObjects, OtherObjectsQuery } from './other-objects.ts';
export { UNMARKED_TLP } from './plan-others.ts';
export {
  STIX_BUNDLE_MAX_BYTES,
  STIX_BUNDLE_MAX_OBJECTS,
  STIX_EXPORT_MAX_EVENTS,
  STIX_EXPORT_MAX_IDS,
} from './limits.ts';
