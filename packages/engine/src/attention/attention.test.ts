import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import type { PatientCase } from '../facts/index.js';
import { AS_OF, alsfrsrFixture, quietCase, vc } from '../testkit/index.js';
import {
  type AttentionInput,
  type AttentionItem,
  attentionItems,
  compareItems,
  comparePatients,
  worstSeverity,
} from './attention.js';
import { attentionLabel, renderAttentionItem, renderAttentionText } from './render.js';

const run = (c: PatientCase, extra: Partial<AttentionInput> = {}, asOf = AS_OF) =>
  attentionItems({ ...assess(c, asOf), ...extra });
const find = (items: AttentionItem[], code: string) => items.find((i) => i.code === code);
const codes = (items: AttentionItem[]) => items.map((i) => i.code);

describe('NIV criteria met and not ventilated (care rule breathing.niv.offer)', () => {
  it('FVC 45 % predicted: urgent, naming the FVC fact and the AAN 2009a source', () => {
    const items = run({ ...quietCase(), vitalCapacity: [vc('2025-03-01', 70), vc('2025-05-20', 45)] });
    const niv = find(items, 'niv.criteriaMet');
    expect(niv).toMatchObject({ severity: 'urgent', params: { fvcPercent: 45 } });
    expect(niv?.facts).toContain('vitalCapacity[1].percentPredicted');
    expect(niv?.source?.cite).toMatch(/2009/);
    expect(items[0]?.code).toBe('niv.criteriaMet');
    expect(attentionLabel(niv as AttentionItem)).toBe('NIV criteria met (FVC 45 %)');
    expect(renderAttentionItem(niv as AttentionItem)).toMatch(
      /^NIV criteria met and no ventilation started: FVC below 50 % predicted/,
    );
  });

  it('exactly at the threshold (FVC 50 %) is not below 50 %: no item; 49 % is', () => {
    expect(find(run({ ...quietCase(), vitalCapacity: [vc('2025-05-20', 50)] }), 'niv.criteriaMet')).toBeUndefined();
    expect(find(run({ ...quietCase(), vitalCapacity: [vc('2025-05-20', 49)] }), 'niv.criteriaMet')).toBeDefined();
  });

  it('no item while on NIV, nor while a decline holds; a worse FVC since the decline brings it back', () => {
    const low = { ...quietCase(), vitalCapacity: [vc('2025-05-20', 45)] };
    expect(
      find(run({ ...low, interventions: [{ kind: 'niv', startDate: '2025-05-25' }] }), 'niv.criteriaMet'),
    ).toBeUndefined();
    const declined = {
      ...low,
      careDecisions: [
        {
          code: 'breathing.niv.offer',
          status: 'declined' as const,
          date: '2025-05-21',
          triggerMeasure: 'fvcPercentPredicted' as const,
          triggerValue: 45,
        },
      ],
    };
    expect(find(run(declined), 'niv.criteriaMet')).toBeUndefined();
    const worse = run({ ...declined, vitalCapacity: [vc('2025-05-20', 45), vc('2025-05-30', 38)] });
    expect(find(worse, 'niv.criteriaMet')?.params).toMatchObject({ decision: 'declined', decisionDate: '2025-05-21' });
  });

  it('no respiratory data gives no NIV alarm', () => {
    expect(find(run({ ...quietCase(), vitalCapacity: [], respiratory: [] }), 'niv.criteriaMet')).toBeUndefined();
  });
});

describe('weight loss past the care thresholds (5 % moderate, 10 % severe, from premorbid weight)', () => {
  const withWeight = (kg: number) => ({
    ...quietCase(),
    weights: [
      { date: '2025-03-01', weightKg: 69 },
      { date: '2025-05-20', weightKg: kg },
    ],
  });
  it('exactly 5 % below premorbid (70 -> 66.5 kg): due; 4.9 % is not', () => {
    const item = find(run(withWeight(66.5)), 'weight.loss');
    expect(item).toMatchObject({
      severity: 'due',
      params: { lossPercent: 5, thresholdPercent: 5, reference: 'premorbid' },
    });
    expect(item?.facts).toContain('weights[1].weightKg');
    expect(attentionLabel(item as AttentionItem)).toBe('Weight loss 5 %');
    expect(find(run(withWeight(66.6)), 'weight.loss')).toBeUndefined();
  });
  it('exactly 10 % (63 kg): urgent, one item only', () => {
    const items = run(withWeight(63));
    expect(items.filter((i) => i.code === 'weight.loss')).toHaveLength(1);
    expect(find(items, 'weight.loss')).toMatchObject({ severity: 'urgent', params: { thresholdPercent: 10 } });
  });
  it('no weights recorded: no weight-loss alarm', () => {
    expect(find(run({ ...quietCase(), weights: [] }), 'weight.loss')).toBeUndefined();
  });
});

describe("FVC and ALSFRS-R overdue (the care monitoring intervals: 3 months, the engine's 91-day quarter)", () => {
  it('due exactly today (last FVC 91 days ago): overdue by 0 days', () => {
    const item = find(run({ ...quietCase(), vitalCapacity: [vc('2025-03-02', 90)] }), 'fvc.overdue');
    expect(item).toMatchObject({
      severity: 'due',
      overdueDays: 0,
      params: { lastDate: '2025-03-02', dueOn: '2025-06-01', intervalMonths: 3 },
    });
    expect(item?.facts).toEqual(['vitalCapacity[0].date']);
  });
  it('due tomorrow: not overdue yet (the care plan lists it ahead; the attention list does not)', () => {
    expect(find(run({ ...quietCase(), vitalCapacity: [vc('2025-03-03', 90)] }), 'fvc.overdue')).toBeUndefined();
  });
  it('counts the days overdue', () => {
    const item = find(run({ ...quietCase(), vitalCapacity: [vc('2025-02-01', 90)] }), 'fvc.overdue');
    expect(item?.overdueDays).toBe(29);
    expect(attentionLabel(item as AttentionItem)).toBe('FVC overdue 29 d');
  });
  it('never measured in a diagnosed patient: listed, undated', () => {
    const item = find(run({ ...quietCase(), vitalCapacity: [] }), 'fvc.overdue');
    expect(item).toMatchObject({ overdueDays: null, params: { lastDate: null } });
    expect(attentionLabel(item as AttentionItem)).toBe('FVC never measured');
  });
  it('ALSFRS-R last recorded 4 months ago: overdue by 29 days', () => {
    const item = find(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-02-01')] }), 'alsfrsr.overdue');
    expect(item).toMatchObject({ overdueDays: 29, params: { lastDate: '2025-02-01', intervalMonths: 3 } });
  });
  it('a deferral of the measurement holds it back until its date', () => {
    const c = {
      ...quietCase(),
      vitalCapacity: [vc('2025-02-01', 90)],
      careDecisions: [
        { code: 'monitoring.measureFvc', status: 'deferred' as const, date: '2025-05-30', until: '2025-06-10' },
      ],
    };
    expect(find(run(c), 'fvc.overdue')).toBeUndefined();
  });
});

describe('undiagnosed: no false alarms, and the gap said in words', () => {
  it('without a diagnosis the care checks do not run: an explicit insufficient-data note, no NIV alarm', () => {
    const { history, ...rest } = quietCase();
    const c = { ...rest, history: { ...history, diagnosisDate: undefined }, vitalCapacity: [vc('2025-05-20', 40)] };
    const items = run(c as PatientCase);
    expect(codes(items)).not.toContain('niv.criteriaMet');
    const gap = find(items, 'insufficientData');
    expect(gap).toMatchObject({ severity: 'info', params: { waitingForDiagnosis: true } });
    expect(attentionLabel(gap as AttentionItem)).toBe('Care checks await diagnosis');
    // The workup is then a step of the diagnosis: due.
    expect(find(items, 'workup.pending')?.severity).toBe('due');
  });
});

describe('referrals, workup, decisions to review, upcoming visits', () => {
  it('lists the referrals the plan recommends, less those recorded as sent', () => {
    const all = find(run(quietCase()), 'referral.due');
    expect(all?.params.referrals).toContain('team.refer.dietitian');
    expect(attentionLabel(all as AttentionItem)).toBe('Refer: MDT clinic, dietitian +3');
    const sent = find(
      run(quietCase(), {
        referrals: [
          { date: '2025-05-01', service: 'dietitian', status: 'requested', careCode: 'team.refer.dietitian' },
        ],
      }),
      'referral.due',
    );
    expect(sent?.params.referrals).not.toContain('team.refer.dietitian');
    expect(sent?.params.referrals).toContain('team.refer.respiratory');
  });

  it('workup: required tests without a result, as a note once ALS is diagnosed', () => {
    const item = find(run(quietCase()), 'workup.pending');
    expect(item?.severity).toBe('info');
    expect(item?.params.pending).toContain('creatine kinase');
    expect(attentionLabel(item as AttentionItem)).toBe('Workup: 13 open');
  });

  it('a deferral whose date has come is due for review; one still running is not', () => {
    const deferred = (until: string) => ({
      ...quietCase(),
      careDecisions: [{ code: 'team.refer.dietitian', status: 'deferred' as const, date: '2025-03-01', until }],
    });
    const due = find(run(deferred('2025-06-01')), 'decision.review');
    expect(due).toMatchObject({
      severity: 'due',
      overdueDays: 0,
      params: { careCode: 'team.refer.dietitian', decision: 'deferred', until: '2025-06-01' },
    });
    expect(find(run(deferred('2025-06-01')), 'referral.due')?.params.referrals).not.toContain('team.refer.dietitian');
    expect(find(run(deferred('2025-06-02')), 'decision.review')).toBeUndefined();
  });

  it('a visit booked within 14 days (the 14th day included), not today, not the 15th', () => {
    const at = (date: string) => find(run(quietCase(), { visits: [{ date, kind: 'clinic' }] }), 'visit.upcoming');
    expect(at('2025-06-15')).toMatchObject({ severity: 'info', params: { date: '2025-06-15', inDays: 14 } });
    expect(at('2025-06-16')).toBeUndefined();
    expect(at('2025-06-01')).toBeUndefined();
    expect(attentionLabel(at('2025-06-02') as AttentionItem)).toBe('Visit tomorrow');
  });
});

describe('a patient who has died', () => {
  it('has no items from the day of death on', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-20', 45)] };
    expect(run(c, { endpoints: { deathDate: '2025-06-01' } })).toEqual([]);
    expect(run(c, { endpoints: { deathDate: '2025-06-02' } }).length).toBeGreaterThan(0);
  });
});

describe('urgency order', () => {
  const item = (severity: AttentionItem['severity'], overdueDays: number | null, code = 'fvc.overdue'): AttentionItem =>
    ({ code, severity, overdueDays, params: {}, facts: [], source: null, careCodes: [] }) as AttentionItem;

  it('urgent, then due, then notes; within a severity the most overdue first, undated last', () => {
    const sorted = [item('info', -3), item('due', null), item('due', 40), item('urgent', 2), item('due', 90)].sort(
      compareItems,
    );
    expect(sorted.map((i) => `${i.severity}:${i.overdueDays}`)).toEqual([
      'urgent:2',
      'due:90',
      'due:40',
      'due:null',
      'info:-3',
    ]);
  });

  it('a whole list comes sorted from attentionItems', () => {
    const items = run({
      ...quietCase(),
      vitalCapacity: [vc('2025-01-01', 45)],
      weights: [{ date: '2025-05-20', weightKg: 66 }],
    });
    expect([...items].sort(compareItems)).toEqual(items);
    expect(items[0]?.severity).toBe('urgent');
    expect(worstSeverity(items)).toBe('urgent');
    expect(worstSeverity([])).toBeNull();
  });

  it('patients: the worst item decides, then how many at that severity', () => {
    const a = [item('urgent', 1)];
    const b = [item('due', 300)];
    const c = [item('urgent', 1), item('urgent', 0, 'weight.loss')];
    expect([b, a, c].sort(comparePatients)).toEqual([c, a, b]);
  });

  it('renders the list in words, severity first', () => {
    const text = renderAttentionText(run({ ...quietCase(), vitalCapacity: [vc('2025-05-20', 45)] }));
    expect(text.split('\n')[0]).toMatch(/^Urgent: NIV criteria met/);
    expect(renderAttentionText([])).toBe('Nothing needs attention.');
  });
});
