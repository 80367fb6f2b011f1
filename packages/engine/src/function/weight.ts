/**
 * Weight change from the premorbid weight and from the weight at diagnosis, and BMI
 * (weight kg / height m²). Missing facts are named by their path, never guessed.
 */
import { daysBetween, type IsoDate } from '../common/index.js';
import type { WeightRecord } from '../facts/index.js';
import type { CaseView } from '../view/asOf.js';

export interface WeightChange {
  fromKg: number;
  kg: number;
  /** Negative = loss. */
  percent: number;
}

export interface WeightAssessment {
  latest: WeightRecord | null;
  /** BMI at the latest weight, kg/m². */
  bmi: number | null;
  premorbidBmi: number | null;
  fromPremorbid: WeightChange | null;
  /** The weight record taken as "at diagnosis" (nearest the diagnosis date within the window). */
  atDiagnosis: WeightRecord | null;
  fromDiagnosis: WeightChange | null;
  /** Facts that would complete the picture, by path. */
  needs: string[];
}

/** BMI = kg / m², or null without a usable height. */
export function bodyMassIndex(weightKg: number, heightCm: number | undefined): number | null {
  if (heightCm === undefined || !(heightCm > 0)) return null;
  const m = heightCm / 100;
  return weightKg / (m * m);
}

/** The change from `fromKg` to `toKg`, in kg and in percent of `fromKg` (negative = loss). */
export function weightChange(fromKg: number, toKg: number): WeightChange {
  return { fromKg, kg: toKg - fromKg, percent: ((toKg - fromKg) / fromKg) * 100 };
}

/**
 * The weight record nearest `date` within `windowDays` (earlier record wins a tie), of those given:
 * a view's list (`caseAsOf`), which holds none after its date.
 */
export function weightNear(
  weights: readonly WeightRecord[] | undefined,
  date: IsoDate,
  windowDays: number,
): WeightRecord | null {
  let best: WeightRecord | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const w of weights ?? []) {
    const gap = Math.abs(daysBetween(date, w.date));
    if (gap <= windowDays && (gap < bestGap || (gap === bestGap && best !== null && w.date < best.date))) {
      best = w;
      bestGap = gap;
    }
  }
  return best;
}

/** Weight, BMI and their changes on the view's date (a diagnosis dated later is not yet known there). */
export function assessWeight(v: CaseView, diagnosisWindowDays: number): WeightAssessment {
  const c = v.case;
  const needs: string[] = [];
  const latest = c.weights?.at(-1) ?? null;
  const height = c.patient.heightCm;
  const premorbid = c.patient.premorbidWeightKg;
  if (!latest) needs.push('weights');
  if (height === undefined) needs.push('patient.heightCm');
  if (premorbid === undefined) needs.push('patient.premorbidWeightKg');
  const dx = c.history?.diagnosisDate;
  if (dx === undefined) needs.push('history.diagnosisDate');
  const atDiagnosis = dx !== undefined ? weightNear(c.weights, dx, diagnosisWindowDays) : null;
  if (dx !== undefined && !atDiagnosis) needs.push('weights (near history.diagnosisDate)');
  return {
    latest,
    bmi: latest ? bodyMassIndex(latest.weightKg, height) : null,
    premorbidBmi: premorbid !== undefined ? bodyMassIndex(premorbid, height) : null,
    fromPremorbid: latest && premorbid !== undefined && premorbid > 0 ? weightChange(premorbid, latest.weightKg) : null,
    atDiagnosis,
    fromDiagnosis: latest && atDiagnosis ? weightChange(atDiagnosis.weightKg, latest.weightKg) : null,
    needs,
  };
}
