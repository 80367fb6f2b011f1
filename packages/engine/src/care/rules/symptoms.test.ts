import { describe, expect, it } from 'vitest';
import type { AlsfrsrRecord, PatientCase, SymptomCode } from '../../facts/index.js';
import { evaluateFunction } from '../../function/evaluate.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';
import type { CareSettings } from '../settings.js';

const run = (c: PatientCase, settings: Partial<CareSettings> = {}) => evaluateCare(c, AS_OF, DIAGNOSED, settings);
const reporting = (symptom: SymptomCode, extra: Partial<PatientCase> = {}): PatientCase => ({
  ...quietCase(),
  symptoms: [{ date: '2025-05-20', symptom }],
  ...extra,
});
const scoring = (items: Partial<Omit<AlsfrsrRecord, 'date'>>): PatientCase => ({
  ...quietCase(),
  alsfrsr: [alsfrsrFixture('2025-05-25', items)],
});
const screened = (instrument: string, score: number, abnormal?: boolean): PatientCase => ({
  ...quietCase(),
  screenings: [{ date: '2025-05-20', instrument, score, ...(abnormal !== undefined ? { abnormal } : {}) }],
});

describe('symptoms.sialorrhoea: NICE NG42 antimuscarinic first; AAN 2009b botulinum toxin Level B', () => {
  it('salivation item 2 fires; 3 does not', () => {
    expect(find(run(scoring({ salivation: 2 })), 'symptoms.sialorrhoea')?.triggerValue).toBe(2);
    expect(codesOf(run(scoring({ salivation: 3 })))).not.toContain('symptoms.sialorrhoea');
  });
  it('reported drooling fires', () => expect(codesOf(run(reporting('sialorrhoea')))).toContain('symptoms.sialorrhoea'));
  // Issue 8 defect 3: care read a record the function module rejects (one validated view now).
  it.each([
    ['item 5 scored as both 5a and 5b', { cuttingWithGastrostomy: 3 }],
    ['an item out of range', { speech: 7 as never }],
  ] as const)('never fires from an ALSFRS-R record the function module rejects (%s)', (_, invalid) => {
    const c: PatientCase = {
      ...quietCase(),
      alsfrsr: [alsfrsrFixture('2025-03-01'), { ...alsfrsrFixture('2025-05-25', { salivation: 1 }), ...invalid }],
    };
    expect(evaluateFunction(c, AS_OF).problems.map((p) => p.path)).toContain(`alsfrsr[1].${Object.keys(invalid)[0]}`);
    expect(codesOf(run(c))).not.toContain('symptoms.sialorrhoea');
  });
});

describe('symptoms.thickSecretions: NICE NG42 / EFNS 2012', () => {
  it('fires when reported, not otherwise', () => {
    expect(codesOf(run(reporting('thickSecretions')))).toContain('symptoms.thickSecretions');
    expect(codesOf(run(quietCase()))).not.toContain('symptoms.thickSecretions');
  });
});

describe('symptoms.pseudobulbarAffect: AAN 2009b dextromethorphan/quinidine Level B', () => {
  it('CNS-LS 13 fires; 12 does not', () => {
    expect(codesOf(run(screened('CNS-LS', 13)))).toContain('symptoms.pseudobulbarAffect');
    expect(codesOf(run(screened('CNS-LS', 12)))).not.toContain('symptoms.pseudobulbarAffect');
  });
  it('a reported symptom fires', () =>
    expect(codesOf(run(reporting('pseudobulbarAffect')))).toContain('symptoms.pseudobulbarAffect'));
});

describe('symptoms.spasticity: NICE NG42 / EFNS 2012', () => {
  it('fires when reported', () => expect(codesOf(run(reporting('spasticity')))).toContain('symptoms.spasticity'));
});

describe('symptoms.cramps and symptoms.quinineWarning: FDA 2010 warns against quinine for cramps (US only)', () => {
  it('the cramps advice warns against quinine in the US and names it as an option in the UK', () => {
    expect(find(run(reporting('cramps')), 'symptoms.cramps')?.reason).toMatch(/Do not use quinine/);
    expect(find(run(reporting('cramps'), { jurisdiction: 'UK' }), 'symptoms.cramps')?.reason).toMatch(
      /Quinine is an option/,
    );
    expect(find(run(reporting('cramps'), { jurisdiction: 'EU' }), 'symptoms.cramps')?.reason).not.toMatch(/quinine/i);
  });
  it('notes the mexiletine-riluzole interaction when on riluzole', () => {
    expect(find(run(reporting('cramps')), 'symptoms.cramps')?.reason).toMatch(/CYP1A2/);
  });
  const onQuinine = { ...quietCase(), medications: [{ drug: 'Quinine sulfate', startDate: '2025-05-01' }] };
  it('an active quinine order raises the warning in the US', () => {
    expect(find(run(onQuinine), 'symptoms.quinineWarning')?.source.cite).toMatch(/FDA 2010/);
  });
  it('and nowhere else', () => {
    for (const jurisdiction of ['EU', 'UK', 'CA', 'JP'] as const) {
      expect(codesOf(run(onQuinine, { jurisdiction }))).not.toContain('symptoms.quinineWarning');
    }
  });
});

describe('symptoms.pain: NICE NG42 (gabapentin Schedule 3 in the UK)', () => {
  it('fires when reported; the UK text carries the gabapentin note', () => {
    expect(find(run(reporting('pain'), { jurisdiction: 'UK' }), 'symptoms.pain')?.reason).toMatch(/Schedule 3/);
    expect(find(run(reporting('pain')), 'symptoms.pain')?.reason).not.toMatch(/Schedule 3/);
  });
});

describe('symptoms.mood: EAN 2024 psychological support; PHQ-9 and GAD-7 >= 10', () => {
  it('PHQ-9 10 fires, 9 does not; GAD-7 10 fires', () => {
    expect(codesOf(run(screened('PHQ-9', 10)))).toContain('symptoms.mood');
    expect(codesOf(run(screened('PHQ-9', 9)))).not.toContain('symptoms.mood');
    expect(codesOf(run(screened('GAD-7', 10)))).toContain('symptoms.mood');
  });
  it('a screen flagged abnormal fires whatever the score', () => {
    expect(codesOf(run(screened('PHQ-9', 6, true)))).toContain('symptoms.mood');
  });
});

describe('symptoms.sleep: EFNS 2012, rule out nocturnal hypoventilation first', () => {
  it('ESS 10 fires; 9 does not', () => {
    expect(codesOf(run(screened('ESS', 10)))).toContain('symptoms.sleep');
    expect(codesOf(run(screened('ESS', 9)))).not.toContain('symptoms.sleep');
  });
  it('morning headache fires', () => expect(codesOf(run(reporting('morningHeadache')))).toContain('symptoms.sleep'));
});

describe('symptoms.fatigue: AAN 2009b, withholding riluzole may be considered (Level C)', () => {
  it('mentions riluzole only for someone taking it', () => {
    expect(find(run(reporting('fatigue')), 'symptoms.fatigue')?.reason).toMatch(/withholding it/);
    expect(find(run(reporting('fatigue', { medications: [] })), 'symptoms.fatigue')?.reason).not.toMatch(/riluzole/);
  });
});

describe('symptoms.cognitiveBehaviouralChange: AAN 2009b screening Level B; ECAS <= 105 abnormal', () => {
  it('ECAS 105 fires; 106 does not', () => {
    expect(codesOf(run(screened('ECAS', 105)))).toContain('symptoms.cognitiveBehaviouralChange');
    expect(codesOf(run(screened('ECAS', 106)))).not.toContain('symptoms.cognitiveBehaviouralChange');
  });
  it('ALS-FTD in the history fires', () => {
    const c = { ...quietCase(), history: { ...quietCase().history, ftd: true } };
    expect(codesOf(run(c))).toContain('symptoms.cognitiveBehaviouralChange');
  });
});

describe('symptoms.communication: EAN 2024 communication aids; speech item <= 3', () => {
  it('speech 3 fires; 4 does not; an AAC device in use silences it', () => {
    expect(codesOf(run(scoring({ speech: 3 })))).toContain('symptoms.communication');
    expect(codesOf(run(scoring({ speech: 4 })))).not.toContain('symptoms.communication');
    const aac = { ...scoring({ speech: 2 }), interventions: [{ kind: 'aac' as const, startDate: '2025-04-01' }] };
    expect(codesOf(run(aac))).not.toContain('symptoms.communication');
  });
});

describe('symptoms.voiceBanking: EAN 2024, bank the voice while speech is intelligible', () => {
  it('speech 3 or 2 fires; 1 is too late', () => {
    expect(codesOf(run(scoring({ speech: 3 })))).toContain('symptoms.voiceBanking');
    expect(codesOf(run(scoring({ speech: 2 })))).toContain('symptoms.voiceBanking');
    expect(codesOf(run(scoring({ speech: 1 })))).not.toContain('symptoms.voiceBanking');
  });
  it('bulbar onset fires even with normal speech; limb onset with normal speech does not', () => {
    const bulbar = { ...scoring({ speech: 4 }), history: { ...quietCase().history, onsetSite: 'bulbar' as const } };
    expect(codesOf(run(bulbar))).toContain('symptoms.voiceBanking');
    expect(codesOf(run(scoring({ speech: 4 })))).not.toContain('symptoms.voiceBanking');
  });
});

describe('symptoms.mobility: NICE NG42 falls; walking or stairs item <= 2', () => {
  it('walking 2 fires; 3 does not; a fall fires', () => {
    expect(codesOf(run(scoring({ walking: 2 })))).toContain('symptoms.mobility');
    expect(codesOf(run(scoring({ walking: 3, climbingStairs: 3 })))).not.toContain('symptoms.mobility');
    expect(codesOf(run(reporting('falls')))).toContain('symptoms.mobility');
  });
});

describe('symptoms.upperLimb: clinical practice (care reference S19), OT when fine-motor items <= 2', () => {
  it('cutting 2 fires; 3 does not', () => {
    expect(codesOf(run(scoring({ cuttingWithoutGastrostomy: 2 })))).toContain('symptoms.upperLimb');
    expect(codesOf(run(scoring({ cuttingWithoutGastrostomy: 3 })))).not.toContain('symptoms.upperLimb');
  });
});

describe('symptoms.headDrop: clinical practice (care reference S18)', () => {
  it('fires for head drop on the latest examination', () => {
    const c = { ...quietCase(), exams: [{ date: '2025-05-20', regions: [], other: { headDrop: true } }] };
    expect(codesOf(run(c))).toContain('symptoms.headDrop');
    expect(codesOf(run(quietCase()))).not.toContain('symptoms.headDrop');
  });
});

describe('symptoms.constipation and symptoms.laryngospasm: EFNS 2012', () => {
  it('fire when reported', () => {
    expect(codesOf(run(reporting('constipation')))).toContain('symptoms.constipation');
    expect(codesOf(run(reporting('laryngospasm')))).toContain('symptoms.laryngospasm');
  });
});
