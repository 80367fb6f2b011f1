/**
 * `caseFactsAsOf` is `caseAsOf` without indexes or scoring, for a module that reads a few plain
 * lists: on every example case, at every date it records (and before, and with its lists reversed),
 * the lists it holds equal the view's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/types.js';
import { caseAsOf, caseFactsAsOf, type PlainListKey } from './asOf.js';

const DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(DIR + f, 'utf8')) as PatientCase);
const KEYS: readonly PlainListKey[] = ['exams', 'emg', 'investigations', 'genetics', 'labs', 'medications'];

function datesOf(c: PatientCase): string[] {
  const out = new Set<string>(['1900-01-01']);
  JSON.stringify(c, (_k, v) => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.add(v);
    return v;
  });
  return [...out].sort();
}

function reversed(c: PatientCase): PatientCase {
  const d = structuredClone(c) as unknown as Record<string, unknown>;
  for (const k of KEYS) if (Array.isArray(d[k])) d[k] = [...(d[k] as unknown[])].reverse();
  return d as unknown as PatientCase;
}

describe('caseFactsAsOf', () => {
  it('holds the same facts, in the same order, as caseAsOf, at every date of every example', () => {
    let compared = 0;
    for (const base of CASES) {
      for (const c of [base, reversed(base)]) {
        const copy = structuredClone(c);
        for (const asOf of datesOf(c)) {
          const plain = caseFactsAsOf(c, asOf, KEYS).case;
          const full = caseAsOf(c, asOf).case;
          for (const k of KEYS) expect(plain[k] ?? [], `${c.patient.id} ${k} ${asOf}`).toEqual(full[k] ?? []);
          expect(plain.history).toEqual(full.history);
          expect(plain.patient).toBe(c.patient);
          expect(plain.alsfrsr).toBeUndefined();
          compared++;
        }
        expect(c).toEqual(copy);
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
  it('gives the case’s own list when nothing is dropped, blanked or reordered', () => {
    const c = CASES[0]!;
    expect(caseFactsAsOf(c, '2999-01-01', ['investigations']).case.investigations).toBe(c.investigations);
  });
});
