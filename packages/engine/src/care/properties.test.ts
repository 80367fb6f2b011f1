/**
 * Property tests over random synthetic cases (fast-check): withdrawn or unlicensed drugs are never
 * offered, the plan is sorted and deterministic, decisions always hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlsfrsrItem, PatientCase, SymptomCode } from '../facts/index.js';
import { alsfrsrFixture, codesOf } from '../testkit/index.js';
import { isOfferable } from './approvals.js';
import { evaluateCare } from './evaluate.js';
import { CARE_RULES } from './rules/catalogue.js';
import { type CareContext, JURISDICTIONS, type Jurisdiction, PRIORITY_ORDER } from './types.js';

const day = fc
  .integer({ min: 0, max: 3650 })
  .map((n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const item = fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<AlsfrsrItem>;
const symptoms: SymptomCode[] = [
  'sialorrhoea',
  'cramps',
  'fever',
  'cough',
  'headache',
  'backPain',
  'orthopnoea',
  'falls',
  'pain',
  'dysphagia',
  'caregiverStrain',
  'fatigue',
];
const drugs = [
  'riluzole',
  'edaravone',
  'tofersen',
  'Relyvrio',
  'sodiumPhenylbutyrateTaurursodiol',
  'mecobalamin',
  'quinine',
  'oxygen',
  'fluvoxamine',
];

const arbitraryCareInput: fc.Arbitrary<{ c: PatientCase; asOf: string; ctx: CareContext; jurisdiction: Jurisdiction }> =
  fc
    .record({
      asOf: day,
      jurisdiction: fc.constantFrom(...JURISDICTIONS),
      alsDiagnosed: fc.constantFrom(true, false, undefined),
      rate: fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: undefined }),
      onset: day,
      premorbid: fc.option(fc.integer({ min: 45, max: 110 }), { nil: undefined }),
      height: fc.option(fc.integer({ min: 150, max: 195 }), { nil: undefined }),
      alsfrsr: fc.array(
        fc.record({
          date: day,
          speech: item,
          swallowing: item,
          salivation: item,
          walking: item,
          orthopnoea: item,
          dressing: item,
        }),
        { maxLength: 3 },
      ),
      vcs: fc.array(fc.record({ date: day, percent: fc.integer({ min: 10, max: 120 }), reliable: fc.boolean() }), {
        maxLength: 4,
      }),
      resp: fc.array(
        fc.record({
          date: day,
          snip: fc.integer({ min: 10, max: 120 }),
          pcf: fc.integer({ min: 50, max: 500 }),
          paco2: fc.integer({ min: 35, max: 60 }),
        }),
        { maxLength: 2 },
      ),
      weights: fc.array(fc.record({ date: day, kg: fc.integer({ min: 40, max: 110 }) }), { maxLength: 3 }),
      meds: fc.array(fc.record({ drug: fc.constantFrom(...drugs), start: day, stopped: fc.boolean() }), {
        maxLength: 4,
      }),
      genes: fc.array(
        fc.record({
          gene: fc.constantFrom('SOD1', 'C9orf72', 'FUS', 'TARDBP'),
          classification: fc.constantFrom('pathogenic', 'likelyPathogenic', 'vus', 'negative' as const),
        }),
        { maxLength: 4 },
      ),
      symptoms: fc.array(fc.record({ date: day, symptom: fc.constantFrom(...symptoms) }), { maxLength: 4 }),
      decisions: fc.array(
        fc.record({
          code: fc.constantFrom(...CARE_RULES.map((r) => r.code)),
          status: fc.constantFrom('accepted', 'declined', 'deferred', 'contraindicated', 'done' as const),
          date: day,
          until: fc.option(day, { nil: undefined }),
          triggerValue: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
    })
    .map((r) => {
      const c: PatientCase = {
        schemaVersion: 1,
        patient: {
          id: 'synthetic-property',
          ...(r.premorbid !== undefined ? { premorbidWeightKg: r.premorbid } : {}),
          ...(r.height !== undefined ? { heightCm: r.height } : {}),
        },
        history: { onsetDate: r.onset },
        alsfrsr: r.alsfrsr.map(({ date, ...items }) => alsfrsrFixture(date, items)),
        vitalCapacity: r.vcs.map((v) => ({
          date: v.date,
          kind: 'FVC' as const,
          posture: 'sitting' as const,
          percentPredicted: v.percent,
          reliable: v.reliable,
        })),
        respiratory: r.resp.map((x) => ({
          date: x.date,
          snipCmH2O: x.snip,
          peakCoughFlowLPerMin: x.pcf,
          paco2MmHg: x.paco2,
        })),
        weights: r.weights.map((w) => ({ date: w.date, weightKg: w.kg })),
        medications: r.meds.map((m) => ({
          drug: m.drug,
          startDate: m.start,
          ...(m.stopped ? { stopDate: m.start } : {}),
        })),
        genetics: r.genes,
        symptoms: r.symptoms,
        careDecisions: r.decisions.map((d) => ({
          code: d.code,
          status: d.status,
          date: d.date,
          ...(d.until !== undefined ? { until: d.until } : {}),
          ...(d.triggerValue !== undefined ? { triggerValue: d.triggerValue } : {}),
        })),
      };
      const ctx: CareContext = {
        alsDiagnosed: r.alsDiagnosed,
        ...(r.rate !== undefined ? { progressionRatePerMonth: r.rate } : {}),
      };
      return { c, asOf: r.asOf, ctx, jurisdiction: r.jurisdiction };
    });

describe('withdrawn drugs are never new starts (Amylyx 2024; approval table by jurisdiction)', () => {
  it('property: over random cases, dates and jurisdictions, every offered drug is licensed there on asOf', () => {
    const offers = new Map(CARE_RULES.filter((r) => r.offersDrug).map((r) => [r.code, r.offersDrug!]));
    fc.assert(
      fc.property(arbitraryCareInput, ({ c, asOf, ctx, jurisdiction }) => {
        const a = evaluateCare(c, asOf, ctx, { jurisdiction });
        for (const r of [...a.recommendations, ...a.suppressed.map((s) => s.recommendation)]) {
          const drug = offers.get(r.code);
          if (drug) expect(isOfferable(drug, jurisdiction, asOf)).toBe(true);
          // The PB-TURSO discussion only while it was licensed: it ended everywhere on 4 April 2024.
          if (r.code === 'dmt.pbTurso.discuss') expect(asOf < '2024-04-04').toBe(true);
          expect(`${r.title} ${r.reason}`).not.toMatch(/only (FDA[- ])?approved|only licensed/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('invariants over random cases (fast-check)', () => {
  it('sorted; one entry per code; valid dates; suppressed items carry their decision; input untouched', () => {
    fc.assert(
      fc.property(arbitraryCareInput, ({ c, asOf, ctx, jurisdiction }) => {
        const before = JSON.stringify(c);
        const a = evaluateCare(c, asOf, ctx, { jurisdiction });
        expect(JSON.stringify(c)).toBe(before);
        const keys = a.recommendations.map((r) => `${PRIORITY_ORDER.indexOf(r.priority)} ${r.due} ${r.code}`);
        expect(keys).toEqual([...keys].sort());
        const codes = [...codesOf(a), ...a.suppressed.map((s) => s.recommendation.code)];
        expect(new Set(codes).size).toBe(codes.length);
        for (const s of a.suppressed) expect(s.decision.code).toBe(s.recommendation.code);
        for (const r of a.recommendations) expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(JSON.stringify(evaluateCare(c, asOf, ctx, { jurisdiction }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 200 },
    );
  });
  it('recording "contraindicated" for every raised code leaves nothing open', () => {
    fc.assert(
      fc.property(arbitraryCareInput, ({ c, asOf, ctx, jurisdiction }) => {
        const first = evaluateCare(c, asOf, ctx, { jurisdiction });
        const careDecisions = first.recommendations.map((r) => ({
          code: r.code,
          status: 'contraindicated' as const,
          date: asOf,
        }));
        const again = evaluateCare({ ...c, careDecisions: [...(c.careDecisions ?? []), ...careDecisions] }, asOf, ctx, {
          jurisdiction,
        });
        expect(again.recommendations).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
