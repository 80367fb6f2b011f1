import { describe, expect, it } from 'vitest';
import type { RegionExam } from '../facts/index.js';
import { makeCase, region, UMN } from '../testkit/diagnosis.js';
import { CORE_TESTS } from './catalogue.js';
import { evaluateDiagnosis } from './evaluate.js';

const AS_OF = '2024-06-01';
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true });
const required = (d: ReturnType<typeof evaluateDiagnosis>) => d.workup.filter((w) => w.required).map((w) => w.code);

describe('EFNS 2012 workup: core tests for every patient', () => {
  it('asks for every core test, each with why, and reports them pending when nothing is recorded', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')], workup: [] }), AS_OF);
    expect(required(d)).toEqual(expect.arrayContaining([...CORE_TESTS]));
    expect(d.exclusions.complete).toBe(false);
    expect(d.exclusions.pending.map((p) => p.code)).toEqual(expect.arrayContaining([...CORE_TESTS]));
    for (const w of d.workup) expect(w.why.length).toBeGreaterThan(0);
  });
  it('an EMG study records the NCS/EMG item', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')], muscles: [], workup: [] }), AS_OF);
    expect(d.workup.find((w) => w.code === 'ncsEmg')!.status).toBe('done');
  });
});

describe('Turner & Talbot 2013: imaging as the presentation requires', () => {
  it('no signs above the neck: MRI cervical spine', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')], workup: [] }), AS_OF);
    expect(required(d)).toContain('mriCervicalSpine');
    expect(required(d)).not.toContain('mriBrain');
  });
  it('bulbar involvement: MRI brain', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('bulbar')], workup: [] }), AS_OF);
    expect(required(d)).toContain('mriBrain');
    expect(required(d)).not.toContain('mriCervicalSpine');
  });
});

describe('phenotype-targeted tests', () => {
  const pma = [region('cervical', { wasting: true }), region('lumbosacral', { wasting: true, side: 'left' })];
  it('pure LMN syndrome: anti-GM1 and CSF; in a man also the AR CAG repeat', () => {
    expect(required(evaluateDiagnosis(makeCase({ regions: pma, sex: 'female' }), AS_OF))).toEqual(
      expect.arrayContaining(['antiGm1', 'csf']),
    );
    const man = required(evaluateDiagnosis(makeCase({ regions: pma, sex: 'male' }), AS_OF));
    expect(man).toContain('arCagRepeat');
    expect(required(evaluateDiagnosis(makeCase({ regions: pma, sex: 'female' }), AS_OF))).not.toContain('arCagRepeat');
  });
  it('genetic testing is offered to everyone and never blocks exclusions', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')] }), AS_OF);
    const g = d.workup.find((w) => w.code === 'geneticPanel')!;
    expect(g.required).toBe(false);
    expect(g.status).toBe('notRecorded');
    expect(d.exclusions.complete).toBe(true);
  });
  it('a genetic result records the genetic testing item', () => {
    const c = makeCase({ regions: [both('cervical')] });
    c.genetics = [{ gene: 'C9orf72', classification: 'negative', date: '2024-04-01' }];
    expect(evaluateDiagnosis(c, AS_OF).workup.find((w) => w.code === 'geneticPanel')!.status).toBe('done');
  });
});

describe('results and review', () => {
  const base = () => makeCase({ regions: [both('cervical')] });
  it('a pending repeat does not hide an earlier result', () => {
    const c = base();
    c.investigations!.push({ code: 'b12', date: '2024-05-01', result: 'pending' });
    expect(evaluateDiagnosis(c, AS_OF).workup.find((w) => w.code === 'b12')!.status).toBe('done');
  });
  it('a test only ordered (pending) keeps exclusions open', () => {
    const c = base();
    c.investigations = c.investigations!.filter((i) => i.code !== 'b12');
    c.investigations.push({ code: 'b12', date: '2024-05-01', result: 'pending' });
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.workup.find((w) => w.code === 'b12')!.status).toBe('pending');
    expect(d.exclusions.pending.map((p) => p.code)).toEqual(['b12']);
  });
  it('the latest result on or before asOf wins; later results are ignored', () => {
    const c = base();
    c.investigations!.push({ code: 'b12', date: '2024-05-01', result: 'abnormal', value: 120, unit: 'pmol/L' });
    c.investigations!.push({ code: 'b12', date: '2024-07-01', result: 'normal' });
    const d = evaluateDiagnosis(c, AS_OF);
    const b12 = d.workup.find((w) => w.code === 'b12')!;
    expect(b12.status).toBe('abnormal');
    expect(b12.review).toBe('needed');
    expect(d.exclusions.toReview.map((t) => t.code)).toEqual(['b12']);
    expect(evaluateDiagnosis(c, '2024-07-01').exclusions.complete).toBe(true);
  });
  it('an abnormal result judged not to explain the signs completes the exclusions', () => {
    const c = base();
    c.investigations!.push({
      code: 'ck',
      date: '2024-05-01',
      result: 'abnormal',
      value: 420,
      explainsPresentation: false,
    });
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.workup.find((w) => w.code === 'ck')!.review).toBe('doesNotExplain');
    expect(d.exclusions.complete).toBe(true);
  });
  it('an abnormal result judged to explain the signs is an alternative explanation', () => {
    const c = base();
    c.investigations!.push({
      code: 'mriCervicalSpine',
      date: '2024-05-01',
      result: 'abnormal',
      explainsPresentation: true,
      note: 'cord compression',
    });
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.exclusions.alternativeExplanations).toEqual([
      { code: 'mriCervicalSpine', name: 'MRI cervical spine', note: 'cord compression' },
    ]);
    expect(d.goldCoast.conditions[2].state).toBe('notMet');
  });
  it('a test dated after asOf is not yet done', () => {
    const c = base();
    c.investigations = c.investigations!.filter((i) => i.code !== 'spep');
    c.investigations.push({ code: 'spep', date: '2024-09-01', result: 'normal' });
    expect(evaluateDiagnosis(c, AS_OF).exclusions.pending.map((p) => p.code)).toEqual(['spep']);
  });
  it('a test done without being asked for is listed as optional with its result', () => {
    const c = base();
    c.investigations!.push({ code: 'hiv', date: '2024-05-01', result: 'normal' });
    const hiv = evaluateDiagnosis(c, AS_OF).workup.find((w) => w.code === 'hiv')!;
    expect(hiv).toMatchObject({ required: false, status: 'done', why: ['recorded in the case'] });
  });
  it('a CK from the labs list counts; mildly raised is noted as common in ALS', () => {
    const c = base();
    c.investigations = c.investigations!.filter((i) => i.code !== 'ck');
    c.labs = [{ date: '2024-03-01', test: 'ck', value: 380, unit: 'IU/L', upperLimitOfNormal: 200 }];
    const ck = evaluateDiagnosis(c, AS_OF).workup.find((w) => w.code === 'ck')!;
    expect(ck).toMatchObject({ status: 'done', value: 380, note: 'mildly raised: common in ALS' });
  });
});

describe('examined and normal differs from not examined (issue 8, defect 6)', () => {
  const normalBulbar: RegionExam = { region: 'bulbar', side: 'midline', normal: true };
  const regionLine = (d: ReturnType<typeof evaluateDiagnosis>, step: string) =>
    d.elEscorial.trace.find((t) => t.step === step)!.detail;
  it('the trace says "examined, no sign found" for a region examined and normal, "not examined" otherwise', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical'), normalBulbar] }), AS_OF);
    expect(regionLine(d, 'bulbar region')).toMatch(/UMN: none found; clinical LMN: no \(examined, no LMN sign found\)/);
    expect(regionLine(d, 'lumbosacral region')).toMatch(/^not examined clinically; /);
    expect(regionLine(d, 'lumbosacral region')).not.toMatch(/UMN: none/);
  });
  it('the MRI reason says "no signs above the neck" only when the bulbar region was examined', () => {
    const why = (regions: RegionExam[]) =>
      evaluateDiagnosis(makeCase({ regions, workup: [] }), AS_OF).workup.find((w) => w.code === 'mriCervicalSpine')!
        .why[0];
    expect(why([both('cervical'), normalBulbar])).toBe(
      'no signs above the neck: exclude cervical cord or root compression',
    );
    expect(why([both('cervical')])).toMatch(/bulbar region not examined/);
  });
  it('a muscle sampled and normal counts as sampled for the region', () => {
    const d = evaluateDiagnosis(
      makeCase({ regions: [both('cervical')], muscles: [{ muscle: 'genioglossus', side: 'midline', normal: true }] }),
      AS_OF,
    );
    expect(regionLine(d, 'bulbar region')).toMatch(/EMG LMN: no \(1 sampled, none/);
  });
});
