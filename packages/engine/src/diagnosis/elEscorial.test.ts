import { describe, expect, it } from 'vitest';
import type { RegionExam } from '../facts/index.js';
import { type CaseSpec, denervated, fasciculationOnly, makeCase, region, UMN } from '../testkit/diagnosis.js';
import { classifyElEscorial } from './classify.js';
import { evaluateDiagnosis } from './evaluate.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, type DiagnosisSettings } from './settings.js';

const AS_OF = '2024-06-01';
const eec = (spec: CaseSpec, s?: Partial<DiagnosisSettings>) => evaluateDiagnosis(makeCase(spec), AS_OF, s).elEscorial;
const cat = (spec: CaseSpec, s?: Partial<DiagnosisSettings>) => eec(spec, s).category;

/** UMN and wasting in a region. */
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true });
const umnOnly = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r] });
const lmnOnly = (r: RegionExam['region']): RegionExam => region(r, { wasting: true });

describe('Brooks 2000: clinically definite (UMN and LMN in bulbar + 2 spinal regions, or 3 spinal regions)', () => {
  it('bulbar + 2 spinal regions with both signs is definite', () => {
    expect(cat({ regions: [both('bulbar'), both('cervical'), both('lumbosacral')] })).toBe('definite');
  });
  it('3 spinal regions with both signs is definite', () => {
    expect(cat({ regions: [both('cervical'), both('thoracic'), both('lumbosacral')] })).toBe('definite');
  });
  it('bulbar + 1 spinal region is not definite (probable)', () => {
    expect(cat({ regions: [both('bulbar'), both('cervical')] })).toBe('probable');
  });
  it('co-location: UMN in 3 spinal regions and LMN in bulbar + 2 spinal regions, together only in 2 spinal regions, is not definite', () => {
    const r = [both('cervical'), both('lumbosacral'), umnOnly('thoracic'), lmnOnly('bulbar')];
    expect(cat({ regions: r })).toBe('probable');
  });
  it('co-location in spinal regions: UMN cervical+thoracic+lumbosacral with LMN missing in thoracic is probable', () => {
    expect(cat({ regions: [both('cervical'), umnOnly('thoracic'), both('lumbosacral')] })).toBe('probable');
  });
  it('uses clinical LMN only: EMG in a third region does not make definite', () => {
    const spec = {
      regions: [both('bulbar'), both('cervical'), umnOnly('lumbosacral')],
      muscles: [denervated('tibialisAnterior'), denervated('gastrocnemiusMedial')],
    };
    expect(cat(spec)).toBe('probable');
    expect(evaluateDiagnosis(makeCase(spec), AS_OF).awaji.category).toBe('definite');
  });
});

describe('Brooks 2000: clinically probable (UMN and LMN in ≥2 regions, some UMN rostral to LMN)', () => {
  it('R2 (default): UMN bulbar+cervical, LMN cervical+lumbosacral is probable (UMN in bulbar above LMN)', () => {
    expect(cat({ regions: [umnOnly('bulbar'), both('cervical'), lmnOnly('lumbosacral')] })).toBe('probable');
  });
  it('R2: UMN and LMN in 2 regions each but no UMN region rostral to an LMN region is not probable', () => {
    // UMN cervical + lumbosacral; LMN bulbar + cervical: the most rostral UMN (cervical) is not above any LMN region
    const r = [lmnOnly('bulbar'), both('cervical'), umnOnly('lumbosacral')];
    const x = eec({ regions: r });
    expect(x.category).toBe('possible');
    expect(x.trace.some((t) => t.step.startsWith('probable') && t.result === 'notMet')).toBe(true);
  });
  it('R2 needs UMN in ≥2 regions: UMN in 1 region with LMN in 2 is not probable', () => {
    expect(cat({ regions: [both('cervical'), lmnOnly('lumbosacral')] })).toBe('possible');
  });
  it('R1 (strict co-location) needs two regions with both signs', () => {
    const r = [umnOnly('bulbar'), both('cervical'), lmnOnly('lumbosacral')];
    expect(cat({ regions: r }, { rostralReading: 'R1' })).toBe('possible');
    expect(cat({ regions: [both('cervical'), both('lumbosacral')] }, { rostralReading: 'R1' })).toBe('probable');
  });
  it('R3 (lenient) makes UMN bulbar with LMN cervical probable; R2 leaves it unclassified', () => {
    const r = [umnOnly('bulbar'), lmnOnly('cervical')];
    expect(cat({ regions: r }, { rostralReading: 'R3' })).toBe('probable');
    expect(cat({ regions: r })).toBe('unclassified');
  });
  it('R3: LMN above UMN (LMN cervical, UMN lumbosacral) is not probable but possible', () => {
    expect(cat({ regions: [lmnOnly('cervical'), umnOnly('lumbosacral')] }, { rostralReading: 'R3' })).toBe('possible');
  });
  it('the trace names the reading used', () => {
    const x = eec({ regions: [both('cervical'), both('lumbosacral')] });
    expect(x.trace[0]!.detail).toContain('rostralReading = R2');
  });
});

describe('Brooks 2000: probable laboratory-supported (UMN in ≥1 region, EMG LMN in ≥2 regions)', () => {
  const emgTwoRegions = [
    denervated('firstDorsalInterosseous'),
    denervated('bicepsBrachii'),
    denervated('tibialisAnterior'),
    denervated('gastrocnemiusMedial'),
  ];
  it('UMN and LMN clinically in one region with EMG LMN in two regions is lab-supported', () => {
    expect(cat({ regions: [both('cervical')], muscles: emgTwoRegions })).toBe('probableLabSupported');
  });
  it('UMN alone in one region with EMG LMN in two regions is lab-supported', () => {
    expect(cat({ regions: [umnOnly('bulbar')], muscles: emgTwoRegions })).toBe('probableLabSupported');
  });
  it('needs EMG: the same clinical picture without EMG is possible', () => {
    expect(cat({ regions: [both('cervical')] })).toBe('possible');
  });
  it('EMG LMN in only one region is not enough', () => {
    expect(cat({ regions: [both('cervical')], muscles: emgTwoRegions.slice(0, 2) })).toBe('possible');
  });
  it('fasciculation-only EMG does not count under revised El Escorial (it does under Awaji)', () => {
    const muscles = [
      denervated('firstDorsalInterosseous'),
      denervated('bicepsBrachii'),
      fasciculationOnly('tibialisAnterior'),
      fasciculationOnly('gastrocnemiusMedial'),
    ];
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')], muscles }), AS_OF);
    expect(d.elEscorial.category).toBe('possible');
    expect(d.regions[3]!.sets.revisedElEscorial.lmnEmg.present).toBe(false);
    expect(d.regions[3]!.sets.awaji.lmnEmg.present).toBe(true);
  });
  it('EMG in thoracic and bulbar regions counts (regions, not limbs)', () => {
    const muscles = [
      denervated('genioglossus', 'midline'),
      denervated('thoracicParaspinals', 'right', { thoracicLevel: 9 }),
    ];
    expect(cat({ regions: [umnOnly('lumbosacral')], muscles })).toBe('probableLabSupported');
  });
  it('without UMN signs EMG alone is never lab-supported', () => {
    expect(cat({ regions: [lmnOnly('cervical')], muscles: emgTwoRegions })).toBe('notMet');
  });
  it("the 'standalone' reading makes UMN and LMN in one region lab-supported without EMG", () => {
    expect(cat({ regions: [both('cervical')] }, { labSupportedReading: 'standalone' })).toBe('probableLabSupported');
  });
  it('probable outranks lab-supported when both apply', () => {
    expect(cat({ regions: [both('bulbar'), both('cervical')], muscles: emgTwoRegions })).toBe('probable');
  });
});

describe('Brooks 2000: clinically possible', () => {
  it('UMN and LMN together in only one region', () => {
    expect(cat({ regions: [both('lumbosacral')] })).toBe('possible');
  });
  it('UMN signs alone in ≥2 regions (a PLS pattern)', () => {
    expect(cat({ regions: [umnOnly('bulbar'), umnOnly('cervical')] })).toBe('possible');
  });
  it('LMN signs rostral to UMN signs (LMN cervical, UMN lumbosacral)', () => {
    expect(cat({ regions: [lmnOnly('cervical'), umnOnly('lumbosacral')] })).toBe('possible');
  });
});

describe('patterns the criteria do not cover (unclassified) and not met', () => {
  it('UMN bulbar only with LMN cervical only is unclassified, with the reason', () => {
    const x = eec({ regions: [umnOnly('bulbar'), lmnOnly('cervical')] });
    expect(x.category).toBe('unclassified');
    expect(x.pattern).toContain('the criteria do not cover');
  });
  it('UMN in one region and LMN in a caudal region only is unclassified', () => {
    expect(cat({ regions: [umnOnly('cervical'), lmnOnly('lumbosacral')] })).toBe('unclassified');
  });
  it('UMN in one region with EMG LMN in one other region is unclassified (LMN evidence exists)', () => {
    expect(
      cat({
        regions: [umnOnly('bulbar')],
        muscles: [denervated('firstDorsalInterosseous'), denervated('bicepsBrachii')],
      }),
    ).toBe('unclassified');
  });
  it('a pure LMN syndrome is not met, named as the PMA pattern (formerly "suspected")', () => {
    const x = eec({ regions: [lmnOnly('cervical'), lmnOnly('lumbosacral')] });
    expect(x.category).toBe('notMet');
    expect(x.pattern).toContain('pure LMN');
  });
  it('UMN signs in one region without LMN evidence is not met', () => {
    expect(cat({ regions: [umnOnly('lumbosacral')] })).toBe('notMet');
  });
  it('no signs is not met', () => {
    expect(cat({ regions: [] })).toBe('notMet');
  });
});

describe('clinical LMN sign (rEEC reading: wasting, or weakness of LMN type; fasciculations alone never)', () => {
  const with2 = (lmn: RegionExam) => cat({ regions: [both('bulbar'), { ...lmn, umnSigns: ['hoffmann'] }] });
  it('wasting counts', () => expect(with2(region('cervical', { wasting: true }))).toBe('probable'));
  it('weakness of LMN type counts', () => expect(with2(region('cervical', { lmnType: true }))).toBe('probable'));
  it('weakness not judged LMN type does not', () =>
    expect(with2(region('cervical', { weakness: true }))).toBe('possible'));
  it('fasciculations alone do not', () => expect(with2(region('cervical', { fasc: true }))).toBe('possible'));
});

describe('prerequisites (Brooks 2000 A3, B1–B2): nothing is met without progression; exclusions pending are named', () => {
  const probable = [both('bulbar'), both('cervical')];
  it('progression recorded as not documented: notMet, the anatomical category kept beside it', () => {
    const x = eec({ regions: probable, progression: false });
    expect(x.category).toBe('notMet');
    expect(x.anatomicalCategory).toBe('probable');
    expect(x.status).toBe('notProgressive');
  });
  it('progression not recorded at all: notMet with the missing fact named', () => {
    const x = eec({ regions: probable, progression: 'unrecorded' });
    expect(x.category).toBe('notMet');
    expect(x.status).toBe('progressionNotRecorded');
    expect(x.needs).toContain('history.progression.documented');
  });
  it('progression only by electrophysiology is not enough for revised El Escorial, enough for Awaji', () => {
    const d = evaluateDiagnosis(makeCase({ regions: probable, progression: 'electrophysiology' }), AS_OF);
    expect(d.elEscorial.category).toBe('notMet');
    expect(d.awaji.category).toBe('probable');
  });
  it('exclusions not complete: the category is shown, pending the named exclusions', () => {
    const x = eec({ regions: probable, workup: [] });
    expect(x.category).toBe('probable');
    expect(x.status).toBe('pendingExclusions');
    expect(x.pendingExclusions.map((t) => t.code)).toEqual(expect.arrayContaining(['b12', 'spep', 'mriBrain']));
  });
  it('an investigation judged to explain the signs withholds the category', () => {
    const spec = makeCase({ regions: probable });
    spec.investigations!.push({
      code: 'mriBrain',
      date: '2024-04-01',
      result: 'abnormal',
      explainsPresentation: true,
      note: 'brainstem lesion',
    });
    const x = evaluateDiagnosis(spec, AS_OF).elEscorial;
    expect(x.category).toBe('notMet');
    expect(x.anatomicalCategory).toBe('probable');
    expect(x.status).toBe('alternativeExplanation');
  });
});

describe('Brooks 2000: clinically definite familial ALS, laboratory-supported (beside the category)', () => {
  const sod1 = (classification: 'pathogenic' | 'vus' = 'pathogenic', gene = 'SOD1') => {
    const c = makeCase({ regions: [both('lumbosacral')] });
    c.genetics = [{ gene, classification, variant: 'p.Ala5Val', date: '2024-02-01' }];
    c.history!.familyHistory = { als: true };
    return evaluateDiagnosis(c, AS_OF).elEscorial;
  };
  it('UMN and LMN signs with a pathogenic SOD1 variant: familial lab-supported reported beside "possible"', () => {
    const x = sod1();
    expect(x.category).toBe('possible');
    expect(x.familialLabSupported).toBe(true);
    expect(x.familial.variants[0]).toMatchObject({ gene: 'SOD1', classification: 'pathogenic' });
  });
  it('a variant of uncertain significance does not count', () => expect(sod1('vus').familialLabSupported).toBe(false));
  it('a pathogenic variant in a mimic gene (AR) does not count', () =>
    expect(sod1('pathogenic', 'AR').familialLabSupported).toBe(false));
  it('needs UMN and LMN signs: a carrier with UMN signs only does not', () => {
    const c = makeCase({ regions: [umnOnly('lumbosacral')] });
    c.genetics = [{ gene: 'SOD1', classification: 'pathogenic' }];
    expect(evaluateDiagnosis(c, AS_OF).elEscorial.familialLabSupported).toBe(false);
  });
  it('needs progression', () => {
    const c = makeCase({ regions: [both('lumbosacral')], progression: false });
    c.genetics = [{ gene: 'C9orf72', classification: 'pathogenic' }];
    expect(evaluateDiagnosis(c, AS_OF).elEscorial.familialLabSupported).toBe(false);
  });
  // Brooks 2000: "Clinically Definite Familial ALS – Laboratory-supported": UMN and LMN signs in at
  // least a single region (as in Clinically Possible ALS), in a family with ALS, with an identified
  // pathogenic gene mutation. Issue 8, defect 9.
  const carrier = (familyHistory: { als?: boolean } | undefined, regions: RegionExam[] = [both('lumbosacral')]) => {
    const c = makeCase({ regions });
    c.genetics = [{ gene: 'SOD1', classification: 'pathogenic', date: '2024-02-01' }];
    if (familyHistory) c.history!.familyHistory = familyHistory;
    return evaluateDiagnosis(c, AS_OF).elEscorial;
  };
  it('a carrier with no family history of ALS is not familial ALS', () => {
    const x = carrier({ als: false });
    expect(x.familialLabSupported).toBe(false);
    expect(x.familial.detail).toMatch(/no family history of ALS/);
    expect(x.category).toBe('possible');
  });
  it('a carrier whose family history is not recorded: not met, and the detail names the fact it needs', () => {
    const x = carrier(undefined);
    expect(x.familialLabSupported).toBe(false);
    expect(x.familial.detail).toMatch(/history\.familyHistory\.als/);
  });
  it('UMN and LMN signs must meet in one region (as in possible): UMN in one region, LMN in another does not', () => {
    const x = carrier({ als: true }, [umnOnly('lumbosacral'), lmnOnly('cervical')]);
    expect(x.familialLabSupported).toBe(false);
  });
  it('LMN signs are clinical, as in possible: EMG LMN evidence alone does not count', () => {
    const c = makeCase({
      regions: [umnOnly('cervical')],
      muscles: [denervated('firstDorsalInterosseous'), denervated('bicepsBrachii')],
    });
    c.genetics = [{ gene: 'SOD1', classification: 'pathogenic', date: '2024-02-01' }];
    c.history!.familyHistory = { als: true };
    expect(evaluateDiagnosis(c, AS_OF).elEscorial.familialLabSupported).toBe(false);
  });
  it('a result dated after asOf is ignored', () => {
    const c = makeCase({ regions: [both('lumbosacral')] });
    c.genetics = [{ gene: 'SOD1', classification: 'pathogenic', date: '2025-01-01' }];
    expect(evaluateDiagnosis(c, AS_OF).elEscorial.familialLabSupported).toBe(false);
  });
});

describe('the pure classifier on named regions', () => {
  const both = { umn: ['bulbar', 'cervical'], lmnClinical: ['bulbar', 'cervical'], lmnEmg: [] } as const;
  it('matches the documented example', () => {
    expect(classifyElEscorial(both, DEFAULT_DIAGNOSIS_SETTINGS).category).toBe('probable');
  });
  it('gives a frozen result, equal for the same regions in any order', () => {
    // Brooks 2000: LMN signs rostral to UMN signs are clinically possible.
    const a = classifyElEscorial(
      { umn: ['cervical'], lmnClinical: ['bulbar'], lmnEmg: [] },
      DEFAULT_DIAGNOSIS_SETTINGS,
    );
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.category).toBe('possible');
    const reordered = { umn: ['cervical', 'bulbar'], lmnClinical: ['cervical', 'bulbar'], lmnEmg: [] } as const;
    expect(classifyElEscorial(reordered, DEFAULT_DIAGNOSIS_SETTINGS)).toEqual(
      classifyElEscorial(both, DEFAULT_DIAGNOSIS_SETTINGS),
    );
  });
});
