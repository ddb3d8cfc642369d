export { TIDEWATCH_STIX_NAMESPACE, tidewatchUuid, type ItemKind } from './ids.ts';
export { STIX_TYPE_OF, stixIdOf } from './kinds.ts';
export { eventStixIds } from './event-ids.ts';
export { TLP_2_0_EXTENSION_ID, TLP_MARKINGS, tlpFromMarkingRefs } from './tlp.ts';
export {
  EXTENSION_DEFINITIONS,
  EXTENSION_NAMES,
  TIDEWATCH_IDENTITY,
  extensionId,
  extensionSchemaFile,
  type ExtensionName,
} from './published.ts';
export { itemsToStix, toStixBundle } from './export/bundle.ts';
export { fromStixBundle, type ImportResult } from './import/bundle.ts';
export type { ObjectError } from './import/errors.ts';
export type * from './types.ts';
