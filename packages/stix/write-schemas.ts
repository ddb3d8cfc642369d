// Writes the JSON Schemas of the Tidewatch STIX extensions into packages/stix/schemas (run after changing wire.ts):
//   npx tsx packages/stix/write-schemas.ts
import { writeFileSync } from 'node:fs';
import { EXTENSION_NAMES, extensionSchemaFile } from './src/index.ts';
import { extensionJsonSchema } from './src/extension-schemas.ts';

for (const name of EXTENSION_NAMES) {
  const file = new URL(`./schemas/${extensionSchemaFile(name)}`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(extensionJsonSchema(name), null, 2)}\n`);
}
