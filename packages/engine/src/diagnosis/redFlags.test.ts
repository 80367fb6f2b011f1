import { describe, expect, it } from 'vitest';
import type { PatientCase, RegionExam } from '../facts/index.js';
import { type CaseSpec, makeCase, region, UMN } from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import { CK_RED_FLAG_IU_PER_L, RED_FLAG_RULES, YOUNG_ONSET_AGE_YEARS } from './redFlags.js';

const AS_OF = '2024-06-01';
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true });
const umnOnly = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r] });
const lmnOnly = (r: RegionExam['region'], side: RegionExam['side'] = 'right'): RegionExam =>
  region(r, { wasting: true, side });
const als = [both('bulbar'), both('cervical')];

const withSpec = (spec: CaseSpec, edit?: (c: PatientCase) => void) => () => {
  const c = makeCase(spec);
  edit?.(c);
  return c;
};

interface FlagCase {
  fire: () => PatientCase;
  noFire: () => PatientCase;
  /** fire and noFire differ only outside the motor findings */
  sameMotorPicture: boolean;
}

const CASES: Record<string, FlagCase> = {
  sensorySigns: {
    fire: withSpec({ regions: als, other: { objectiveSensoryLoss: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  sensoryLevel: {
    fire: withSpec({ regions: als, other: { sensoryLevel: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  abnormalSensoryNerveConduction: {
    fire: withSpec({ regions: als, ncs: { sensoryAbnormal: true } }),
    noFire: withSpec({ regions: als, ncs: { sensoryAbnormal: true, sensoryAbnormalExplained: true } }),
    sameMotorPicture: true,
  },
  motorConductionBlock: {
    fire: withSpec({ regions: als, ncs: { motorConductionBlock: true } }),
    noFire: withSpec({ regions: als, ncs: { lowCmap: true } }),
    sameMotorPicture: true,
  },
  sphincterDysfunction: {
    fire: withSpec({ regions: als, other: { sphincterDysfunction: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  ocularMotilityOrPtosis: {
    fire: withSpec({ regions: als, other: { ptosis: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  fatigableWeakness: {
    fire: withSpec({ regions: als, other: { fatigableWeakness: true } }),
    noFire: withSpec({ regions: als, ncs: { rnsDecrement: true } }),
    sameMotorPicture: true,
  },
  lmnArmsUmnLegsWithoutBulbarSigns: {
    fire: withSpec({ regions: [lmnOnly('cervical'), umnOnly('lumbosacral')] }),
    noFire: withSpec({ regions: [umnOnly('bulbar'), lmnOnly('cervical'), umnOnly('lumbosacral')] }),
    sameMotorPicture: false,
  },
  neckOrRadicularPain: {
    fire: withSpec({ regions: als, other: { neckOrRadicularPain: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  lmnConfinedToLegs: {
    fire: withSpec({ regions: [lmnOnly('lumbosacral')] }),
    noFire: withSpec({ regions: [lmnOnly('lumbosacral'), umnOnly('cervical')] }),
    sameMotorPicture: false,
  },
  isolatedDysphagia: {
    fire: withSpec({ regions: als, other: { isolatedDysphagia: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  hemiparesis: {
    fire: withSpec({ regions: als, other: { hemiparesis: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  kennedyFeatures: {
    fire: withSpec({ regions: als, other: { gynaecomastia: true }, sex: 'male' }),
    noFire: withSpec({ regions: als, other: { posturalTremor: true }, sex: 'male' }),
    sameMotorPicture: true,
  },
  myopathicPattern: {
    fire: withSpec({ regions: als, other: { fingerFlexorQuadricepsWeakness: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  ckAbove1000: {
    fire: withSpec(
      { regions: als },
      (c) => (c.labs = [{ date: '2024-03-01', test: 'ck', value: CK_RED_FLAG_IU_PER_L + 1, unit: 'IU/L' }]),
    ),
    noFire: withSpec(
      { regions: als },
      (c) => (c.labs = [{ date: '2024-03-01', test: 'ck', value: CK_RED_FLAG_IU_PER_L, unit: 'IU/L' }]),
    ),
    sameMotorPicture: true,
  },
  abnormalCsf: {
    fire: withSpec({ regions: als }, (c) =>
      c.investigations!.push({ code: 'csf', date: '2024-04-01', result: 'abnormal', note: 'protein 1.9 g/L' }),
    ),
    noFire: withSpec({ regions: als }, (c) =>
      c.investigations!.push({ code: 'csf', date: '2024-04-01', result: 'normal' }),
    ),
    sameMotorPicture: true,
  },
  youngOnsetMonomelicArm: {
    fire: withSpec({ regions: [lmnOnly('cervical')], birthDate: '2000-06-01', onsetDate: '2023-06-01' }),
    noFire: withSpec({ regions: [lmnOnly('cervical')], birthDate: '1960-06-01', onsetDate: '2023-06-01' }),
    sameMotorPicture: true,
  },
  youngOnsetPureLmn: {
    fire: withSpec({
      regions: [lmnOnly('cervical', 'left'), lmnOnly('cervical', 'right')],
      birthDate: '2000-06-01',
      onsetDate: '2023-06-01',
    }),
    noFire: withSpec({
      regions: [lmnOnly('cervical', 'left'), lmnOnly('cervical', 'right')],
      birthDate: '1960-06-01',
      onsetDate: '2023-06-01',
    }),
    sameMotorPicture: true,
  },
  pureUmnSyndrome: {
    fire: withSpec({ regions: [umnOnly('bulbar'), umnOnly('cervical')] }),
    noFire: withSpec({ regions: [umnOnly('bulbar'), both('cervical')] }),
    sameMotorPicture: false,
  },
  cerebellarExtrapyramidalOrAutonomic: {
    fire: withSpec({ regions: als, other: { cerebellarSigns: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  priorPolio: {
    fire: withSpec({ regions: als }, (c) => (c.history!.priorPolio = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  priorRadiotherapy: {
    fire: withSpec({ regions: als }, (c) => (c.history!.priorRadiotherapy = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  fasciculationsWithoutWeakness: {
    fire: withSpec({ regions: [region('cervical', { fasc: true })] }),
    noFire: withSpec({ regions: [region('cervical', { fasc: true, wasting: true })] }),
    sameMotorPicture: false,
  },
  bariatricSurgery: {
    fire: withSpec({ regions: als }, (c) => (c.history!.bariatricSurgery = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  heavyMetalExposure: {
    fire: withSpec({ regions: als }, (c) => (c.history!.heavyMetalExposure = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  ashkenaziAncestryLmn: {
    fire: withSpec({ regions: als }, (c) => (c.history!.ancestry = 'Ashkenazi Jewish')),
    noFire: withSpec({ regions: als }, (c) => (c.history!.ancestry = 'Irish')),
    sameMotorPicture: true,
  },
  dissociatedSensoryLoss: {
    fire: withSpec({ regions: als, other: { dissociatedSensoryLoss: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  lumbarRadicularPain: {
    fire: withSpec({ regions: als, other: { lumbarRadicularPain: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  unilateralTongueWasting: {
    fire: withSpec({ regions: als, other: { unilateralTongueWasting: true } }),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  symmetricProximalLmn: {
    fire: withSpec({
      regions: [lmnOnly('cervical', 'left'), lmnOnly('cervical', 'right')],
      other: { proximalPredominantWeakness: true },
    }),
    noFire: withSpec({ regions: [lmnOnly('cervical', 'left'), lmnOnly('cervical', 'right')] }),
    sameMotorPicture: true,
  },
  myeloneuropathy: {
    fire: withSpec({ regions: als, ncs: { sensoryAbnormal: true } }),
    noFire: withSpec({ regions: als, ncs: { sensoryAbnormal: true, sensoryAbnormalExplained: true } }),
    sameMotorPicture: true,
  },
  adrenalInsufficiencyOrFamilyAld: {
    fire: withSpec({ regions: als }, (c) => (c.history!.adrenalInsufficiency = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  familyHistoryOfMimic: {
    fire: withSpec({ regions: als }, (c) => (c.history!.familyHistory = { diseases: ['spinalMuscularAtrophy'] })),
    noFire: withSpec({ regions: als }, (c) => (c.history!.familyHistory = { als: true })),
    sameMotorPicture: true,
  },
  thyroidDysfunction: {
    fire: withSpec({ regions: als }, (c) =>
      c.investigations!.push({ code: 'thyroid', date: '2024-04-01', result: 'abnormal', note: 'TSH suppressed' }),
    ),
    noFire: withSpec({ regions: als }, (c) =>
      c.investigations!.push({ code: 'thyroid', date: '2024-04-01', result: 'normal' }),
    ),
    sameMotorPicture: true,
  },
  hypercalcaemiaOrHighPth: {
    fire: withSpec(
      { regions: als },
      (c) => (c.labs = [{ date: '2024-03-01', test: 'calcium', value: 2.9, upperLimitOfNormal: 2.6 }]),
    ),
    noFire: withSpec(
      { regions: als },
      (c) => (c.labs = [{ date: '2024-03-01', test: 'calcium', value: 2.4, upperLimitOfNormal: 2.6 }]),
    ),
    sameMotorPicture: true,
  },
  weaknessTempo: {
    fire: withSpec({ regions: als }, (c) => (c.history!.weaknessTempo = 'arrested')),
    noFire: withSpec({ regions: als }, (c) => (c.history!.weaknessTempo = 'progressive')),
    sameMotorPicture: true,
  },
  zincExposure: {
    fire: withSpec({ regions: als }, (c) => (c.history!.zincExposure = true)),
    noFire: withSpec({ regions: als }),
    sameMotorPicture: true,
  },
  htlv1Exposure: {
    fire: withSpec({ regions: als }, (c) => (c.history!.htlv1EndemicOrigin = true)),
    noFire: withSpec({ regions: [lmnOnly('cervical')] }, (c) => (c.history!.htlv1EndemicOrigin = true)),
    sameMotorPicture: false,
  },
};

const flagCodes = (c: PatientCase) => evaluateDiagnosis(c, AS_OF).redFlags.map((f) => f.code);

describe('Turner & Talbot 2013 red flags: every rule is tested', () => {
  it('has a firing and a non-firing case for each rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RED_FLAG_RULES.map((r) => r.code).sort());
  });
});

for (const rule of RED_FLAG_RULES) {
  const t = CASES[rule.code]!;
  describe(`red flag ${rule.code} (${rule.title})`, () => {
    it('fires on its finding, naming mimics and the separating test', () => {
      const d = evaluateDiagnosis(t.fire(), AS_OF);
      const flag = d.redFlags.find((f) => f.code === rule.code);
      expect(flag).toBeDefined();
      expect(flag!.mimics.length).toBeGreaterThan(0);
      expect(flag!.tests.length).toBeGreaterThan(0);
      expect(flag!.finding.length).toBeGreaterThan(0);
    });
    it('does not fire without it', () => {
      expect(flagCodes(t.noFire())).not.toContain(rule.code);
    });
    it('keeps exclusions open until its tests are recorded', () => {
      const c = t.fire();
      const fired = evaluateDiagnosis(c, AS_OF).redFlags.find((f) => f.code === rule.code)!;
      const testCodes = fired.tests.map((x) => x.code as string);
      // A flag whose own finding is a recorded abnormal result starts with its tests recorded.
      if (fired.tests.some((x) => x.status === 'abnormal')) return;
      c.investigations = (c.investigations ?? []).filter((i) => !testCodes.includes(i.code));
      const open = evaluateDiagnosis(c, AS_OF);
      expect(open.redFlags.find((f) => f.code === rule.code)!.status).toBe('open');
      expect(open.exclusions.complete).toBe(false);
      expect(open.exclusions.pending.map((p) => p.code)).toEqual(expect.arrayContaining([...testCodes]));
      for (const code of testCodes) c.investigations.push({ code, date: '2024-05-01', result: 'normal' });
      const closed = evaluateDiagnosis(c, AS_OF);
      // A rule whose negative test does not exclude its mimic waits for the clinician's judgement.
      expect(closed.redFlags.find((f) => f.code === rule.code)!.status).toBe(
        rule.negativeTestsClose === false ? 'awaitingJudgement' : 'testsRecorded',
      );
      expect(closed.exclusions.pending.map((p) => p.code)).not.toEqual(expect.arrayContaining([...testCodes]));
    });
    if (t.sameMotorPicture) {
      it('never changes the anatomical category', () => {
        const a = evaluateDiagnosis(t.fire(), AS_OF);
        const b = evaluateDiagnosis(t.noFire(), AS_OF);
        expect(a.elEscorial.anatomicalCategory).toBe(b.elEscorial.anatomicalCategory);
        expect(a.awaji.anatomicalCategory).toBe(b.awaji.anatomicalCategory);
        expect(a.goldCoast.anatomicallyMet).toBe(b.goldCoast.anatomicallyMet);
      });
    }
  });
}

describe('red flag thresholds and edges', () => {
  it(`young onset: before ${YOUNG_ONSET_AGE_YEARS} fires, at ${YOUNG_ONSET_AGE_YEARS} does not`, () => {
    const at = (birthDate: string) =>
      flagCodes(makeCase({ regions: [lmnOnly('cervical')], birthDate, onsetDate: '2024-01-01' }));
    expect(at('1994-01-02')).toContain('youngOnsetMonomelicArm');
    expect(at('1994-01-01')).not.toContain('youngOnsetMonomelicArm');
  });
  it('a young-onset pattern without a birth date is reported as not judged, naming the fact', () => {
    const c = makeCase({ regions: [lmnOnly('cervical')] });
    delete c.patient.birthDate;
    expect(evaluateDiagnosis(c, AS_OF).redFlagsNotJudged).toEqual([
      { code: 'youngOnsetMonomelicArm', needs: ['patient.birthDate'] },
    ]);
  });
  it('an RNS decrement alone does not raise the myasthenia flag (it occurs in ALS)', () => {
    expect(flagCodes(makeCase({ regions: als, ncs: { rnsDecrement: true } }))).not.toContain('fatigableWeakness');
  });
  it('an abnormal separating test keeps exclusions open until reviewed', () => {
    const c = makeCase({ regions: als, ncs: { motorConductionBlock: true } });
    c.investigations!.push({ code: 'antiGm1', date: '2024-05-01', result: 'abnormal' });
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.redFlags[0]!.status).toBe('testsRecorded');
    expect(d.exclusions.toReview.map((t) => t.code)).toEqual(['antiGm1']);
    expect(d.elEscorial.status).toBe('pendingExclusions');
    c.investigations!.at(-1)!.explainsPresentation = true;
    expect(evaluateDiagnosis(c, AS_OF).elEscorial.status).toBe('alternativeExplanation');
  });
  it('LMN arms with UMN legs is not the myelopathy pattern when the legs also show LMN signs', () => {
    const spec: CaseSpec = {
      regions: [lmnOnly('cervical'), region('lumbosacral', { umn: UMN.lumbosacral, wasting: true })],
    };
    expect(flagCodes(makeCase(spec))).not.toContain('lmnArmsUmnLegsWithoutBulbarSigns');
  });
  it('LMN arms with UMN legs is not the myelopathy pattern when there are bulbar fasciculations', () => {
    const spec: CaseSpec = { regions: [region('bulbar', { fasc: true }), lmnOnly('cervical'), umnOnly('lumbosacral')] };
    expect(flagCodes(makeCase(spec))).not.toContain('lmnArmsUmnLegsWithoutBulbarSigns');
  });
});

describe('a red flag stays open until the clinician judges it, or its separating test settles it (issue 8, defect 5)', () => {
  // BMJ Best Practice: conduction block points to MMN; a negative anti-GM1 does not exclude it.
  const full = (r: RegionExam['region']) => region(r, { umn: UMN[r], wasting: true, weakness: true });
  const mmnPicture = () => {
    const c = makeCase({ regions: [full('bulbar'), full('cervical')], ncs: { motorConductionBlock: true } });
    c.investigations!.push({ code: 'antiGm1', date: '2024-05-01', result: 'normal' });
    return c;
  };
  it('a conduction block with a negative anti-GM1 does not close the exclusions', () => {
    const d = evaluateDiagnosis(mmnPicture(), AS_OF);
    const flag = d.redFlags.find((f) => f.code === 'motorConductionBlock')!;
    expect(flag.status).toBe('awaitingJudgement');
    expect(d.exclusions.complete).toBe(false);
    expect(d.exclusions.openRedFlags.map((f) => f.code)).toEqual(['motorConductionBlock']);
    expect(d.elEscorial.status).toBe('pendingExclusions');
    expect(d.goldCoast.met).toBe(false);
    expect(d.goldCoast.anatomicallyMet).toBe(true);
    expect(d.elEscorial.toConfirm.join('\n')).toMatch(/judgement.*motor conduction block/i);
  });
  it('judged explained by a named clinician: the red flag closes and the exclusions complete', () => {
    const c = mmnPicture();
    c.redFlagJudgements = [
      { date: '2024-05-10', code: 'motorConductionBlock', judgement: 'explained', by: 'Dr A', note: 'entrapment site' },
    ];
    const d = evaluateDiagnosis(c, AS_OF);
    const flag = d.redFlags.find((f) => f.code === 'motorConductionBlock')!;
    expect(flag.status).toBe('judgedExplained');
    expect(flag.judgement).toMatchObject({ judgement: 'explained', by: 'Dr A', date: '2024-05-10' });
    expect(d.exclusions.complete).toBe(true);
    expect(d.elEscorial.status).toBe('prerequisitesMet');
    expect(d.goldCoast.met).toBe(true);
  });
  it('judged not explained: the red flag stays open even with every test recorded', () => {
    const c = makeCase({ regions: als, other: { objectiveSensoryLoss: true } });
    // UMN signs with sensory loss also raise the myeloneuropathy flag (VLCFA, HTLV-1).
    for (const code of ['mriCervicalSpine', 'b12', 'copper', 'spep', 'vlcfa', 'htlv1'])
      c.investigations!.push({ code, date: '2024-05-01', result: 'normal' });
    expect(evaluateDiagnosis(c, AS_OF).exclusions.complete).toBe(true);
    c.redFlagJudgements = [{ date: '2024-05-10', code: 'sensorySigns', judgement: 'notExplained', by: 'Dr A' }];
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.redFlags.find((f) => f.code === 'sensorySigns')!.status).toBe('judgedNotExplained');
    expect(d.exclusions.complete).toBe(false);
    expect(d.elEscorial.status).toBe('pendingExclusions');
  });
  it('the latest judgement on or before the assessment date counts; a later one is ignored', () => {
    const c = mmnPicture();
    c.redFlagJudgements = [
      { date: '2024-05-10', code: 'motorConductionBlock', judgement: 'notExplained', by: 'Dr A' },
      { date: '2024-05-20', code: 'motorConductionBlock', judgement: 'explained', by: 'Dr B' },
      { date: '2024-07-01', code: 'motorConductionBlock', judgement: 'notExplained', by: 'Dr C' },
    ];
    expect(evaluateDiagnosis(c, AS_OF).redFlags[0]!.status).toBe('judgedExplained');
    expect(evaluateDiagnosis(c, '2024-05-15').redFlags[0]!.status).toBe('judgedNotExplained');
  });
  it('a judgement on a red flag that does not fire changes nothing', () => {
    const c = makeCase({ regions: als });
    c.redFlagJudgements = [{ date: '2024-05-10', code: 'sensorySigns', judgement: 'notExplained', by: 'Dr A' }];
    expect(evaluateDiagnosis(c, AS_OF).exclusions.complete).toBe(true);
  });
});
