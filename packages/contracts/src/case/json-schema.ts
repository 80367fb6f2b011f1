/**
 * The case file as a JSON Schema (draft 2020-12), generated from the zod schema so the two cannot
 * differ. Published at `schemas/case.schema.json` (`npm run schemas` regenerates it; a test fails
 * when the committed file is stale). JSON Schema carries the structure, enums and ranges; the
 * checks it cannot express (impossible date orders) live only in `parseCase`.
 */
import * as z from 'zod';
import { PatientCaseSchema } from './patient-case.js';

export const CASE_JSON_SCHEMA_PATH = 'schemas/case.schema.json';

export function caseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PatientCaseSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/** The file's exact text: two-space JSON with a final newline. */
export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
