import { describe, expect, it } from 'vitest';
import type { CareDecision, PatientCase } from '../../facts/index.js';
import {
  AS_OF,
  alsfrsrFixture,
  codesOf,
  DIAGNOSED,
  find,
  quietCase,
  suppressedCodes,
  vc,
} from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';
import type { CareSettings } from '../settings.js';
import type { CareContext } from '../types.js';

const run = (c: PatientCase, settings: Partial<CareSettings> = {}, ctx: CareContext = DIAGNOSED) =>
  evaluateCare(c, AS_OF, ctx, settings);
const done = (code: string, date: string): CareDecision => ({ code, status: 'done', date });

describe('team.multidisciplinaryClinic: AAN 2009b, specialist MDC prolongs survival (Level B)', () => {
  it('is recommended at diagnosis until recorded as done', () => {
    expect(find(run(quietCase()), 'team.multidisciplinaryClinic')?.source.level).toBe('Level B');
    const referred = { ...quietCase(), careDecisions: [done('team.multidisciplinaryClinic', '2025-02-01')] };
    expect(codesOf(run(referred))).not.toContain('team.multidisciplinaryClinic');
  });
  it('is not recommended before diagnosis', () => {
    expect(codesOf(run(quietCase(), {}, { alsDiagnosed: false }))).not.toContain('team.multidisciplinaryClinic');
  });
});

describe('team.refer.*: care reference M4 referral matrix (AAN 2009a/b, NICE NG42, EAN 2024)', () => {
  it('at diagnosis: team.refer.dietitian, team.refer.physiotherapy, team.refer.respiratory, team.refer.socialWork', () => {
    const codes = codesOf(run(quietCase()));
    for (const d of ['dietitian', 'physiotherapy', 'respiratory', 'socialWork'])
      expect(codes).toContain(`team.refer.${d}`);
    for (const d of [
      'speechAndLanguage',
      'occupationalTherapy',
      'psychology',
      'palliativeCare',
      'gastrostomyService',
    ]) {
      expect(codes).not.toContain(`team.refer.${d}`);
    }
  });
  it('team.refer.speechAndLanguage on speech or swallowing item <= 3, not at 4', () => {
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { swallowing: 3 })] }))).toContain(
      'team.refer.speechAndLanguage',
    );
    expect(codesOf(run(quietCase()))).not.toContain('team.refer.speechAndLanguage');
  });
  it('team.refer.occupationalTherapy on fine-motor item <= 2, not at 3', () => {
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { handwriting: 2 })] }))).toContain(
      'team.refer.occupationalTherapy',
    );
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { handwriting: 3 })] }))).not.toContain(
      'team.refer.occupationalTherapy',
    );
  });
  it('team.refer.psychology for reported depression or caregiver strain', () => {
    expect(codesOf(run({ ...quietCase(), symptoms: [{ date: '2025-05-20', symptom: 'caregiverStrain' }] }))).toContain(
      'team.refer.psychology',
    );
  });
  it('team.refer.palliativeCare at FVC < 50 %, at weight loss >= 10 %, or with a severe symptom', () => {
    expect(codesOf(run({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 49)] }))).toContain(
      'team.refer.palliativeCare',
    );
    expect(codesOf(run({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 50)] }))).not.toContain(
      'team.refer.palliativeCare',
    );
    expect(codesOf(run({ ...quietCase(), weights: [{ date: '2025-05-25', weightKg: 63 }] }))).toContain(
      'team.refer.palliativeCare',
    );
    expect(codesOf(run({ ...quietCase(), weights: [{ date: '2025-05-25', weightKg: 63.1 }] }))).not.toContain(
      'team.refer.palliativeCare',
    );
    const severe = {
      ...quietCase(),
      symptoms: [{ date: '2025-05-20', symptom: 'pain' as const, severity: 'severe' as const }],
    };
    expect(codesOf(run(severe))).toContain('team.refer.palliativeCare');
  });
  it('team.refer.gastrostomyService (gastroenterology/IR) once a gastrostomy is agreed, until it is placed', () => {
    const agreed = {
      ...quietCase(),
      careDecisions: [{ code: 'nutrition.weightLossSevere', status: 'accepted' as const, date: '2025-05-25' }],
    };
    expect(codesOf(run(agreed))).toContain('team.refer.gastrostomyService');
    const placed = { ...agreed, interventions: [{ kind: 'gastrostomy' as const, startDate: '2025-05-30' }] };
    expect(codesOf(run(placed))).not.toContain('team.refer.gastrostomyService');
  });
  it('a dietitian referral marked done returns when weight loss >= 5 % begins after it', () => {
    const referred = { ...quietCase(), careDecisions: [done('team.refer.dietitian', '2025-02-01')] };
    expect(suppressedCodes(run(referred))).toContain('team.refer.dietitian');
    const losing = { ...referred, weights: [{ date: '2025-05-25', weightKg: 66 }] };
    const r = find(run(losing), 'team.refer.dietitian');
    expect(r?.status).toBe('reopened');
    expect(r?.decisionNote).toMatch(/began again on 2025-05-25/);
  });
});

describe('team.visitCadence: AAN 2009a / NICE QS126, every ~3 months, shorter for fast progressors', () => {
  it('due 3 months after the last visit at ΔFS 1.0', () => {
    const r = find(run(quietCase(), {}, { alsDiagnosed: true, progressionRatePerMonth: 1.0 }), 'team.visitCadence');
    expect(r?.due).toBe('2025-08-19');
  });
  it('due 2 months after the last visit at ΔFS 1.1', () => {
    const r = find(run(quietCase(), {}, { alsDiagnosed: true, progressionRatePerMonth: 1.1 }), 'team.visitCadence');
    expect(r?.due).toBe('2025-07-20');
    expect(r?.reason).toMatch(/Fast progression/);
  });
  it('the shorter interval also tightens respiratory testing (NICE QS126: 2 months)', () => {
    const fast = { alsDiagnosed: true, progressionRatePerMonth: 1.5 };
    const c = { ...quietCase(), vitalCapacity: [vc('2025-04-10', 90)] };
    expect(codesOf(run(c, {}, fast))).toContain('monitoring.measureFvc');
    expect(codesOf(run(c, {}, { alsDiagnosed: true, progressionRatePerMonth: 0.5 }))).not.toContain(
      'monitoring.measureFvc',
    );
  });
});

describe('planning.advanceCarePlan.offer: NICE NG42, advance care planning from diagnosis', () => {
  it('fires with no plan recorded; not once one is', () => {
    expect(codesOf(run({ ...quietCase(), advanceCarePlans: [] }))).toContain('planning.advanceCarePlan.offer');
    expect(codesOf(run(quietCase()))).not.toContain('planning.advanceCarePlan.offer');
  });
});

describe('planning.advanceCarePlan.revisit: NICE NG42 key stages, at least yearly (neuro-plans)', () => {
  it('revisits after NIV starts', () => {
    const c = { ...quietCase(), interventions: [{ kind: 'niv' as const, startDate: '2025-04-01', hoursPerDay: 6 }] };
    expect(find(run(c), 'planning.advanceCarePlan.revisit')?.reason).toMatch(/niv started/);
  });
  it('revisits when FVC falls below 50 %, not at 50 %', () => {
    expect(codesOf(run({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 49)] }))).toContain(
      'planning.advanceCarePlan.revisit',
    );
    expect(codesOf(run({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 50)] }))).not.toContain(
      'planning.advanceCarePlan.revisit',
    );
  });
  it('revisits when speech reaches item 2, before communication fails', () => {
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { speech: 2 })] }))).toContain(
      'planning.advanceCarePlan.revisit',
    );
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { speech: 3 })] }))).not.toContain(
      'planning.advanceCarePlan.revisit',
    );
  });
  it('revisits a plan 12 months old, not 11', () => {
    const aged = (date: string) => ({ ...quietCase(), advanceCarePlans: [{ date, topics: ['gastrostomy'] }] });
    expect(codesOf(run(aged('2024-06-01')))).toContain('planning.advanceCarePlan.revisit');
    expect(codesOf(run(aged('2024-07-01')))).not.toContain('planning.advanceCarePlan.revisit');
  });
  it('a trigger older than the latest plan does not fire', () => {
    const c = {
      ...quietCase(),
      interventions: [{ kind: 'niv' as const, startDate: '2025-03-01', hoursPerDay: 6 }],
      advanceCarePlans: [{ date: '2025-04-01', topics: ['niv', 'tracheostomy', 'gastrostomy'] }],
    };
    expect(codesOf(run(c))).not.toContain('planning.advanceCarePlan.revisit');
  });
});

describe('planning.caregiverSupport: NICE NG42 / EAN 2024; Zarit >= 21', () => {
  it('Zarit 21 fires, 20 does not; the UK text names the carer’s assessment', () => {
    const z = (score: number) => ({ ...quietCase(), screenings: [{ date: '2025-05-20', instrument: 'Zarit', score }] });
    expect(codesOf(run(z(21)))).toContain('planning.caregiverSupport');
    expect(codesOf(run(z(20)))).not.toContain('planning.caregiverSupport');
    expect(find(run(z(30), { jurisdiction: 'UK' }), 'planning.caregiverSupport')?.reason).toMatch(/carer’s assessment/);
  });
});

describe('planning.hospiceEligibility: Medicare LCD for ALS (US only)', () => {
  const breathing = (vcPercent: number): PatientCase => ({
    ...quietCase(),
    vitalCapacity: [vc('2025-05-25', vcPercent)],
    alsfrsr: [alsfrsrFixture('2025-05-25', { dyspnoea: 1 })],
    medications: [{ drug: 'oxygen', startDate: '2025-05-01' }],
    careDecisions: [
      { code: 'breathing.niv.offer', status: 'declined', date: '2025-05-25', reason: 'does not want ventilation' },
    ],
  });
  it('(a) VC 29 %, dyspnoea at rest, oxygen at rest and ventilation declined: eligible in the US', () => {
    expect(find(run(breathing(29)), 'planning.hospiceEligibility')?.triggers).toHaveLength(4);
  });
  it('(a) VC 30 % is not', () => expect(codesOf(run(breathing(30)))).not.toContain('planning.hospiceEligibility'));
  it('(a) severe reported dyspnoea counts as dyspnoea at rest; moderate does not', () => {
    const reported = (severity: 'severe' | 'moderate'): PatientCase => ({
      ...breathing(25),
      alsfrsr: [alsfrsrFixture('2025-05-25')],
      symptoms: [{ date: '2025-05-25', symptom: 'dyspnoea', severity }],
    });
    expect(codesOf(run(reported('severe')))).toContain('planning.hospiceEligibility');
    expect(codesOf(run(reported('moderate')))).not.toContain('planning.hospiceEligibility');
  });
  it('(a) without a declined ventilation decision is not', () => {
    expect(codesOf(run({ ...breathing(25), careDecisions: [] }))).not.toContain('planning.hospiceEligibility');
  });
  it('never outside the US', () => {
    for (const jurisdiction of ['EU', 'UK', 'CA', 'JP'] as const) {
      expect(codesOf(run(breathing(20), { jurisdiction }))).not.toContain('planning.hospiceEligibility');
    }
  });
  it('(b) rapid progression within 12 months with continuing weight loss and no feeding tube', () => {
    const rapid: PatientCase = {
      ...quietCase(),
      alsfrsr: [
        alsfrsrFixture('2024-09-01'),
        alsfrsrFixture('2025-05-25', { walking: 1, speech: 1, swallowing: 2, dressing: 1 }),
      ],
      weights: [
        { date: '2025-03-01', weightKg: 60 },
        { date: '2025-05-25', weightKg: 57 },
      ],
    };
    const r = find(run(rapid), 'planning.hospiceEligibility');
    expect(r?.reason).toMatch(/confirm intake insufficient/);
    const slower = {
      ...rapid,
      alsfrsr: [
        alsfrsrFixture('2024-09-01'),
        alsfrsrFixture('2025-05-25', { walking: 2, speech: 1, swallowing: 2, dressing: 1 }),
      ],
    };
    expect(codesOf(run(slower))).not.toContain('planning.hospiceEligibility');
  });
});
