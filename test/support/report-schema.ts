/**
 * The JSON report's published schema (schema/report.schema.json) as a
 * validator. Every JSON report a test produces goes through it: the CLI
 * helpers (test/support/cli.ts) and the Action harness check each report they
 * see, so the schema and the code cannot drift apart unnoticed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** What the schema says is wrong with `report` (instance path and message), or []. */
export function reportSchemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Parse a JSON report and throw when it does not follow the schema. */
export function parseReport<T = unknown>(text: string, where = 'JSON report'): T {
  const report = JSON.parse(text) as unknown;
  const errors = reportSchemaErrors(report);
  if (errors.length)
    throw new Error(`${where} does not follow schema/report.schema.json: ${errors.slice(0, 10).join('; ')}`);
  return report as T;
}
