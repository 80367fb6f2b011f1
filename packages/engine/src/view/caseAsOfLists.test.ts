/**
 * `caseAsOf(c, asOf, lists)` is the view of some lists only (the cohort batch cuts only the lists its
 * readers name): on every example case, at every date it records (and before, and with its lists
 * reversed), the lists it holds, their indices and the scored instruments equal the full view's, and
 * it holds no other list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../common/dates.js';
import { CASE_FACT_KINDS } from '../facts/kinds.js';
import type { PatientCase } from '../facts/types.js';
import { caseFixture } from '../testkit/alsfrs.js';
import { EXAMPLE_CASES } from '../testkit/examples.js';
import { type CaseListKey, caseAsOf } from './asOf.js';

const LIST_KEYS = CASE_FACT_KINDS.filter((k) => k.cardinality === 'many' && k.caseKey !== null).map(
  (k) => k.caseKey as CaseListKey,
);
/** The lists of the cohort batch, and a few others to cover every kind of cut. */
const SELECTIONS: readonly (readonly CaseListKey[])[] = [
  ['alsfrsr', 'exams', 'symptoms', 'interventions', 'vitalCapacity', 'genetics'],
  ['medications', 'weights', 'alsfrsOriginal'],
  LIST_KEYS,
];

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
  for (const k of LIST_KEYS) if (Array.isArray(d[k])) d[k] = [...(d[k] as unknown[])].reverse();
  return d as unknown as PatientCase;
}

describe('caseAsOf with a list selection', () => {
  it('holds the same lists, indices and scores as the full view, and no other list, at every date of every example', () => {
    let compared = 0;
    for (const { c: base } of EXAMPLE_CASES) {
      for (const c of [base, reversed(base)]) {
        const copy = structuredClone(c);
        for (const asOf of datesOf(c)) {
          const full = caseAsOf(c, asOf);
          for (const lists of SELECTIONS) {
            const some = caseAsOf(c, asOf, lists);
            const at = `${c.patient.id} ${asOf} ${lists.join(',')}`;
            expect(some.asOf).toBe(asOf);
            expect(some.case.patient, at).toBe(c.patient);
            expect(some.case.schemaVersion, at).toBe(c.schemaVersion);
            expect(some.case.history, at).toEqual(full.case.history);
            expect(some.case.endpoints, at).toEqual(full.case.endpoints);
            const held = some.case as Record<string, unknown>;
            for (const k of LIST_KEYS) {
              if (lists.includes(k)) {
                expect(held[k], `${at} ${k}`).toEqual(full.case[k]);
                expect(some.indexed[k], `${at} ${k}`).toEqual(full.indexed[k]);
              } else {
                expect(held[k], `${at} ${k}`).toBeUndefined();
              }
            }
            if (lists.includes('alsfrsr')) {
              const s = some as unknown as typeof full;
              expect(
                s.alsfrsr.map((r) => [r.index, r.record, r.score]),
                at,
              ).toEqual(full.alsfrsr.map((r) => [r.index, r.record, r.score]));
              expect(s.alsfrsrRejected, at).toEqual(full.alsfrsrRejected);
            }
            compared++;
          }
        }
        expect(c).toEqual(copy);
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('gives the case’s own list when nothing is dropped, blanked or reordered', () => {
    const c = EXAMPLE_CASES[0]!.c;
    expect(caseAsOf(c, '2999-01-01', ['investigations']).case.investigations).toBe(c.investigations);
  });
});

/**
 * The full view keeps a list as the case's own array exactly when nothing in it is later than asOf
 * (a malformed date is not "later") and it is in date order (undated facts first), by the rule of
 * `compareDates` and `isLater`, written out plainly here.
 */
function unchangedByRule(list: readonly { date?: unknown }[], asOf: string): boolean {
  const placing = (d: unknown) => (typeof d === 'string' ? d : undefined);
  for (let i = 0; i < list.length; i++) {
    const d = placing(list[i]!.date);
    if (d !== undefined && d > asOf && isIsoDate(d)) return false;
    if (i === 0) continue;
    const p = placing(list[i - 1]!.date);
    if (p !== undefined && (d === undefined || d < p)) return false;
  }
  return true;
}

describe('caseAsOf keeps an unchanged list as it is', () => {
  const date = fc.oneof(
    fc
      .integer({ min: 0, max: 60 })
      .map((d) => new Date(Date.UTC(2024, 3, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    fc.constantFrom('2024-13-40', '9999-99-99', '2024-02-30', '', 'soon'),
    fc.constant(undefined),
  );
  it('exactly when nothing is later and the list is in date order, malformed and missing dates included', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 6 }), date, (dates, asOfDate) => {
        const asOf = isIsoDate(asOfDate) ? asOfDate : '2024-05-01';
        const symptoms = dates.map((d) => ({ symptom: 'cramps', ...(d === undefined ? {} : { date: d }) }));
        const weights = dates.map((d) => ({ weightKg: 70, ...(d === undefined ? {} : { date: d }) }));
        const c = caseFixture({ symptoms, weights } as never);
        const v = caseAsOf(c, asOf);
        expect(v.case.symptoms === c.symptoms).toBe(unchangedByRule(symptoms, asOf));
        expect(v.case.weights === c.weights).toBe(unchangedByRule(weights, asOf));
        expect(caseAsOf(c, asOf, ['symptoms']).case.symptoms).toEqual(v.case.symptoms);
      }),
      { numRuns: 500 },
    );
  });
});
