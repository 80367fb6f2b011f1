import { describe, expect, it } from 'vitest';
import type { AlsfrsrRecord, CareDecision, PatientCase } from '../facts/index.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase, suppressedCodes, vc } from '../testkit/index.js';
import { applyDecision, isWorse, latestDecision } from './decisions.js';
import { evaluateCare } from './evaluate.js';
import { WORSENING } from './measures.js';
import { CARE_RULES } from './rules/catalogue.js';
import type { CareRule, RuleHit, Worsening } from './types.js';

const rule = (extra: Partial<CareRule> = {}): CareRule => ({
  code: 'x.rule',
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
  code: 'x.rule',
  status: 'declined',
  date: '2025-01-01',
  ...d,
});
const lowerIsWorse: readonly Worsening[] = [
  { measure: 'fvcPercentPredicted', direction: 'lower', minChange: 5, basis: 'test' },
];

describe('recorded decisions: the latest on or before asOf governs', () => {
  it('picks the latest dated decision and ignores future ones', () => {
    const ds = [
      decision({ date: '2025-01-01' }),
      decision({ date: '2025-03-01', status: 'accepted' }),
      decision({ date: '2025-09-01' }),
    ];
    expect(latestDecision(ds, 'x.rule', AS_OF)?.status).toBe('accepted');
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
    expect(isWorse(WORSENING.zaritRise, 30, 35)).toBe(true);
    expect(isWorse(WORSENING.zaritRise, 30, 34.5)).toBe(false);
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

/** A hit whose every declared measure reads `value` (the first measure also as `hit.value`). */
const hitAt = (r: CareRule, w: Worsening, value: number): RuleHit => ({
  triggers: [],
  ...(r.worsening?.[0]?.measure === w.measure ? { value } : {}),
  measures: { [w.measure]: value },
});

describe('every declinable rule: worse is its own measure moving by its own step', () => {
  const pairs = CARE_RULES.flatMap((r) => (r.worsening ?? []).map((w) => [r.code, w.measure, r, w] as const));
  it('the catalogue declares steps for the breathing, nutrition and symptom rules', () => {
    const codes = new Set(pairs.map(([code]) => code));
    for (const code of ['breathing.niv.offer', 'nutrition.weightLossModerate', 'symptoms.sialorrhoea']) {
      expect(codes).toContain(code);
    }
  });
  it.each(pairs)('%s, %s: one step worse re-raises, less than a step stays declined', (code, measure, r, w) => {
    const stored = 40;
    const sign = w.direction === 'lower' ? -1 : 1;
    const d = [decision({ code, triggerValue: stored, triggerMeasure: measure })];
    expect(applyDecision(r, hitAt(r, w, stored + sign * w.minChange), d, AS_OF)).toMatchObject({
      kind: 'reopened',
      note: expect.stringContaining(`${stored} -> ${stored + sign * w.minChange}`),
    });
    expect(applyDecision(r, hitAt(r, w, stored + sign * w.minChange * 0.9), d, AS_OF).kind).toBe('suppressed');
    expect(applyDecision(r, hitAt(r, w, stored - sign * w.minChange), d, AS_OF).kind).toBe('suppressed');
  });
});

describe('issue 8, defect 4: a declined NIV offer returns when FVC falls further (same criterion)', () => {
  const at = (percent: number, d: Partial<CareDecision>): PatientCase => ({
    ...quietCase(),
    vitalCapacity: [vc('2025-05-25', percent)],
    careDecisions: [{ code: 'breathing.niv.offer', status: 'declined', date: '2025-02-01', ...d }],
  });
  const fvc48 = { triggerMeasure: 'fvcPercentPredicted' as const, triggerValue: 48 };
  it('declined at FVC 48 %, now 38 %: re-raised, the note naming the fall', () => {
    const r = find(evaluateCare(at(38, fvc48), AS_OF, DIAGNOSED), 'breathing.niv.offer');
    expect(r?.status).toBe('reopened');
    expect(r?.decisionNote).toMatch(/FVC or VC 48 -> 38 % predicted \(a fall of 5 or more counts\)/);
  });
  it('a fall of 5 points re-raises (43 %); a fall of 4 (44 %) stays declined', () => {
    expect(find(evaluateCare(at(43, fvc48), AS_OF, DIAGNOSED), 'breathing.niv.offer')?.status).toBe('reopened');
    expect(suppressedCodes(evaluateCare(at(44, fvc48), AS_OF, DIAGNOSED))).toContain('breathing.niv.offer');
  });
  it('the recommendation tells what to store: FVC in % predicted, not the count of criteria', () => {
    const now = find(evaluateCare({ ...at(48, {}), careDecisions: [] }, AS_OF, DIAGNOSED), 'breathing.niv.offer');
    expect(now).toMatchObject({ triggerMeasure: 'fvcPercentPredicted', triggerValue: 48 });
  });
  it('a decision stored without a measure keeps its old meaning (criteria met), so it stays declined', () => {
    const s = evaluateCare(at(38, { triggerValue: 1 }), AS_OF, DIAGNOSED);
    expect(suppressedCodes(s)).toContain('breathing.niv.offer');
  });
  it('a stored measure the rule does not read is said, not guessed', () => {
    const s = evaluateCare(at(38, { triggerMeasure: 'zaritScore', triggerValue: 10 }), AS_OF, DIAGNOSED);
    expect(s.suppressed.find((x) => x.recommendation.code === 'breathing.niv.offer')?.why).toMatch(
      /zaritScore is not one this rule reads/,
    );
  });
});

describe('declined nutrition, swallowing and symptom recommendations, in their own units', () => {
  const declined = (code: string, triggerMeasure: CareDecision['triggerMeasure'], triggerValue: number) => ({
    careDecisions: [{ code, status: 'declined' as const, date: '2025-02-01', triggerMeasure, triggerValue }],
  });
  const status = (c: PatientCase, code: string) =>
    suppressedCodes(evaluateCare(c, AS_OF, DIAGNOSED)).includes(code)
      ? 'declined'
      : find(evaluateCare(c, AS_OF, DIAGNOSED), code)?.status;
  it('weight loss declined at 5 %: 7.1 % stays declined, 7.6 % returns (a further 2.5 points)', () => {
    const at = (kg: number): PatientCase => ({
      ...quietCase(),
      weights: [{ date: '2025-05-25', weightKg: kg }],
      ...declined('nutrition.weightLossModerate', 'weightLossPercent', 5),
    });
    expect(status(at(65), 'nutrition.weightLossModerate')).toBe('declined');
    expect(status(at(64.7), 'nutrition.weightLossModerate')).toBe('reopened');
  });
  const item = (items: Partial<Omit<AlsfrsrRecord, 'date'>>, d: ReturnType<typeof declined>): PatientCase => ({
    ...quietCase(),
    alsfrsr: [alsfrsrFixture('2025-05-25', items)],
    ...d,
  });
  it('sialorrhoea declined at salivation 2: still 2 stays declined, 1 returns', () => {
    const d = declined('symptoms.sialorrhoea', 'alsfrsrLowestItem', 2);
    expect(status(item({ salivation: 2 }, d), 'symptoms.sialorrhoea')).toBe('declined');
    expect(status(item({ salivation: 1 }, d), 'symptoms.sialorrhoea')).toBe('reopened');
  });
  it('dysphagia declined at swallowing 3: still 3 stays declined, 2 returns', () => {
    const d = declined('nutrition.dysphagia', 'swallowingItem', 3);
    expect(status(item({ swallowing: 3 }, d), 'nutrition.dysphagia')).toBe('declined');
    expect(status(item({ swallowing: 2 }, d), 'nutrition.dysphagia')).toBe('reopened');
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
    expect(r?.decisionNote).toMatch(/NIV criteria met 1 -> 2 criteria/);
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
