import { describe, expect, it } from 'vitest';
import { daysBetween } from '../common/index.js';
import type { PatientCase } from '../facts/index.js';
import { alsfrsrFixture, caseFixture } from '../testkit/index.js';
import { encalsLinearPredictor, encalsMedianMonthsFromOnset, encalsSurvival } from './encals.js';
import { evaluatePrognosis } from './evaluate.js';
import { renderPrognosisText } from './render.js';
import { DEFAULT_PROGNOSIS_SETTINGS, riskGroupOfMedian } from './settings.js';

const base = (more: Partial<PatientCase> = {}): PatientCase =>
  caseFixture({
    patient: { id: 'syn-p', birthDate: '1964-03-01' },
    history: { onsetDate: '2024-01-01', diagnosisDate: '2024-11-01', onsetSite: 'cervical', ftd: false },
    alsfrsr: [alsfrsrFixture('2024-11-01', { handwriting: 2, cuttingWithoutGastrostomy: 2, walking: 3, speech: 3 })],
    vitalCapacity: [{ date: '2024-11-01', kind: 'FVC', posture: 'sitting', percentPredicted: 88 }],
    genetics: [{ gene: 'C9orf72', classification: 'negative' }],
    ...more,
  });
const asOf = '2024-11-15';

describe('ENCALS with all 8 predictors', () => {
  const e = evaluatePrognosis(base(), asOf, { definiteElEscorial: false }).encals;
  it('uses the 8-predictor model and reads the predictors from the case', () => {
    expect(e.kind).toBe('predicted');
    if (e.kind !== 'predicted') return;
    expect(e.model).toBe('encals8');
    // 2024-01-01 → 2024-11-01 = 305 days = 10.02 months; ALSFRS-R 42 → ΔFS 0.599.
    expect(e.predictors.diagnosticDelayMonths).toBeCloseTo(305 / (365.25 / 12), 10);
    expect(e.predictors.deltaFsPointsPerMonth).toBeCloseTo(6 / (305 / (365.25 / 12)), 10);
    expect(e.predictors.ageAtOnsetYears).toBeCloseTo(daysBetween('1964-03-01', '2024-01-01') / 365.25, 10);
    expect(e.predictors).toMatchObject({ vitalCapacityPercentPredicted: 88, bulbarOnset: false, c9orf72: false });
    expect(e.linearPredictor).toBeCloseTo(encalsLinearPredictor(e.predictors, 'encals8'), 12);
  });
  it('conditions on being event-free at the assessment', () => {
    if (e.kind !== 'predicted') return;
    expect(e.assessmentMonthsFromOnset).toBeCloseTo(319 / (365.25 / 12), 10);
    expect(e.medianSurvivalMonthsFromOnset).toBeGreaterThan(e.unconditionalMedianMonthsFromOnset);
    expect(e.unconditionalMedianMonthsFromOnset).toBeCloseTo(encalsMedianMonthsFromOnset(e.linearPredictor), 10);
    expect(e.medianRemainingMonths).toBeCloseTo(e.medianSurvivalMonthsFromOnset - e.assessmentMonthsFromOnset, 10);
  });
  it('gives survival at 12, 24, 36 and 60 months from the assessment, falling', () => {
    if (e.kind !== 'predicted') return;
    expect(e.survivalAtHorizons.map((h) => h.horizonMonths)).toEqual([12, 24, 36, 60]);
    const ps = e.survivalAtHorizons.map((h) => h.probability);
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeLessThan(ps[i - 1]!);
    const tau = e.assessmentMonthsFromOnset;
    expect(ps[0]).toBeCloseTo(encalsSurvival(tau + 12, e.linearPredictor) / encalsSurvival(tau, e.linearPredictor), 12);
  });
  it('gives the curve from onset with a point at the assessment and conditional values only after it', () => {
    if (e.kind !== 'predicted') return;
    const tau = e.assessmentMonthsFromOnset;
    expect(e.survival.some((p) => p.monthsFromOnset === tau && p.conditionalSurvival === 1)).toBe(true);
    expect(e.survival.filter((p) => p.monthsFromOnset < tau).every((p) => p.conditionalSurvival === null)).toBe(true);
    expect(e.survival.at(-1)!.monthsFromOnset).toBeGreaterThanOrEqual(120);
  });
  it('labels a risk group only as an approximation', () => {
    if (e.kind !== 'predicted') return;
    expect(e.riskGroup?.approximation).toBe(true);
    const text = renderPrognosisText(evaluatePrognosis(base(), asOf, { definiteElEscorial: false }));
    expect(text).toMatch(/approximation/);
    expect(text).toMatch(/ENCALS model, 8 predictors/);
  });
});

describe('the two medians are named plainly (Westeneng 2018: time zero is onset)', () => {
  // Late in the disease the two medians part: the population median from onset can lie before
  // the assessment date, while the median for this patient, event-free today, cannot.
  // ALSFRS-R 20/48 at 41 months from onset: ΔFS about 0.7 points a month.
  const lateRecord = alsfrsrFixture('2027-05-20', {
    speech: 2,
    swallowing: 2,
    handwriting: 1,
    cuttingWithoutGastrostomy: 1,
    dressing: 1,
    turningInBed: 2,
    walking: 1,
    climbingStairs: 0,
    dyspnoea: 2,
  });
  const late = base({
    alsfrsr: [alsfrsrFixture('2024-11-01', { handwriting: 2 }), lateRecord],
    vitalCapacity: [{ date: '2027-05-20', kind: 'FVC', posture: 'sitting', percentPredicted: 55 }],
  });
  const a = evaluatePrognosis(late, '2027-06-01', { definiteElEscorial: true });
  const e = a.encals;
  it('unconditional: S(t) = 0.5 on the curve from onset', () => {
    if (e.kind !== 'predicted') throw new Error(`not predicted: ${JSON.stringify(e)}`);
    const m = e.medianSurvivalMonthsFromOnsetUnconditional;
    expect(encalsSurvival(m, e.linearPredictor)).toBeCloseTo(0.5, 9);
    expect(m).toBeCloseTo(encalsMedianMonthsFromOnset(e.linearPredictor), 10);
    const before = e.survival.filter((p) => p.monthsFromOnset < m);
    const after = e.survival.filter((p) => p.monthsFromOnset > m);
    expect(before.every((p) => p.survival > 0.5) && after.every((p) => p.survival < 0.5)).toBe(true);
  });
  it('given event-free at the assessment: S(t) / S(asOf) = 0.5, after the assessment date', () => {
    if (e.kind !== 'predicted') throw new Error('not predicted');
    const m = e.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf;
    const tau = e.assessmentMonthsFromOnset;
    expect(encalsSurvival(m, e.linearPredictor) / encalsSurvival(tau, e.linearPredictor)).toBeCloseTo(0.5, 9);
    expect(m).toBeGreaterThan(tau);
    expect(e.medianSurvivalMonthsFromOnsetUnconditional).toBeLessThan(tau);
    expect(e.medianRemainingMonths).toBeCloseTo(m - tau, 10);
  });
  it('keeps the old names as aliases for one version', () => {
    if (e.kind !== 'predicted') throw new Error('not predicted');
    expect(e.medianSurvivalMonthsFromOnset).toBe(e.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf);
    expect(e.unconditionalMedianMonthsFromOnset).toBe(e.medianSurvivalMonthsFromOnsetUnconditional);
  });
  it('the text names both, each with what it is conditioned on', () => {
    const text = renderPrognosisText(a);
    if (e.kind !== 'predicted') throw new Error('not predicted');
    const given = e.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf.toFixed(1);
    const unconditional = e.medianSurvivalMonthsFromOnsetUnconditional.toFixed(1);
    expect(text).toContain(`Median survival from onset, given event-free on 2027-06-01: ${given} months`);
    expect(text).toContain(
      `Median survival from onset, unconditional (all patients at onset, as in the paper): ${unconditional} months`,
    );
  });
});

describe('C9orf72 unknown: the 7-predictor TRICALS profile, said so', () => {
  it.each([
    ['not tested', undefined],
    ['a VUS', [{ gene: 'C9orf72', classification: 'vus' as const }]],
    [
      'a result dated after the assessment',
      [{ gene: 'C9orf72', classification: 'pathogenic' as const, date: '2025-01-01' }],
    ],
  ])('%s', (_label, genetics) => {
    const c = base();
    if (genetics) c.genetics = genetics;
    else delete c.genetics;
    const e = evaluatePrognosis(c, asOf, { definiteElEscorial: true }).encals;
    expect(e).toMatchObject({ kind: 'predicted', model: 'tricals7' });
    if (e.kind === 'predicted') expect(e.notes[0]).toMatch(/C9orf72 status unknown.*7-predictor/);
    // Next to each figure in the text, not only in the model's name.
    const medians = renderPrognosisText(evaluatePrognosis(c, asOf, { definiteElEscorial: true }))
      .split('\n')
      .filter((l) => l.includes('Median survival'));
    expect(medians).toHaveLength(2);
    for (const l of medians) expect(l).toMatch(/months.*\[7-predictor model: C9orf72 not tested or uncertain\]$/);
  });
  it('a negative C9orf72 result: the 8-predictor model, no such remark', () => {
    const text = renderPrognosisText(evaluatePrognosis(base(), asOf, { definiteElEscorial: true }));
    expect(text).toMatch(/Median survival from onset, given event-free/);
    expect(text).not.toMatch(/C9orf72 not tested/);
  });
  it('a pathogenic expansion uses the 8-predictor model with C9orf72 = 1', () => {
    const e = evaluatePrognosis(base({ genetics: [{ gene: 'C9orf72', classification: 'pathogenic' }] }), asOf, {
      definiteElEscorial: true,
    }).encals;
    expect(e).toMatchObject({ model: 'encals8', predictors: { c9orf72: true } });
  });
});

describe('missing inputs are named', () => {
  it('an empty case names every missing fact', () => {
    const e = evaluatePrognosis(caseFixture(), asOf, {}).encals;
    expect(e.kind).toBe('insufficient');
    if (e.kind !== 'insufficient') return;
    expect(e.needs).toEqual([
      'alsfrsr',
      'history.onsetDate',
      'history.diagnosisDate',
      'patient.birthDate',
      'history.onsetSite',
      'input.definiteElEscorial',
      'history.ftd',
    ]);
  });
  it('the definite El Escorial input and FTD status', () => {
    const c = base();
    c.history = { ...c.history, ftd: undefined };
    const e = evaluatePrognosis(c, asOf, {}).encals;
    expect(e).toMatchObject({ kind: 'insufficient', needs: ['input.definiteElEscorial', 'history.ftd'] });
  });
  it('a vital capacity more than 3 months from the ALSFRS-R does not count', () => {
    const c = base({ vitalCapacity: [{ date: '2024-07-01', kind: 'SVC', posture: 'supine', percentPredicted: 90 }] });
    const e = evaluatePrognosis(c, asOf, { definiteElEscorial: false }).encals;
    expect(e.kind).toBe('insufficient');
    if (e.kind === 'insufficient') expect(e.needs[0]).toMatch(/^vitalCapacity \(within 3 months/);
    const near = base({
      vitalCapacity: [{ date: '2024-08-15', kind: 'SVC', posture: 'supine', percentPredicted: 90 }],
    });
    expect(evaluatePrognosis(near, asOf, { definiteElEscorial: false }).encals.kind).toBe('predicted');
  });
  it('ΔFS guard: an ALSFRS-R under 1 month from onset is refused', () => {
    const c = base();
    c.history = { ...c.history, onsetDate: '2024-10-10', diagnosisDate: '2024-10-25' };
    const e = evaluatePrognosis(c, asOf, { definiteElEscorial: false }).encals;
    expect(e.kind).toBe('insufficient');
    if (e.kind === 'insufficient') {
      expect(e.refusals.join()).toMatch(/ΔFS: only 0\.7 months/);
      expect(e.reason).toMatch(/^not computed: ΔFS: only 0\.7 months/);
    }
  });
  it('a diagnostic delay under 1 month is refused; between 1 and 2.5 months it is used with a caution', () => {
    const c = base();
    c.history = { ...c.history, onsetDate: '2024-09-01', diagnosisDate: '2024-09-20' };
    expect(evaluatePrognosis(c, asOf, { definiteElEscorial: false }).encals.kind).toBe('insufficient');
    c.history = { ...c.history, diagnosisDate: '2024-10-20' };
    const e = evaluatePrognosis(c, asOf, { definiteElEscorial: false }).encals;
    expect(e.kind).toBe('predicted');
    if (e.kind === 'predicted') expect(e.cautions.join()).toMatch(/below 2\.5/);
  });
});

describe('outside the model population: declines with the reason', () => {
  const declined = (c: PatientCase) => evaluatePrognosis(c, asOf, { definiteElEscorial: false }).encals;
  it('tracheostomy (endpoint date or intervention)', () => {
    expect(declined(base({ endpoints: { tracheostomyDate: '2024-11-10' } }))).toMatchObject({
      kind: 'declined',
      code: 'tracheostomy',
    });
    expect(declined(base({ interventions: [{ kind: 'tracheostomy', startDate: '2024-11-10' }] }))).toMatchObject({
      code: 'tracheostomy',
    });
    expect(declined(base({ endpoints: { tracheostomyDate: '2024-12-10' } })).kind).toBe('predicted');
  });
  it('NIV over 23 h/day: 24 h declines, 23 h does not', () => {
    expect(
      declined(base({ interventions: [{ kind: 'niv', startDate: '2024-10-01', hoursPerDay: 24 }] })),
    ).toMatchObject({
      code: 'nivOver23h',
    });
    expect(declined(base({ interventions: [{ kind: 'niv', startDate: '2024-10-01', hoursPerDay: 23 }] })).kind).toBe(
      'predicted',
    );
    expect(declined(base({ endpoints: { nivOver23hDate: '2024-11-01' } }))).toMatchObject({ code: 'nivOver23h' });
  });
  it('ALSFRS-R item 12 = 0 (invasive ventilation) and death', () => {
    const c = base({ alsfrsr: [alsfrsrFixture('2024-11-01', { respiratoryInsufficiency: 0 })] });
    expect(declined(c)).toMatchObject({ kind: 'declined', code: 'tracheostomy' });
    expect(declined(base({ endpoints: { deathDate: '2024-11-02' } }))).toMatchObject({ code: 'died' });
    expect(renderPrognosisText(evaluatePrognosis(c, asOf, {}))).toMatch(/not given: ALSFRS-R item 12 = 0/);
  });
});

describe('risk-group labels: a labelled approximation with configurable cut-offs', () => {
  const cut = DEFAULT_PROGNOSIS_SETTINGS.riskGroups.medianCutoffsMonths;
  it('bins the median at each cut-off, both sides', () => {
    expect(riskGroupOfMedian(21.49, cut)).toBe('very short');
    expect(riskGroupOfMedian(21.5, cut)).toBe('short');
    expect(riskGroupOfMedian(28.74, cut)).toBe('short');
    expect(riskGroupOfMedian(28.75, cut)).toBe('intermediate');
    expect(riskGroupOfMedian(37.94, cut)).toBe('intermediate');
    expect(riskGroupOfMedian(37.95, cut)).toBe('long');
    expect(riskGroupOfMedian(67.34, cut)).toBe('long');
    expect(riskGroupOfMedian(67.35, cut)).toBe('very long');
  });
  it('can be switched off or moved', () => {
    const off = evaluatePrognosis(
      base(),
      asOf,
      { definiteElEscorial: false },
      { riskGroups: { show: false, medianCutoffsMonths: cut } },
    );
    expect(off.encals).toMatchObject({ riskGroup: null });
    expect(riskGroupOfMedian(30, [10, 20, 25, 40])).toBe('long');
  });
});
