import { describe, expect, it } from 'vitest';
import type { RegionExam } from '../facts/index.js';
import {
  type CaseSpec,
  completeWorkup,
  denervated,
  fasciculationOnly,
  makeCase,
  region,
  UMN,
} from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { DiagnosisSettings } from './settings.js';

const AS_OF = '2024-06-01';
const gcc = (spec: CaseSpec, s?: Partial<DiagnosisSettings>) => evaluateDiagnosis(makeCase(spec), AS_OF, s).goldCoast;
/** UMN signs with weakness AND wasting (the Gold Coast clinical LMN sign). */
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true, lmnType: true });
const lmn = (r: RegionExam['region']): RegionExam => region(r, { wasting: true, lmnType: true });
const umnOnly = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r] });

describe('Shefner 2020 condition 1: progressive motor impairment, preceded by normal motor function', () => {
  it('met when progression is documented and function was normal before', () => {
    const g = gcc({ regions: [both('cervical')] });
    expect(g.conditions[0].state).toBe('met');
    expect(g.met).toBe(true);
  });
  it('not met when motor function was not normal before', () => {
    const c = makeCase({ regions: [both('cervical')] });
    c.history!.progression!.precededByNormalFunction = false;
    const g = evaluateDiagnosis(c, AS_OF).goldCoast;
    expect(g.conditions[0].state).toBe('notMet');
    expect(g.met).toBe(false);
  });
  it('insufficient, naming the missing fact, when "preceded by normal function" is not recorded', () => {
    const c = makeCase({ regions: [both('cervical')] });
    delete c.history!.progression!.precededByNormalFunction;
    const g = evaluateDiagnosis(c, AS_OF).goldCoast;
    expect(g.conditions[0].state).toBe('insufficient');
    expect(g.conditions[0].needs).toEqual(['history.progression.precededByNormalFunction']);
    expect(g.met).toBe(false);
  });
  it('not met with progression shown only by electrophysiology (history or repeated clinical assessment)', () => {
    expect(gcc({ regions: [both('cervical')], progression: 'electrophysiology' }).conditions[0].state).toBe('notMet');
  });
  it('not met without documented progression', () => {
    expect(gcc({ regions: [both('cervical')], progression: false }).met).toBe(false);
  });
});

describe('Shefner 2020 condition 2: UMN and LMN in one region, or LMN in two regions', () => {
  it('UMN and LMN dysfunction in the same single region is met', () => {
    expect(gcc({ regions: [both('lumbosacral')] }).conditions[1].state).toBe('met');
  });
  it('LMN dysfunction in two regions without UMN signs (PMA) is met once its targeted exclusions are done', () => {
    const regions = [lmn('cervical'), lmn('lumbosacral')];
    const pending = gcc({ regions });
    expect(pending.conditions[1].state).toBe('met');
    expect(pending.pendingExclusions.map((t) => t.code)).toEqual(['antiGm1', 'csf']);
    const g = gcc({ regions, workup: completeWorkup('2024-03-15', ['antiGm1', 'csf', 'mriLumbarSpine']) });
    expect(g.met).toBe(true);
    expect(g.pattern).toContain('progressive muscular atrophy');
  });
  it('PMA on EMG alone (two regions) is met', () => {
    const muscles = [
      denervated('firstDorsalInterosseous'),
      denervated('bicepsBrachii'),
      denervated('genioglossus', 'midline'),
    ];
    expect(gcc({ regions: [], muscles }).conditions[1].state).toBe('met');
  });
  it('LMN dysfunction in one region only, without UMN there, is not met', () => {
    expect(gcc({ regions: [lmn('cervical')] }).conditions[1].state).toBe('notMet');
  });
  it('pure UMN (PLS) is not ALS under Gold Coast', () => {
    const g = gcc({ regions: [umnOnly('bulbar'), umnOnly('cervical'), umnOnly('lumbosacral')] });
    expect(g.met).toBe(false);
    expect(g.pattern).toContain('pure UMN');
  });
  it('UMN and LMN only in different regions: strict (default) not met with the pattern named; literal met', () => {
    const spec = { regions: [umnOnly('bulbar'), lmn('cervical')] };
    const strict = gcc(spec);
    expect(strict.met).toBe(false);
    expect(strict.pattern).toContain('only in different regions');
    expect(gcc(spec, { gccReading: 'literal' }).met).toBe(true);
  });
});

describe('Shefner 2020 footnotes: what counts as UMN and LMN dysfunction', () => {
  it('clinical LMN needs weakness AND wasting: wasting alone counts for rEEC, not for Gold Coast', () => {
    const spec = { regions: [region('cervical', { umn: ['hoffmann'], wasting: true })] };
    const d = evaluateDiagnosis(makeCase(spec), AS_OF);
    expect(d.elEscorial.anatomicalCategory).toBe('possible');
    expect(d.goldCoast.conditions[1].state).toBe('notMet');
  });
  it('EMG: chronic change with fasciculation potentials counts as LMN dysfunction', () => {
    expect(
      gcc({
        regions: [umnOnly('lumbosacral')],
        muscles: [fasciculationOnly('tibialisAnterior'), fasciculationOnly('gastrocnemiusMedial')],
      }).met,
    ).toBe(true);
  });
  it('thoracic on EMG: one paraspinal at or below T6 counts, at T5 it does not', () => {
    const spec = (level: number) => ({
      regions: [umnOnly('thoracic')],
      muscles: [denervated('thoracicParaspinals', 'right', { thoracicLevel: level })],
    });
    expect(gcc(spec(6)).conditions[1].state).toBe('met');
    expect(gcc(spec(5)).conditions[1].state).toBe('notMet');
  });
  it('thoracic on EMG: an abdominal muscle counts', () => {
    expect(gcc({ regions: [umnOnly('thoracic')], muscles: [denervated('rectusAbdominis', 'midline')] }).met).toBe(true);
  });
  it('pseudobulbar affect is not a Gold Coast UMN sign (it is an EEC bulbar UMN feature)', () => {
    const spec = { regions: [region('bulbar', { umn: ['pseudobulbarAffect'], wasting: true, lmnType: true })] };
    const d = evaluateDiagnosis(makeCase(spec), AS_OF);
    expect(d.goldCoast.conditions[1].state).toBe('notMet');
    expect(d.elEscorial.category).toBe('possible');
  });
  it('a snout reflex is a Gold Coast pathological reflex', () => {
    expect(gcc({ regions: [region('bulbar', { umn: ['snout'], wasting: true, lmnType: true })] }).met).toBe(true);
  });
});

describe('Shefner 2020 condition 3: investigations excluding other diseases', () => {
  it('pending investigations: not met yet, the tests named', () => {
    const g = gcc({ regions: [both('cervical')], workup: [] });
    expect(g.conditions[2].state).toBe('pending');
    expect(g.met).toBe(false);
    expect(g.anatomicallyMet).toBe(true);
    expect(g.pendingExclusions.map((t) => t.code)).toContain('mriCervicalSpine');
  });
  it('all three conditions are reported, numbered, with the published wording', () => {
    const g = gcc({ regions: [both('cervical')] });
    expect(g.conditions.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(g.conditions[0].text).toContain('preceded by normal motor function');
    expect(g.conditions[2].state).toBe('met');
  });
});
