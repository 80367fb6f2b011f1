import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MUSCLE_IDS } from '../anatomy/muscles.js';
import { REGIONS } from '../anatomy/regions.js';
import type { EmgMuscle, EmgStudy, Exam, Investigation, PatientCase, RegionExam, Side } from '../facts/index.js';
import { INVESTIGATION_CODES } from './catalogue.js';
import { AWAJI_ORDER, awajiRank, EL_ESCORIAL_ORDER, elEscorialRank, goldCoastDistributionMet } from './classify.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { DiagnosisSettings } from './settings.js';
import { UMN_SIGNS } from './signs.js';

// Generators of synthetic cases.
const side = fc.constantFrom<Side>('left', 'right', 'midline');
const date = fc.constantFrom('2023-09-01', '2023-12-01', '2024-02-01', '2024-04-01', '2024-05-30', '2024-08-01');

const regionExamArb: fc.Arbitrary<RegionExam> = fc.record(
  {
    region: fc.constantFrom(...REGIONS),
    side,
    umnSigns: fc.subarray([...UMN_SIGNS], { maxLength: 3 }),
    weakness: fc.boolean(),
    weaknessLmnType: fc.boolean(),
    wasting: fc.boolean(),
    fasciculations: fc.boolean(),
  },
  { requiredKeys: ['region', 'side'] },
);

const emgMuscleArb: fc.Arbitrary<EmgMuscle> = fc.record(
  {
    muscle: fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...MUSCLE_IDS) },
      { weight: 1, arbitrary: fc.constant('pectoralisMinor') },
    ),
    side,
    fibrillations: fc.boolean(),
    positiveSharpWaves: fc.boolean(),
    fasciculationPotentials: fc.constantFrom('none' as const, 'simple' as const, 'complex' as const),
    fasciculationsUnstable: fc.boolean(),
    chronicNeurogenicMups: fc.boolean(),
    reducedRecruitment: fc.boolean(),
    myopathicMups: fc.boolean(),
    thoracicLevel: fc.integer({ min: 1, max: 12 }),
  },
  { requiredKeys: ['muscle', 'side'] },
);

const examArb: fc.Arbitrary<Exam> = fc.record({
  date,
  regions: fc.array(regionExamArb, { maxLength: 8 }),
  other: fc.record(
    {
      objectiveSensoryLoss: fc.boolean(),
      neckOrRadicularPain: fc.boolean(),
      gynaecomastia: fc.boolean(),
      sphincterDysfunction: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
});

const emgStudyArb: fc.Arbitrary<EmgStudy> = fc.record(
  {
    date,
    muscles: fc.array(emgMuscleArb, { maxLength: 10 }),
    ncs: fc.record(
      { sensoryAbnormal: fc.boolean(), motorConductionBlock: fc.boolean(), rnsDecrement: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['date', 'muscles'] },
);

const investigationArb: fc.Arbitrary<Investigation> = fc.record(
  {
    code: fc.constantFrom(...INVESTIGATION_CODES),
    date,
    result: fc.constantFrom('normal' as const, 'abnormal' as const, 'pending' as const, 'notDone' as const),
    value: fc.integer({ min: 0, max: 3000 }),
    explainsPresentation: fc.boolean(),
  },
  { requiredKeys: ['code', 'result'] },
);

const caseArb: fc.Arbitrary<PatientCase> = fc
  .record({
    exams: fc.array(examArb, { minLength: 1, maxLength: 3 }),
    emg: fc.array(emgStudyArb, { maxLength: 2 }),
    investigations: fc.array(investigationArb, { maxLength: 12 }),
    progression: fc.constantFrom(true, false, 'electrophysiology' as const),
    sex: fc.constantFrom('male' as const, 'female' as const),
    sod1: fc.boolean(),
  })
  .map(({ exams, emg, investigations, progression, sex, sod1 }) => {
    const c: PatientCase = {
      schemaVersion: 1,
      patient: { id: 'synthetic-property', sex, birthDate: '1962-04-10' },
      history: {
        onsetDate: '2023-05-01',
        progression:
          progression === 'electrophysiology'
            ? { documented: true, by: 'electrophysiology', precededByNormalFunction: true }
            : { documented: progression, by: 'examination', precededByNormalFunction: true },
      },
      exams,
      emg,
      investigations,
    };
    if (sod1) c.genetics = [{ gene: 'SOD1', classification: 'pathogenic', variant: 'p.Ala5Val', date: '2024-01-10' }];
    return c;
  });

/** A deterministic shuffle from a seed (mulberry32), for order-invariance tests. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const AS_OF = '2024-06-01';
const READINGS: Partial<DiagnosisSettings>[] = [
  {},
  { rostralReading: 'R1' },
  { rostralReading: 'R3', labSupportedReading: 'standalone' },
  { gccReading: 'literal', lmnClinicalRule: 'weaknessAndWasting', fasciculationPotentialRule: 'complexOrUnstable' },
  { differentRootRule: 'disjointRootSets', nerveTrunkRule: 'sharedTrunk', accessoryMuscleRegion: 'bulbar' },
];
const readingArb = fc.constantFrom(...READINGS);

/** Add evidence: more region findings at the first exam, more muscles in a new EMG study. */
function withMore(
  c: PatientCase,
  regions: PatientCase['exams'] extends (infer E)[] | undefined ? (E extends { regions: infer R } ? R : never) : never,
  muscles: NonNullable<PatientCase['emg']>[number]['muscles'],
): PatientCase {
  const d = structuredClone(c);
  d.exams![0]!.regions.push(...regions);
  d.emg = [...(d.emg ?? []), { date: '2024-05-15', muscles }];
  return d;
}

const eecRank = (c: string) => EL_ESCORIAL_ORDER.indexOf(c as never);
const awaRank = (c: string) => AWAJI_ORDER.indexOf(c as never);

describe('property: adding evidence never lowers a category (every set, several readings)', () => {
  it('revised El Escorial, Awaji, Gold Coast condition 2 (anatomical and final)', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(regionExamArb, { maxLength: 4 }),
        fc.array(emgMuscleArb, { maxLength: 4 }),
        readingArb,
        (c, regions, muscles, s) => {
          const before = evaluateDiagnosis(c, AS_OF, s);
          const after = evaluateDiagnosis(withMore(c, regions, muscles), AS_OF, s);
          expect(eecRank(after.elEscorial.anatomicalCategory)).toBeGreaterThanOrEqual(
            eecRank(before.elEscorial.anatomicalCategory),
          );
          expect(eecRank(after.elEscorial.category)).toBeGreaterThanOrEqual(eecRank(before.elEscorial.category));
          expect(awaRank(after.awaji.anatomicalCategory)).toBeGreaterThanOrEqual(
            awaRank(before.awaji.anatomicalCategory),
          );
          expect(awaRank(after.awaji.category)).toBeGreaterThanOrEqual(awaRank(before.awaji.category));
          if (before.goldCoast.anatomicallyMet) expect(after.goldCoast.anatomicallyMet).toBe(true);
          if (before.elEscorial.familialLabSupported) expect(after.elEscorial.familialLabSupported).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('Gold Coast "met" never drops when every investigation is recorded normal', () => {
    const allNormal = INVESTIGATION_CODES.map((code) => ({ code, date: '2024-01-15', result: 'normal' as const }));
    fc.assert(
      fc.property(
        caseArb,
        fc.array(regionExamArb, { maxLength: 4 }),
        fc.array(emgMuscleArb, { maxLength: 4 }),
        (c0, regions, muscles) => {
          const c = { ...c0, investigations: allNormal };
          if (evaluateDiagnosis(c, AS_OF).goldCoast.met)
            expect(evaluateDiagnosis(withMore(c, regions, muscles), AS_OF).goldCoast.met).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('exhaustively over region masks: one more region fact never lowers a category', () => {
    const drops: string[] = [];
    for (const r of ['R1', 'R2', 'R3'] as const) {
      for (const lab of ['compact', 'standalone'] as const) {
        for (let state = 0; state < 4096; state++) {
          const u = state & 15;
          const l = (state >> 4) & 15;
          const e = (state >> 8) & 15;
          const base = elEscorialRank(u, l, e, r, lab);
          const baseA = awajiRank(u, l, r);
          for (let b = 0; b < 4; b++) {
            const bit = 1 << b;
            const more = [
              elEscorialRank(u | bit, l, e, r, lab),
              elEscorialRank(u, l | bit, e, r, lab),
              elEscorialRank(u, l, e | bit, r, lab),
            ];
            if (more.some((x) => x < base)) drops.push(`rEEC ${r}/${lab} state ${state} bit ${b}`);
            if (awajiRank(u | bit, l, r) < baseA || awajiRank(u, l | bit, r) < baseA)
              drops.push(`Awaji ${r} state ${state} bit ${b}`);
            for (const g of ['strict', 'literal'] as const) {
              if (
                goldCoastDistributionMet(u, l, g) &&
                !(goldCoastDistributionMet(u | bit, l, g) && goldCoastDistributionMet(u, l | bit, g))
              ) {
                drops.push(`Gold Coast ${g} state ${state} bit ${b}`);
              }
            }
          }
        }
      }
    }
    expect(drops).toEqual([]);
  });
});

describe('property: the order of findings never changes the answer', () => {
  it('shuffling exams, regions, EMG studies, muscles and investigations gives the same assessment', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), readingArb, (c, seed, s) => {
        const d = structuredClone(c);
        d.exams = shuffled(d.exams!, seed).map((e, i) => ({ ...e, regions: shuffled(e.regions, seed + i + 1) }));
        d.emg = shuffled(d.emg ?? [], seed + 7).map((e, i) => ({ ...e, muscles: shuffled(e.muscles, seed + 11 + i) }));
        d.investigations = shuffled(d.investigations ?? [], seed + 13);
        expect(evaluateDiagnosis(d, AS_OF, s)).toEqual(evaluateDiagnosis(c, AS_OF, s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: evaluation is pure', () => {
  it('memoised pieces never leak from one case to another (a warm engine answers as a fresh one)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 2, maxLength: 4 }), readingArb, async (cases, s) => {
        const warm = cases.map((c) => JSON.stringify(evaluateDiagnosis(c, AS_OF, s)));
        for (let i = 0; i < cases.length; i++) {
          vi.resetModules();
          const fresh = (await import('./evaluate.js')) as typeof import('./evaluate.js');
          expect(JSON.stringify(fresh.evaluateDiagnosis(cases[i]!, AS_OF, s))).toBe(warm[i]);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
  it('does not modify the case, and gives the same answer twice', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const copy = structuredClone(c);
        const a = evaluateDiagnosis(c, AS_OF);
        expect(c).toEqual(copy);
        expect(evaluateDiagnosis(c, AS_OF)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
