import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/osv/schema.json'), 'utf8'));
// The copy predates OSV 1.6, which added the CVSS_V4 severity type: add that value, nothing else.
schema.properties.severity.items.properties.type.enum.push('CVSS_V4');

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

/** Validates an OSV record against the OSV JSON schema; returns the problems, none when valid. */
export const validateOsv = (() => {
  const validate = ajv.compile(schema);
  return (record: unknown): string[] =>
    validate(record) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
})();
