import { describe, expect, it } from 'vitest';
import type { RegionExam } from '../facts/index.js';
import {
  type CaseSpec,
  denervated,
  fasciculationOnly,
  makeCase,
  normalMuscle,
  region,
  UMN,
} from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { DiagnosisSettings } from './settings.js';

const AS_OF = '2024-06-01';
const run = (spec: CaseSpec, s?: Partial<DiagnosisSettings>) => evaluateDiagnosis(makeCase(spec), AS_OF, s);
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true });
const umnOnly = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r] });

const legPair = [denervated('tibialisAnterior'), denervated('gastrocnemiusMedial')];
const legPairFasc = [fasciculationOnly('tibialisAnterior'), fasciculationOnly('gastrocnemiusMedial')];

describe('de Carvalho 2008: EMG evidence equals clinical LMN signs', () => {
  it('EMG LMN in a region with clinical UMN signs completes a third region: definite under Awaji, probable under rEEC', () => {
    const d = run({ regions: [both('bulbar'), both('cervical'), umnOnly('lumbosacral')], muscles: legPair });
    expect(d.awaji.category).toBe('definite');
    expect(d.elEscorial.category).toBe('probable');
  });
  it('EMG LMN in two regions with UMN in two regions is probable under Awaji', () => {
    const d = run({
      regions: [umnOnly('cervical'), umnOnly('lumbosacral')],
      muscles: [denervated('firstDorsalInterosseous'), denervated('bicepsBrachii'), ...legPair],
    });
    expect(d.awaji.category).toBe('probable');
    expect(d.elEscorial.category).toBe('probableLabSupported');
  });
  it('UMN evidence stays clinical: EMG alone without UMN signs is not met', () => {
    expect(run({ regions: [], muscles: legPair }).awaji.category).toBe('notMet');
  });
});

describe('de Carvalho 2008: fasciculation potentials count as denervation in a muscle with chronic change', () => {
  it('fasciculation-only EMG with chronic change upgrades Awaji (probable) while rEEC stays possible', () => {
    const d = run({ regions: [both('cervical'), umnOnly('lumbosacral')], muscles: legPairFasc });
    expect(d.awaji.category).toBe('probable');
    expect(d.elEscorial.category).toBe('possible');
  });
  it('fasciculation potentials without chronic neurogenic change do not count', () => {
    const muscles = [
      { muscle: 'tibialisAnterior', side: 'right' as const, fasciculationPotentials: 'complex' as const },
      { muscle: 'gastrocnemiusMedial', side: 'right' as const, fasciculationPotentials: 'complex' as const },
    ];
    expect(run({ regions: [both('cervical'), umnOnly('lumbosacral')], muscles }).awaji.category).toBe('possible');
  });
  it('chronic change without ongoing denervation does not count', () => {
    const muscles = [
      { muscle: 'tibialisAnterior', side: 'right' as const, chronicNeurogenicMups: true },
      { muscle: 'gastrocnemiusMedial', side: 'right' as const, chronicNeurogenicMups: true, reducedRecruitment: true },
    ];
    expect(run({ regions: [both('cervical'), umnOnly('lumbosacral')], muscles }).awaji.category).toBe('possible');
  });
  it('fibrillations with normal MUPs (no chronic change) count in no set', () => {
    const muscles = [
      { muscle: 'tibialisAnterior', side: 'right' as const, fibrillations: true },
      { muscle: 'gastrocnemiusMedial', side: 'right' as const, positiveSharpWaves: true },
    ];
    const d = run({ regions: [both('cervical'), umnOnly('lumbosacral')], muscles });
    expect(d.awaji.category).toBe('possible');
    expect(d.regions[3]!.sets.goldCoast.lmnEmg.present).toBe(false);
  });
  it("setting 'complexOrUnstable': simple fasciculation potentials stop counting, complex or unstable ones still count", () => {
    const simple = legPairFasc.map((m) => ({ ...m, fasciculationPotentials: 'simple' as const }));
    const spec = { regions: [both('cervical'), umnOnly('lumbosacral')] };
    expect(run({ ...spec, muscles: simple }).awaji.category).toBe('probable');
    expect(run({ ...spec, muscles: simple }, { fasciculationPotentialRule: 'complexOrUnstable' }).awaji.category).toBe(
      'possible',
    );
    const unstable = simple.map((m) => ({ ...m, fasciculationsUnstable: true }));
    expect(
      run({ ...spec, muscles: unstable }, { fasciculationPotentialRule: 'complexOrUnstable' }).awaji.category,
    ).toBe('probable');
    expect(
      run({ ...spec, muscles: legPairFasc }, { fasciculationPotentialRule: 'complexOrUnstable' }).awaji.category,
    ).toBe('probable');
  });
});

describe('de Carvalho 2008: "probable, laboratory-supported" is removed', () => {
  it('a rEEC lab-supported pattern with UMN in one region is possible under Awaji (the Johnsen 2019 downgrade)', () => {
    const d = run({
      regions: [both('cervical')],
      muscles: [denervated('firstDorsalInterosseous'), denervated('bicepsBrachii'), ...legPair],
    });
    expect(d.elEscorial.category).toBe('probableLabSupported');
    expect(d.awaji.category).toBe('possible');
  });
});

describe('Awaji categories mirror rEEC with LMN = clinical or EMG', () => {
  it('possible: UMN and LMN (EMG) together in one region', () => {
    expect(run({ regions: [umnOnly('lumbosacral')], muscles: legPair }).awaji.category).toBe('possible');
  });
  it('possible: LMN (EMG) rostral to UMN', () => {
    expect(
      run({
        regions: [umnOnly('lumbosacral')],
        muscles: [denervated('firstDorsalInterosseous'), denervated('bicepsBrachii')],
      }).awaji.category,
    ).toBe('possible');
  });
  it('unclassified: UMN bulbar with EMG LMN only in the legs', () => {
    expect(run({ regions: [umnOnly('bulbar')], muscles: legPair }).awaji.category).toBe('unclassified');
  });
  it('not met: normal EMG and no UMN', () => {
    expect(run({ regions: [], muscles: [normalMuscle('tibialisAnterior')] }).awaji.category).toBe('notMet');
  });
  it('progression may be electrophysiological', () => {
    const d = run({ regions: [both('cervical')], progression: 'electrophysiology' });
    expect(d.awaji.category).toBe('possible');
    expect(d.awaji.status).toBe('prerequisitesMet');
  });
  it('no documented progression: nothing is met', () => {
    expect(run({ regions: [both('bulbar'), both('cervical')], progression: false }).awaji.category).toBe('notMet');
  });
});
