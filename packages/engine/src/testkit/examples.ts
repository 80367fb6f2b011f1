/**
 * The repository's example case files (examples/*.json) for tests, and a case-path reader: the
 * structured-text tests check that every path a reason or trace line names resolves in the case.
 * Test-only (node:fs); not re-exported from testkit/index.ts, which stays pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PatientCase } from '../facts/index.js';

const DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** Every example file, by name without `.json`, in name order. */
export const EXAMPLE_CASES: readonly { name: string; c: PatientCase }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.slice(0, -'.json'.length), c: JSON.parse(readFileSync(DIR + f, 'utf8')) as PatientCase }));

/**
 * The value at a case path such as 'weights[3].weightKg' or 'history.familyHistory.als'.
 *
 * @example valueAtPath({ weights: [{ weightKg: 70 }] } as never, 'weights[0].weightKg') // 70
 */
export function valueAtPath(c: PatientCase, path: string): unknown {
  let v: unknown = c;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
