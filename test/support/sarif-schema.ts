/**
 * The SARIF 2.1.0 schema (OASIS, vendored in test/fixtures/sarif with its
 * source) as a validator: the errors ajv finds in a log, empty when it is valid.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
// Both are CommonJS modules that also export themselves as `default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** What the schema says is wrong with `log` (instance path and message), or []. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
