import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EXTENSION_NAMES, type ExtensionName, extensionId, extensionSchemaFile } from '../src/index.ts';
import type { StixObject } from '../src/index.ts';

/**
 * An independent check of what the package emits: OASIS's STIX 2.1 JSON Schemas (draft 2020-12, stored in
 * oasis-schemas/) run by Ajv, plus the JSON Schemas Tidewatch ships for its own extensions.
 */
const SCHEMA_DIR = new URL('./oasis-schemas/', import.meta.url);

function loadJson(url: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(url, 'utf8'));
}

const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const ids = new Map<string, string>();
for (const folder of ['common', 'sdos', 'sros']) {
  for (const file of readdirSync(new URL(`${folder}/`, SCHEMA_DIR))) {
    const schema = loadJson(new URL(`${folder}/${file}`, SCHEMA_DIR));
    ajv.addSchema(schema);
    ids.set(file.replace(/\.json$/, ''), String(schema.$id));
  }
}

function compiled(name: string): ValidateFunction {
  const id = ids.get(name);
  const validate = id === undefined ? undefined : ajv.getSchema(id);
  if (!validate) throw new Error(`no OASIS schema ${name}`);
  return validate;
}

/** The OASIS schema an object is checked against: its type's own, or the core one for custom types. */
const BY_TYPE: Readonly<Record<string, string>> = {
  identity: 'identity',
  incident: 'incident',
  location: 'location',
  note: 'note',
  opinion: 'opinion',
  relationship: 'relationship',
  'marking-definition': 'marking-definition',
  'extension-definition': 'extension-definition',
};

/** OASIS schema errors of one object ([] when valid). */
export function oasisErrors(object: StixObject): string[] {
  const { type } = object;
  const validate = compiled(BY_TYPE[type] ?? 'core');
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${type} ${e.instancePath || '/'} ${e.message ?? ''}`);
}

const tidewatch = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(tidewatch);
const shipped = new Map<ExtensionName, ValidateFunction>(
  EXTENSION_NAMES.map((name) => [
    name,
    tidewatch.compile(loadJson(new URL(`../schemas/${extensionSchemaFile(name)}`, import.meta.url))),
  ]),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NEW_SDO: ReadonlySet<ExtensionName> = new Set(['watchlist', 'watchlist-entry', 'consignment', 'vessel']);

/** Errors of an object's Tidewatch extensions against the JSON Schemas shipped in schemas/. */
export function tidewatchSchemaErrors(object: StixObject): string[] {
  const extensions = isRecord(object.extensions) ? object.extensions : {};
  return EXTENSION_NAMES.flatMap((name) => {
    if (!(extensionId(name) in extensions)) return [];
    const validate = shipped.get(name);
    if (!validate) return [`no shipped schema for ${name}`];
    const subject = NEW_SDO.has(name) ? object : extensions[extensionId(name)];
    return validate(subject) ? [] : (validate.errors ?? []).map((e) => `${name} ${e.instancePath} ${e.message ?? ''}`);
  });
}
