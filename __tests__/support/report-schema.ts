/**
 * The JSON report contract (docs/verify-report.schema.json) as a test helper:
 * every report a test reads goes through expectValidReport, so a field added,
 * renamed or retyped without updating docs/ fails the test that saw it.
 */
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

export const REPORT_SCHEMA_PATH = new URL('../../docs/verify-report.schema.json', import.meta.url);
export const reportSchema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as Record<
  string,
  unknown
>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(reportSchema);

/** Schema errors of a parsed report, one line each ("" when valid). */
export function reportErrors(json: unknown): string[] {
  if (validate(json)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) =>
      `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`
  );
}

/**
 * Asserts that `json` ({"files":[...]}, as parsed from --json or the action's
 * report file; or a FileReport object, checked as such) matches the schema.
 * Returns it, so callers can `const report = expectValidReport(JSON.parse(text))`.
 */
export function expectValidReport<T>(json: T): T {
  const doc =
    json && typeof json === 'object' && !('files' in json)
      ? { files: [JSON.parse(JSON.stringify(json))] }
      : json;
  expect(reportErrors(doc)).toEqual([]);
  return json;
}
