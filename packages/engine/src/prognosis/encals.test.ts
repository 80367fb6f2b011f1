import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENCALS_MODELS,
  type EncalsModelId,
  type EncalsPredictors,
  encalsBaselineLogOdds,
  encalsConditionalMedianMonthsFromOnset,
  encalsConditionalSurvival,
  encalsLinearPredictor,
  encalsMedianMonthsFromOnset,
  encalsSurvival,
  encalsTerms,
} from './encals.js';
import golden from './golden/encals-golden.json' with { type: 'json' };

interface GoldenInput {
  name: string;
  dfs: number;
  delay: number;
  age: number;
  vc: number;
  bulbar: number;
  definite: number;
  ftd: number;
  c9: number;
  tau: number;
}

const predictorsOf = (v: GoldenInput): EncalsPredictors => ({
  deltaFsPointsPerMonth: v.dfs,
  diagnosticDelayMonths: v.delay,
  ageAtOnsetYears: v.age,
  vitalCapacityPercentPredicted: v.vc,
  bulbarOnset: v.bulbar === 1,
  definiteElEscorial: v.definite === 1,
  ftd: v.ftd === 1,
  c9orf72: v.c9 === 1,
});

describe('Westeneng 2018 transformations', () => {
  it('match hand values', () => {
    const t = encalsTerms({
      deltaFsPointsPerMonth: 0.6,
      diagnosticDelayMonths: 25,
      ageAtOnsetYears: 50,
      vitalCapacityPercentPredicted: 100,
      bulbarOnset: true,
      definiteElEscorial: false,
      ftd: true,
      c9orf72: false,
    });
    expect(t.deltaFs).toBeCloseTo(0.7 ** -0.5, 12); // 1.195229
    expect(t.diagnosticDelay).toBeCloseTo(2.5 ** -0.5 + Math.log(2.5), 12);
    expect(t.ageAtOnset).toBeCloseTo(4, 12); // (50/100)^-2
    expect(t.vitalCapacity).toBeCloseTo(2, 12); // 1^-1 + 1^-0.5
    expect([t.bulbarOnset, t.definiteElEscorial, t.ftd, t.c9orf72]).toEqual([1, 0, 1, 0]);
  });
  it('the delay transform turns at 2.5 months (2 - ln 4)', () => {
    const at = (d: number) =>
      encalsTerms({ ...predictorsOf(golden.cases[0]!.input), diagnosticDelayMonths: d }).diagnosticDelay;
    expect(at(2.5)).toBeCloseTo(2 - Math.log(4), 12);
    expect(at(2.4)).toBeGreaterThan(at(2.5));
    expect(at(2.6)).toBeGreaterThan(at(2.5));
  });
  it('the two coefficient sets are as published in the ENCALS/TRICALS code', () => {
    expect(ENCALS_MODELS.encals8.betas).toEqual({
      deltaFs: -1.837,
      diagnosticDelay: -2.373,
      ageAtOnset: -0.267,
      vitalCapacity: 0.477,
      bulbarOnset: 0.269,
      definiteElEscorial: 0.233,
      ftd: 0.388,
      c9orf72: 0.256,
    });
    expect(ENCALS_MODELS.tricals7.betas.c9orf72).toBe(0);
    expect(ENCALS_MODELS.tricals7.betas.ftd).toBe(0.415);
  });
});

describe('Royston-Parmar baseline (golden values from the independent Python script)', () => {
  it('lambdas match the code constants 0.481323 and 0.390507', () => {
    expect(golden.lambdas.lambda1).toBeCloseTo(0.481323, 6);
    expect(golden.lambdas.lambda2).toBeCloseTo(0.390507, 6);
  });
  it.each(Object.entries(golden.baseline))('s(ln %s months)', (t, value) => {
    expect(encalsBaselineLogOdds(Math.log(Number(t)))).toBeCloseTo(value, 10);
  });
  it('cubes the kmax term: differs from the peer code beyond e^5.917 ≈ 371 months, not before', () => {
    for (const [t, v] of Object.entries(golden.peerBugBeyondKmax)) {
      expect(encalsBaselineLogOdds(Math.log(Number(t)))).toBeCloseTo(v.correct, 10);
    }
    expect(golden.peerBugBeyondKmax['300'].correct).toBe(golden.peerBugBeyondKmax['300'].peerCode);
    expect(
      Math.abs(golden.peerBugBeyondKmax['600'].correct - golden.peerBugBeyondKmax['600'].peerCode),
    ).toBeGreaterThan(0.01);
  });
  it('the script checked that the baseline rises from 0.5 to 2000 months', () => {
    expect(golden['baselineMonotoneFrom0.5To2000Months']).toBe(true);
  });
});

describe.each(golden.cases.map((c) => [c.input.name, c] as const))('golden case: %s', (_name, c) => {
  const p = predictorsOf(c.input);
  it.each(['encals8', 'tricals7'] as const)('%s: linear predictor, curve, medians, conditional survival', (model) => {
    const g = c[model as EncalsModelId];
    const lp = encalsLinearPredictor(p, model);
    expect(lp).toBeCloseTo(g.linearPredictor, 10);
    for (const [t, sv] of Object.entries(g.survivalFromOnset))
      expect(encalsSurvival(Number(t), lp)).toBeCloseTo(sv, 10);
    expect(encalsMedianMonthsFromOnset(lp)).toBeCloseTo(g.medianFromOnset, 6);
    expect(encalsSurvival(g.tauMonths, lp)).toBeCloseTo(g.survivalAtTau, 10);
    for (const [h, sv] of Object.entries(g.conditionalSurvival)) {
      expect(encalsConditionalSurvival(g.tauMonths + Number(h), g.tauMonths, lp)).toBeCloseTo(sv, 10);
    }
    expect(encalsConditionalMedianMonthsFromOnset(g.tauMonths, lp)).toBeCloseTo(g.conditionalMedianFromOnset, 6);
  });
});

describe('a typical patient has a median near 36 months from onset (domain sanity check)', () => {
  it('golden case 1', () => {
    expect(golden.cases[0]!.encals8.medianFromOnset).toBeGreaterThan(30);
    expect(golden.cases[0]!.encals8.medianFromOnset).toBeLessThan(42);
  });
});

describe('properties of the survival curve', () => {
  const lpArb = fc.double({ min: -9, max: 0, noNaN: true });
  it('S falls with time and with a higher linear predictor', () => {
    fc.assert(
      fc.property(lpArb, fc.double({ min: 1, max: 300, noNaN: true }), (lp, t) => {
        expect(encalsSurvival(t + 1, lp)).toBeLessThan(encalsSurvival(t, lp));
        expect(encalsSurvival(t, lp + 0.1)).toBeLessThan(encalsSurvival(t, lp));
      }),
    );
  });
  it('the median is a root: S(median) = 0.5; the conditional median is later', () => {
    fc.assert(
      fc.property(lpArb, fc.double({ min: 1, max: 60, noNaN: true }), (lp, tau) => {
        const m = encalsMedianMonthsFromOnset(lp);
        expect(encalsSurvival(m, lp)).toBeCloseTo(0.5, 9);
        const cm = encalsConditionalMedianMonthsFromOnset(tau, lp);
        expect(cm).toBeGreaterThanOrEqual(Math.max(tau, m) - 1e-9);
        expect(encalsConditionalSurvival(cm, tau, lp)).toBeCloseTo(0.5, 9);
      }),
    );
  });
});
