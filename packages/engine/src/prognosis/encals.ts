/**
 * The ENCALS survival model (Westeneng 2018): predictor transformations, linear predictor, and
 * the Royston-Parmar baseline on the log-odds scale, S(t | LP) = 1 / (1 + exp(s(ln t) + LP)),
 * with t in months from symptom onset. Numbers from the public ENCALS/TRICALS R code, with its
 * bugs fixed: the kmax term is cubed, the median is a root (not a random draw), and survival can
 * be conditioned on being event-free at the assessment.
 *
 * Hand check (typical spinal onset: ΔFS 0.6, delay 12 months, age 60, VC 90 %, no bulbar onset,
 * definite, FTD or C9orf72), 8-predictor model:
 *   t(ΔFS)  = 0.7^-0.5            = 1.195229  × -1.837 = -2.195636
 *   t(delay)= 1.2^-0.5 + ln 1.2   = 1.095193  × -2.373 = -2.598893
 *   t(age)  = 0.6^-2              = 2.777778  × -0.267 = -0.741667
 *   t(VC)   = 0.9^-1 + 0.9^-0.5   = 2.165204  × +0.477 = +1.032802
 *   LP = -4.50339.  At t = 36: x = ln 36 = 3.583519; v1 = 0.475519³ - 0.481323 × 3.502519³
 *   = 0.107524 - 20.681305 = -20.573781; v2 = -0.390507 × 42.967638 = -16.779172;
 *   s = -6.409 + 2.643x - 0.546 v1 + 0.585 v2 = 4.47971; S(36) = 1 / (1 + e^(4.47971 - 4.50339)) = 0.5059.
 *   (The Python golden script gives LP -4.503391 and S(36) 0.505920.)
 */
import type { Source } from '../common/index.js';
import { PROGNOSIS_SOURCES } from './sources.js';

export type EncalsModelId = 'encals8' | 'tricals7';

export interface EncalsPredictors {
  /** ΔFS, points lost per month since onset (>= 0). */
  deltaFsPointsPerMonth: number;
  /** Onset to diagnosis, months (> 0). */
  diagnosticDelayMonths: number;
  ageAtOnsetYears: number;
  /** FVC or SVC, % predicted (> 0). */
  vitalCapacityPercentPredicted: number;
  bulbarOnset: boolean;
  definiteElEscorial: boolean;
  ftd: boolean;
  /** Needed by the 8-predictor model only. */
  c9orf72?: boolean;
}

export interface EncalsBetas {
  deltaFs: number;
  diagnosticDelay: number;
  ageAtOnset: number;
  vitalCapacity: number;
  bulbarOnset: number;
  definiteElEscorial: number;
  ftd: number;
  c9orf72: number;
}

export interface EncalsModel {
  id: EncalsModelId;
  name: string;
  betas: EncalsBetas;
  source: Source;
}

export const ENCALS_MODELS: Record<EncalsModelId, EncalsModel> = {
  encals8: {
    id: 'encals8',
    name: 'ENCALS model, 8 predictors (with C9orf72)',
    betas: {
      deltaFs: -1.837,
      diagnosticDelay: -2.373,
      ageAtOnset: -0.267,
      vitalCapacity: 0.477,
      bulbarOnset: 0.269,
      definiteElEscorial: 0.233,
      ftd: 0.388,
      c9orf72: 0.256,
    },
    source: PROGNOSIS_SOURCES.encals,
  },
  tricals7: {
    id: 'tricals7',
    name: 'TRICALS risk profile, 7 predictors (no C9orf72)',
    betas: {
      deltaFs: -1.839,
      diagnosticDelay: -2.376,
      ageAtOnset: -0.264,
      vitalCapacity: 0.474,
      bulbarOnset: 0.271,
      definiteElEscorial: 0.238,
      ftd: 0.415,
      c9orf72: 0,
    },
    source: PROGNOSIS_SOURCES.tricals,
  },
};

export type EncalsTerms = { [K in keyof EncalsBetas]: number };

/** The published transformations (Westeneng 2018; ENCALS code). */
export function encalsTerms(p: EncalsPredictors): EncalsTerms {
  const d = p.diagnosticDelayMonths / 10;
  const v = p.vitalCapacityPercentPredicted / 100;
  return {
    deltaFs: (p.deltaFsPointsPerMonth + 0.1) ** -0.5,
    diagnosticDelay: d ** -0.5 + Math.log(d),
    ageAtOnset: (p.ageAtOnsetYears / 100) ** -2,
    vitalCapacity: v ** -1 + v ** -0.5,
    bulbarOnset: p.bulbarOnset ? 1 : 0,
    definiteElEscorial: p.definiteElEscorial ? 1 : 0,
    ftd: p.ftd ? 1 : 0,
    c9orf72: p.c9orf72 ? 1 : 0,
  };
}

/**
 * Linear predictor (no intercept: it sits in γ0). Higher is worse.
 *
 * @example encalsLinearPredictor({ deltaFsPointsPerMonth: 0.6, diagnosticDelayMonths: 12, ageAtOnsetYears: 60,
 *   vitalCapacityPercentPredicted: 90, bulbarOnset: false, definiteElEscorial: false, ftd: false, c9orf72: false },
 *   'encals8') // ≈ -4.5034
 */
export function encalsLinearPredictor(p: EncalsPredictors, model: EncalsModelId): number {
  const b = ENCALS_MODELS[model].betas;
  const t = encalsTerms(p);
  return (
    b.deltaFs * t.deltaFs +
    b.diagnosticDelay * t.diagnosticDelay +
    b.ageAtOnset * t.ageAtOnset +
    b.vitalCapacity * t.vitalCapacity +
    b.bulbarOnset * t.bulbarOnset +
    b.definiteElEscorial * t.definiteElEscorial +
    b.ftd * t.ftd +
    b.c9orf72 * t.c9orf72
  );
}

const G0 = -6.409;
const G1 = 2.643;
const G2 = -0.546;
const G3 = 0.585;
const KMIN = 0.081;
const K1 = 3.108;
const K2 = 3.638;
const KMAX = 5.917;
/** λj = (kmax - kj) / (kmax - kmin): 0.481323, 0.390507 as in the code. */
const L1 = (KMAX - K1) / (KMAX - KMIN);
const L2 = (KMAX - K2) / (KMAX - KMIN);

const cube = (u: number) => (u > 0 ? u * u * u : 0);
const square = (u: number) => (u > 0 ? u * u : 0);

/** Baseline log-odds s(x), x = ln(months from onset); every truncated term cubed (peer bug (a) fixed). */
export function encalsBaselineLogOdds(lnMonths: number): number {
  const x = lnMonths;
  const v1 = cube(x - K1) - L1 * cube(x - KMIN) - (1 - L1) * cube(x - KMAX);
  const v2 = cube(x - K2) - L2 * cube(x - KMIN) - (1 - L2) * cube(x - KMAX);
  return G0 + G1 * x + G2 * v1 + G3 * v2;
}

/** ds/dx, for the root solver. */
function baselineSlope(x: number): number {
  const d1 = 3 * (square(x - K1) - L1 * square(x - KMIN) - (1 - L1) * square(x - KMAX));
  const d2 = 3 * (square(x - K2) - L2 * square(x - KMIN) - (1 - L2) * square(x - KMAX));
  return G1 + G2 * d1 + G3 * d2;
}

/** S(t | LP): probability of being event-free `monthsFromOnset` months after onset. */
export function encalsSurvival(monthsFromOnset: number, linearPredictor: number): number {
  if (monthsFromOnset <= 0) return 1;
  return 1 / (1 + Math.exp(encalsBaselineLogOdds(Math.log(monthsFromOnset)) + linearPredictor));
}

/** P(event-free at t | event-free at tau) = S(t) / S(tau), for t >= tau. */
export function encalsConditionalSurvival(monthsFromOnset: number, tauMonths: number, linearPredictor: number): number {
  if (monthsFromOnset <= tauMonths) return 1;
  return encalsSurvival(monthsFromOnset, linearPredictor) / encalsSurvival(tauMonths, linearPredictor);
}

const LN_T_MIN = Math.log(1e-3);
const LN_T_MAX = Math.log(1e5);

/**
 * Months from onset at which S(t | LP) equals `survival` (0 < survival < 1), by a safeguarded
 * Newton iteration on ln t inside a bisection bracket: a root, not a sample (peer bug (b) fixed).
 * s(ln t) is strictly increasing (checked by the golden script), so the root is unique.
 */
export function encalsTimeAtSurvival(survival: number, linearPredictor: number): number {
  // S = p  ⇔  s(x) + LP = ln((1 - p) / p)
  const target = Math.log((1 - survival) / survival) - linearPredictor;
  let lo = LN_T_MIN;
  let hi = LN_T_MAX;
  if (encalsBaselineLogOdds(lo) >= target) return Math.exp(lo);
  if (encalsBaselineLogOdds(hi) <= target) return Math.exp(hi);
  let x = Math.log(36);
  for (let i = 0; i < 100; i++) {
    const f = encalsBaselineLogOdds(x) - target;
    if (Math.abs(f) < 1e-13) break;
    if (f > 0) hi = x;
    else lo = x;
    const step = f / baselineSlope(x);
    let next = x - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-14) {
      x = next;
      break;
    }
    x = next;
  }
  return Math.exp(x);
}

/** Median from onset: S(t) = 0.5. */
export function encalsMedianMonthsFromOnset(linearPredictor: number): number {
  return encalsTimeAtSurvival(0.5, linearPredictor);
}

/** Median from onset for a patient event-free at tau: S(t) = S(tau) / 2 (peer bug (c) fixed). */
export function encalsConditionalMedianMonthsFromOnset(tauMonths: number, linearPredictor: number): number {
  return encalsTimeAtSurvival(encalsSurvival(tauMonths, linearPredictor) / 2, linearPredictor);
}
