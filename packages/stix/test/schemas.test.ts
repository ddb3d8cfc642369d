import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DEFINITIONS, EXTENSION_NAMES, extensionId, extensionSchemaFile } from '../src/index.ts';
import { extensionJsonSchema } from '../src/extension-schemas.ts';

describe('the JSON Schemas Tidewatch publishes for its extensions', () => {
  it.each(EXTENSION_NAMES)('[STIX-7] schemas/%s.json is the one generated from the mapping (no drift)', (name) => {
    const shipped = JSON.parse(
      readFileSync(new URL(`../schemas/${extensionSchemaFile(name)}`, import.meta.url), 'utf8'),
    );
    // Regenerate with: npx tsx packages/stix/write-schemas.ts
    expect(shipped).toEqual(extensionJsonSchema(name));
  });

  it('[STIX-7] each extension-definition names its shipped schema and is authored by Tidewatch', () => {
    for (const name of EXTENSION_NAMES) {
      const definition = EXTENSION_DEFINITIONS.find((d) => d.id === extensionId(name));
      expect(definition?.schema).toContain(`schemas/${extensionSchemaFile(name)}`);
      expect(definition?.created_by_ref).toMatch(/^identity--/);
    }
  });
});
