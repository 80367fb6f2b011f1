import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FACT_KINDS } from '../facts/kinds.js';
import type { PatientCase } from '../facts/types.js';
import { alsfrsOriginalFixture, alsfrsrFixture, caseFixture } from '../testkit/alsfrs.js';
import { caseAsOf } from './asOf.js';

const AS_OF = '2024-06-01';

describe('caseAsOf: facts placed after the assessment date did not happen yet', () => {
  it('drops every dated fact after asOf and keeps the ones on it', () => {
    const c = caseFixture({
      weights: [
        { date: '2024-06-02', weightKg: 60 },
        { date: '2024-06-01', weightKg: 61 },
        { date: '2024-01-01', weightKg: 70 },
      ],
      symptoms: [{ date: '2025-01-01', symptom: 'cramps' }],
      genetics: [
        { gene: 'SOD1', classification: 'pathogenic', date: '2024-07-01' },
        { gene: 'C9orf72', classification: 'negative' },
      ],
      medications: [{ drug: 'riluzole', startDate: '2024-07-01' }, { drug: 'baclofen' }],
    });
    const v = caseAsOf(c, AS_OF);
    expect(v.case.weights?.map((w) => w.weightKg)).toEqual([70, 61]);
    expect(v.case.symptoms).toEqual([]);
    // An undated result is known but not placed: it stays.
    expect(v.case.genetics?.map((g) => g.gene)).toEqual(['C9orf72']);
    expect(v.case.medications?.map((m) => m.drug)).toEqual(['baclofen']);
  });

  it('keeps each fact with its index in the original list, for paths', () => {
    const c = caseFixture({
      weights: [
        { date: '2024-05-01', weightKg: 65 },
        { date: '2024-07-01', weightKg: 60 },
        { date: '2024-01-01', weightKg: 70 },
      ],
    });
    expect(caseAsOf(c, AS_OF).indexed.weights.map((w) => w.index)).toEqual([2, 0]);
  });

  it('leaves absent lists absent and gives empty indexed lists for them', () => {
    const v = caseAsOf(caseFixture(), AS_OF);
    expect(v.case.weights).toBeUndefined();
    expect(v.indexed.weights).toEqual([]);
  });
});

describe('caseAsOf: later dates inside a kept fact are blanked', () => {
  it('a stop date after asOf is not there yet (the drug is still taken); one on asOf stays', () => {
    const c = caseFixture({
      medications: [
        { drug: 'riluzole', startDate: '2024-01-01', stopDate: '2024-09-01' },
        { drug: 'baclofen', startDate: '2024-01-01', stopDate: AS_OF },
      ],
      interventions: [{ kind: 'niv', startDate: '2024-02-01', stopDate: '2024-08-01' }],
    });
    const v = caseAsOf(c, AS_OF);
    expect(v.case.medications?.[0]).toEqual({ drug: 'riluzole', startDate: '2024-01-01' });
    expect(v.case.medications?.[1]?.stopDate).toBe(AS_OF);
    expect(v.case.interventions?.[0]).toEqual({ kind: 'niv', startDate: '2024-02-01' });
  });

  it('a death, tracheostomy or diagnosis after asOf is blanked; earlier ones stay', () => {
    const c = caseFixture({
      history: { onsetDate: '2023-01-01', diagnosisDate: '2024-08-01' },
      endpoints: { deathDate: '2025-01-01', tracheostomyDate: '2024-05-01' },
    });
    const v = caseAsOf(c, AS_OF);
    expect(v.case.history).toEqual({ onsetDate: '2023-01-01' });
    expect(v.case.endpoints).toEqual({ tracheostomyDate: '2024-05-01' });
  });

  it('a planned date (a decision deferred until later) is kept', () => {
    const c = caseFixture({
      careDecisions: [{ code: 'x', status: 'deferred', date: '2024-05-01', until: '2024-09-01' }],
    });
    expect(caseAsOf(c, AS_OF).case.careDecisions?.[0]?.until).toBe('2024-09-01');
  });

  it('never changes its input', () => {
    const c = caseFixture({
      medications: [{ drug: 'riluzole', startDate: '2024-01-01', stopDate: '2024-09-01' }],
      endpoints: { deathDate: '2025-01-01' },
      weights: [
        { date: '2024-05-01', weightKg: 65 },
        { date: '2024-01-01', weightKg: 70 },
      ],
    });
    const before = structuredClone(c);
    caseAsOf(c, AS_OF);
    expect(c).toEqual(before);
  });
});

describe('caseAsOf: lists in date order', () => {
  it('sorts by the placing date, same-day facts in recorded order', () => {
    const c = caseFixture({
      symptoms: [
        { date: '2024-03-01', symptom: 'cramps' },
        { date: '2024-01-01', symptom: 'pain' },
        { date: '2024-03-01', symptom: 'fatigue' },
      ],
      medications: [{ drug: 'b', startDate: '2024-02-01' }, { drug: 'a', startDate: '2024-01-01' }, { drug: 'u' }],
    });
    const v = caseAsOf(c, AS_OF);
    expect(v.case.symptoms?.map((s) => s.symptom)).toEqual(['pain', 'cramps', 'fatigue']);
    expect(v.case.medications?.map((m) => m.drug)).toEqual(['u', 'a', 'b']);
  });
});

describe('caseAsOf: scored instruments validated once', () => {
  it('scores the valid ALSFRS-R records and rejects the invalid ones with their paths', () => {
    const both = { ...alsfrsrFixture('2024-03-01'), cuttingWithGastrostomy: 2 as const };
    const outOfRange = alsfrsrFixture('2024-04-01', { salivation: 7 as never });
    const c = caseFixture({
      alsfrsr: [alsfrsrFixture('2024-05-01', { speech: 3 }), both, outOfRange, alsfrsrFixture('2024-01-01')],
    });
    const v = caseAsOf(c, AS_OF);
    expect(v.alsfrsr.map((r) => [r.index, r.score.total])).toEqual([
      [3, 48],
      [0, 47],
    ]);
    expect(v.case.alsfrsr?.map((r) => r.date)).toEqual(['2024-01-01', '2024-05-01']);
    expect(v.alsfrsrRejected.map((r) => r.problems.map((p) => p.path))).toEqual([
      ['alsfrsr[1].cuttingWithGastrostomy'],
      ['alsfrsr[2].salivation'],
    ]);
  });

  it('rejects a record with a malformed date instead of dropping it as "later"', () => {
    const c = caseFixture({ alsfrsr: [alsfrsrFixture('2099-13-01')] });
    const v = caseAsOf(c, AS_OF);
    expect(v.alsfrsr).toEqual([]);
    expect(v.alsfrsrRejected[0]?.problems[0]?.code).toBe('invalidDate');
  });

  it('does not report a record dated after asOf, valid or not', () => {
    const c = caseFixture({ alsfrsr: [alsfrsrFixture('2024-07-01', { speech: 9 as never })] });
    expect(caseAsOf(c, AS_OF).alsfrsrRejected).toEqual([]);
  });

  it('scores original ALSFRS records on their own scale (0-40)', () => {
    const c = caseFixture({ alsfrsOriginal: [alsfrsOriginalFixture('2024-02-01', { respiratory: 3 })] });
    const v = caseAsOf(c, AS_OF);
    expect(v.alsfrsOriginal[0]?.score).toMatchObject({ version: 'ALSFRS', total: 39 });
    expect(v.alsfrsOriginalRejected).toEqual([]);
  });
});

describe('caseAsOf: invariants', () => {
  const date = fc
    .integer({ min: 0, max: 2000 })
    .map((d) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const caseArb = fc.record({
    weights: fc.array(fc.record({ date, weightKg: fc.integer({ min: 30, max: 120 }) })),
    medications: fc.array(
      fc.record(
        { drug: fc.constantFrom('riluzole', 'baclofen'), startDate: date, stopDate: date },
        { requiredKeys: ['drug'] },
      ),
    ),
    endpoints: fc.record({ deathDate: date }, { requiredKeys: [] }),
  });

  it('keeps no date after asOf, sorts every placed list, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(caseArb, date, (parts, asOf) => {
        const c: PatientCase = caseFixture(parts);
        const v = caseAsOf(c, asOf);
        for (const entry of CASE_FACT_KINDS) {
          const value = v.case[entry.caseKey];
          const facts = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Record<
            string,
            unknown
          >[];
          const placed: string[] = [];
          for (const f of facts) {
            for (const field of [entry.placedBy, ...entry.otherDates]) {
              const d = field === null ? undefined : f[field];
              if (typeof d === 'string') expect(d <= asOf).toBe(true);
            }
            const d = entry.placedBy === null ? undefined : f[entry.placedBy];
            if (typeof d === 'string') placed.push(d);
          }
          expect(placed).toEqual([...placed].sort());
        }
        expect(caseAsOf(v.case, asOf).case).toEqual(v.case);
      }),
    );
  });
});
