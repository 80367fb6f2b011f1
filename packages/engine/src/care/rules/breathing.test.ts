import { describe, expect, it } from 'vitest';
import type { PatientCase, RespiratoryTest } from '../../facts/index.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase, vc } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';

const run = (c: PatientCase) => evaluateCare(c, AS_OF, DIAGNOSED);
const withResp = (r: Partial<RespiratoryTest>): PatientCase => ({
  ...quietCase(),
  respiratory: [{ date: '2025-05-25', ...r }],
});
const nivCriteria = (c: PatientCase) =>
  (find(run(c), 'breathing.niv.offer')?.triggers ?? []).map((t) => t.note?.split(' [')[0]);

describe('breathing.niv.offer, CMS criteria as used by AAN 2009a: FVC below 50 % predicted', () => {
  it('FVC 49 % fires, urgent, Level B', () => {
    const r = find(run({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 49)] }), 'breathing.niv.offer');
    expect(r?.priority).toBe('urgent');
    expect(r?.source.level).toBe('Level B');
    expect(r).toMatchObject({ triggerMeasure: 'fvcPercentPredicted', triggerValue: 49 });
  });
  it('FVC 50 % does not', () => {
    expect(nivCriteria({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 50)] })).toEqual([]);
  });
  it('a supine value on the same day counts (the lowest of the session)', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-25', 62), vc('2025-05-25', 45, { posture: 'supine' })] };
    expect(nivCriteria(c)).toEqual(['FVC below 50 % predicted']);
  });
  it('an unreliable FVC is not read as a value', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-25', 30, { reliable: false })] };
    expect(nivCriteria(c)).toEqual([]);
  });
});

describe('breathing.niv.offer, CMS criteria: MIP weaker than 60 cmH2O', () => {
  it('59 fires, 60 does not', () => {
    expect(nivCriteria(withResp({ mipCmH2O: 59 }))).toEqual(['MIP weaker than 60 cmH2O']);
    expect(nivCriteria(withResp({ mipCmH2O: 60 }))).toEqual([]);
  });
});

describe('breathing.niv.offer, AAN 2009a: SNIP below 40 cmH2O', () => {
  it('39 fires, 40 does not', () => {
    expect(nivCriteria(withResp({ snipCmH2O: 39 }))).toEqual(['SNIP below 40 cmH2O']);
    expect(nivCriteria(withResp({ snipCmH2O: 40 }))).toEqual([]);
  });
});

describe('breathing.niv.offer, CMS criteria: nocturnal SpO2 <= 88 % for 5 minutes or more', () => {
  it('5 minutes fires, 4 does not', () => {
    expect(nivCriteria(withResp({ nocturnalSpo2At88MinutesContinuous: 5 }))).toEqual([
      'Nocturnal SpO2 <= 88 % for 5 minutes or more',
    ]);
    expect(nivCriteria(withResp({ nocturnalSpo2At88MinutesContinuous: 4 }))).toEqual([]);
  });
});

describe('breathing.niv.offer, CMS criteria: awake PaCO2 >= 45 mmHg', () => {
  it('45 fires, 44 does not', () => {
    expect(nivCriteria(withResp({ paco2MmHg: 45 }))).toEqual(['Awake PaCO2 45 mmHg or more']);
    expect(nivCriteria(withResp({ paco2MmHg: 44 }))).toEqual([]);
  });
});

describe('breathing.niv.offer, AAN 2009a: orthopnoea', () => {
  it('ALSFRS-R orthopnoea item 3 fires; 4 does not', () => {
    const c = (item: 3 | 4) => ({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { orthopnoea: item })] });
    expect(nivCriteria(c(3))).toEqual(['Orthopnoea']);
    expect(nivCriteria(c(4))).toEqual([]);
  });
  it('a reported orthopnoea fires', () => {
    expect(nivCriteria({ ...quietCase(), symptoms: [{ date: '2025-05-25', symptom: 'orthopnoea' }] })).toEqual([
      'Orthopnoea',
    ]);
  });
});

describe('breathing.niv.offer, Leigh 2003 European composite: symptom + weakness + gas exchange', () => {
  it('fires alongside the gas criterion when all three limbs hold', () => {
    const c = {
      ...quietCase(),
      vitalCapacity: [vc('2025-05-25', 78)],
      symptoms: [{ date: '2025-05-25', symptom: 'morningHeadache' as const }],
      respiratory: [{ date: '2025-05-25', paco2MmHg: 50 }],
    };
    expect(nivCriteria(c)).toEqual([
      'Awake PaCO2 45 mmHg or more',
      'Symptom + (FVC <= 80 % or SNIP <= 40) + (nocturnal desaturation or morning PaCO2 >= 6.5 kPa)',
    ]);
  });
  it('does not fire without a symptom, or with FVC 81 %', () => {
    const base = { ...quietCase(), respiratory: [{ date: '2025-05-25', paco2MmHg: 50 }] };
    expect(nivCriteria({ ...base, vitalCapacity: [vc('2025-05-25', 78)] })).toEqual(['Awake PaCO2 45 mmHg or more']);
    expect(
      nivCriteria({
        ...base,
        vitalCapacity: [vc('2025-05-25', 81)],
        symptoms: [{ date: '2025-05-25', symptom: 'dyspnoea' }],
      }),
    ).toEqual(['Awake PaCO2 45 mmHg or more']);
  });
  it('can stand alone when a clinic raises the CMS PaCO2 threshold', () => {
    const c = {
      ...quietCase(),
      vitalCapacity: [vc('2025-05-25', 78)],
      symptoms: [{ date: '2025-05-25', symptom: 'dyspnoea' as const }],
      respiratory: [{ date: '2025-05-25', paco2MmHg: 50 }],
    };
    const r = evaluateCare(c, AS_OF, DIAGNOSED, { nivPaco2MmHgAtLeast: 55 });
    expect(find(r, 'breathing.niv.offer')?.triggers).toHaveLength(1);
  });
});

describe('breathing.niv.offer: not re-offered to someone ventilated', () => {
  it('is silent on NIV', () => {
    const c = {
      ...quietCase(),
      vitalCapacity: [vc('2025-05-25', 40)],
      interventions: [{ kind: 'niv' as const, startDate: '2025-05-26', hoursPerDay: 8 }],
    };
    expect(codesOf(run(c))).not.toContain('breathing.niv.offer');
  });
});

describe('breathing.fvcUnreliable: niv4mnd, do not treat an unreliable FVC as normal', () => {
  const unreliable = { ...quietCase(), vitalCapacity: [vc('2025-05-25', 85, { reliable: false })], respiratory: [] };
  it('fires when the latest FVC is unreliable and no SNIP followed', () => {
    expect(codesOf(run(unreliable))).toContain('breathing.fvcUnreliable');
  });
  it('does not fire once SNIP is measured on or after that day', () => {
    expect(codesOf(run({ ...unreliable, respiratory: [{ date: '2025-05-25', snipCmH2O: 70 }] }))).not.toContain(
      'breathing.fvcUnreliable',
    );
  });
  it('does not fire for a reliable FVC', () =>
    expect(codesOf(run(quietCase()))).not.toContain('breathing.fvcUnreliable'));
});

describe('peak cough flow: AAN 2009a MI-E (Level C) below 270 L/min; ineffective cough below 160 L/min', () => {
  it('269 L/min: breathing.coughAssist (soon); 270 does not fire', () => {
    expect(find(run(withResp({ peakCoughFlowLPerMin: 269 })), 'breathing.coughAssist')?.priority).toBe('soon');
    expect(codesOf(run(withResp({ peakCoughFlowLPerMin: 270 })))).not.toContain('breathing.coughAssist');
  });
  it('159 L/min: breathing.coughIneffective (urgent) instead; 160 is the assist band', () => {
    const a = run(withResp({ peakCoughFlowLPerMin: 159 }));
    expect(find(a, 'breathing.coughIneffective')?.priority).toBe('urgent');
    expect(codesOf(a)).not.toContain('breathing.coughAssist');
    const b = run(withResp({ peakCoughFlowLPerMin: 160 }));
    expect(codesOf(b)).toContain('breathing.coughAssist');
    expect(codesOf(b)).not.toContain('breathing.coughIneffective');
  });
  it('is silent once cough assist is in use', () => {
    const c = {
      ...withResp({ peakCoughFlowLPerMin: 150 }),
      interventions: [{ kind: 'coughAssist' as const, startDate: '2025-05-01' }],
    };
    expect(codesOf(run(c)).filter((x) => x.startsWith('breathing.cough'))).toEqual([]);
  });
});

describe('breathing.tracheostomyDiscussion: AAN 2009a TIV (Level C), discussed once NIV starts', () => {
  const onNiv = (hoursPerDay: number, acpTopics: string[] = []): PatientCase => ({
    ...quietCase(),
    interventions: [{ kind: 'niv', startDate: '2025-03-01', hoursPerDay }],
    advanceCarePlans: [{ date: '2025-04-01', topics: acpTopics }],
  });
  it('fires on NIV when tracheostomy is not in a plan made since', () => {
    expect(codesOf(run(onNiv(8)))).toContain('breathing.tracheostomyDiscussion');
  });
  it('does not fire once discussed, until NIV reaches 16 h a day', () => {
    expect(codesOf(run(onNiv(15, ['tracheostomy'])))).not.toContain('breathing.tracheostomyDiscussion');
    expect(find(run(onNiv(16, ['tracheostomy'])), 'breathing.tracheostomyDiscussion')?.triggerValue).toBe(16);
  });
});

describe('breathing.nivAdherence: CMS continued coverage, NIV at least 4 hours a day', () => {
  const onNiv = (hoursPerDay?: number): PatientCase => ({
    ...quietCase(),
    interventions: [{ kind: 'niv', startDate: '2025-03-01', ...(hoursPerDay !== undefined ? { hoursPerDay } : {}) }],
  });
  it('3.5 h fires; 4 h does not', () => {
    expect(find(run(onNiv(3.5)), 'breathing.nivAdherence')?.triggerValue).toBe(3.5);
    expect(codesOf(run(onNiv(4)))).not.toContain('breathing.nivAdherence');
  });
  it('without recorded hours, says what is missing', () => {
    expect(run(onNiv()).insufficient.find((g) => g.code === 'breathing.nivAdherence')?.needs).toEqual([
      'interventions[0].hoursPerDay',
    ]);
  });
});

describe('breathing.oxygenWithoutNiv: neuro-plans, oxygen alone can worsen hypercapnia', () => {
  it('fires for home oxygen without NIV, not with NIV', () => {
    const c = { ...quietCase(), medications: [{ drug: 'oxygen', startDate: '2025-05-01' }] };
    expect(codesOf(run(c))).toContain('breathing.oxygenWithoutNiv');
    const withNiv = { ...c, interventions: [{ kind: 'niv' as const, startDate: '2025-05-01', hoursPerDay: 10 }] };
    expect(codesOf(run(withNiv))).not.toContain('breathing.oxygenWithoutNiv');
  });
});
