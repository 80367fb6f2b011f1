import { describe, expect, it } from 'vitest';
import type { CareDecision, PatientCase } from '../facts/index.js';
import { AS_OF, codesOf, DIAGNOSED, find, quietCase, suppressedCodes, vc } from '../testkit/index.js';
import { applyDecision, isWorse, latestDecision } from './decisions.js';
import { evaluateCare } from './evaluate.js';
import type { CareRule } from './types.js';

const rule = (extra: Partial<CareRule> = {}): CareRule => ({
  code: 'breathing.niv.offer',
  domain: 'breathing',
  priority: 'soon',
  title: 't',
  reason: 'r',
  source: { cite: 'Test 2025', year: 2025 },
  jurisdictions: 'all',
  requiresDiagnosis: false,
  trigger: () => null,
  ...extra,
});
const decision = (d: Partial<CareDecision>): CareDecision => ({
  code: 'breathing.niv.offer',
  status: 'declined',
  date: '2025-01-01',
  ...d,
});
const lowerIsWorse = { direction: 'lower' as const, minChange: 5, unit: '%' };

describe('recorded decisions: the latest on or before asOf governs', () => {
  it('picks the latest dated decision and ignores future ones', () => {
    const ds = [
      decision({ date: '2025-01-01' }),
      decision({ date: '2025-03-01', status: 'accepted' }),
      decision({ date: '2025-09-01' }),
    ];
    expect(latestDecision(ds, 'breathing.niv.offer', AS_OF)?.status).toBe('accepted');
  });
  it('contraindicated suppresses for good', () => {
    const o = applyDecision(
      rule(),
      { triggers: [], value: 10 },
      [decision({ status: 'contraindicated', reason: 'allergy' })],
      AS_OF,
    );
    expect(o).toMatchObject({ kind: 'suppressed', note: expect.stringMatching(/contraindicated.*allergy/) });
  });
  it('accepted keeps the item, marked accepted', () => {
    expect(applyDecision(rule(), { triggers: [] }, [decision({ status: 'accepted' })], AS_OF).kind).toBe('accepted');
  });
});

describe('deferred until a date', () => {
  it('suppressed the day before until, raised again on until', () => {
    const ds = [decision({ status: 'deferred', until: '2025-06-01' })];
    expect(applyDecision(rule(), { triggers: [] }, ds, '2025-05-31').kind).toBe('suppressed');
    expect(applyDecision(rule(), { triggers: [] }, ds, '2025-06-01')).toMatchObject({
      kind: 'reopened',
      note: expect.stringMatching(/has ended/),
    });
  });
  it('a deferral without a date does not hide the item', () => {
    expect(applyDecision(rule(), { triggers: [] }, [decision({ status: 'deferred' })], AS_OF).kind).toBe('reopened');
  });
});

describe('declined: comes back only when the trigger worsens, by the rule’s own definition', () => {
  const r = rule({ worsening: lowerIsWorse });
  it('stays declined while the value is no worse than stored - minChange', () => {
    expect(applyDecision(r, { triggers: [], value: 41 }, [decision({ triggerValue: 45 })], AS_OF).kind).toBe(
      'suppressed',
    );
  });
  it('re-raises at stored - minChange', () => {
    const o = applyDecision(r, { triggers: [], value: 40 }, [decision({ triggerValue: 45 })], AS_OF);
    expect(o).toMatchObject({ kind: 'reopened', note: expect.stringMatching(/45 -> 40/) });
  });
  it('a rule with no worsening definition stays declined', () => {
    expect(applyDecision(rule(), { triggers: [], value: 0 }, [decision({ triggerValue: 99 })], AS_OF).kind).toBe(
      'suppressed',
    );
  });
  it('without a stored value it stays declined and says it cannot compare', () => {
    const o = applyDecision(r, { triggers: [], value: 10 }, [decision({})], AS_OF);
    expect(o).toMatchObject({ kind: 'suppressed', note: expect.stringMatching(/cannot be seen/) });
  });
  it('isWorse reads direction', () => {
    expect(isWorse({ direction: 'higher', minChange: 1, unit: 'x' }, 3, 4)).toBe(true);
    expect(isWorse({ direction: 'higher', minChange: 1, unit: 'x' }, 3, 3.5)).toBe(false);
  });
});

describe('done: stale when worse, when a new trigger run begins, or when the rule recurs', () => {
  it('suppressed when nothing changed', () => {
    expect(
      applyDecision(rule(), { triggers: [], since: '2024-12-01' }, [decision({ status: 'done' })], AS_OF).kind,
    ).toBe('suppressed');
  });
  it('reopened when the trigger run began after the decision', () => {
    expect(
      applyDecision(rule(), { triggers: [], since: '2025-02-01' }, [decision({ status: 'done' })], AS_OF).kind,
    ).toBe('reopened');
  });
  it('reopened after recurEveryMonths', () => {
    const r = rule({ recurEveryMonths: 3 });
    expect(applyDecision(r, { triggers: [] }, [decision({ status: 'done', date: '2025-03-15' })], AS_OF).kind).toBe(
      'suppressed',
    );
    expect(applyDecision(r, { triggers: [] }, [decision({ status: 'done', date: '2025-03-01' })], AS_OF).kind).toBe(
      'reopened',
    );
  });
});

describe('decisions in a care plan: declined NIV (AAN 2009a) returns when another criterion is met', () => {
  const fvc45 = (): PatientCase => ({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 45)] });
  const declined: CareDecision = {
    code: 'breathing.niv.offer',
    status: 'declined',
    date: '2025-05-25',
    reason: 'not ready',
    triggerValue: 1,
  };
  it('a declined NIV offer is held back, with the decision beside it', () => {
    const a = evaluateCare({ ...fvc45(), careDecisions: [declined] }, AS_OF, DIAGNOSED);
    expect(codesOf(a)).not.toContain('breathing.niv.offer');
    const s = a.suppressed.find((x) => x.recommendation.code === 'breathing.niv.offer');
    expect(s?.decision).toEqual(declined);
    expect(s?.why).toMatch(/declined on 2025-05-25 \(not ready\)/);
  });
  it('comes back when orthopnoea joins the low FVC (2 criteria > 1)', () => {
    const worse = {
      ...fvc45(),
      careDecisions: [declined],
      symptoms: [{ date: '2025-05-30', symptom: 'orthopnoea' as const }],
    };
    const r = find(evaluateCare(worse, AS_OF, DIAGNOSED), 'breathing.niv.offer');
    expect(r?.status).toBe('reopened');
    expect(r?.decisionNote).toMatch(/1 -> 2 NIV criteria met/);
  });
  it('a declined weight-loss recommendation returns when loss grows by 2.5 points (Marin 2011)', () => {
    const at = (kg: number): PatientCase => ({
      ...quietCase(),
      weights: [{ date: '2025-05-25', weightKg: kg }],
      careDecisions: [
        { code: 'nutrition.weightLossModerate', status: 'declined', date: '2025-04-01', triggerValue: 5 },
      ],
    });
    expect(suppressedCodes(evaluateCare(at(65.6), AS_OF, DIAGNOSED))).toContain('nutrition.weightLossModerate'); // 6.3 %
    expect(find(evaluateCare(at(64.7), AS_OF, DIAGNOSED), 'nutrition.weightLossModerate')?.status).toBe('reopened'); // 7.6 %
  });
  it('a deferral of genetic testing (Roggenbuck 2023) holds until its date', () => {
    const c = {
      ...quietCase(),
      genetics: [],
      careDecisions: [
        { code: 'genetics.offerTesting', status: 'deferred' as const, date: '2025-05-01', until: '2025-09-01' },
      ],
    };
    expect(suppressedCodes(evaluateCare(c, AS_OF, DIAGNOSED))).toContain('genetics.offerTesting');
    expect(find(evaluateCare(c, '2025-09-01', DIAGNOSED), 'genetics.offerTesting')?.status).toBe('reopened');
  });
});
