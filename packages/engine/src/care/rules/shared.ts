/** Small pieces the rule files share: the diagnosis fact, ×ULN reading, symptom windows. */
import { addDays, type IsoDate } from '../../common/dates.js';
import { type Insufficient, insufficient } from '../../common/result.js';
import type { LabResult, SymptomCode } from '../../facts/index.js';
import { type Indexed, latestLab, recentSymptom, symptomFact } from '../facts.js';
import type { CareEnv, CareRule, TriggerFact } from '../types.js';

/** Identity with a type: rule tables read as data. */
export const rules = (list: CareRule[]): readonly CareRule[] => Object.freeze(list);

/** The fact that ALS is diagnosed, for rules gated on diagnosis. */
export function diagnosisFact(env: CareEnv): TriggerFact {
  if (env.ctx.alsDiagnosed !== undefined) {
    return {
      path: 'ctx.alsDiagnosed',
      value: env.ctx.alsDiagnosed,
      ...(env.ctx.diagnosisCategory ? { note: env.ctx.diagnosisCategory } : {}),
    };
  }
  return {
    path: 'history.diagnosisDate',
    value: env.c.history?.diagnosisDate ?? 'unknown',
    note: 'clinical diagnosis',
  };
}

export interface UlnReading {
  lab: Indexed<LabResult>;
  timesUln: number;
}

/** The latest result of `test` since `since`, as a multiple of its upper limit of normal. */
export function timesUln(env: CareEnv, test: string, since?: IsoDate): UlnReading | Insufficient | undefined {
  const lab = latestLab(env.view, [test], since);
  if (!lab) return undefined;
  const uln = lab.item.upperLimitOfNormal;
  if (uln === undefined || uln <= 0) {
    return insufficient(
      [`labs[${lab.index}].upperLimitOfNormal`],
      `${test} ${lab.item.value} needs its upper limit of normal`,
    );
  }
  return { lab, timesUln: lab.item.value / uln };
}

export const ulnFact = (r: UlnReading, note: string): TriggerFact => ({
  path: `labs[${r.lab.index}].value`,
  value: r.lab.item.value,
  date: r.lab.item.date,
  ...(r.lab.item.unit ? { unit: r.lab.item.unit } : {}),
  note: `${Math.round(r.timesUln * 10) / 10} x ULN (${note})`,
});

/** Current reports of any of `symptoms` (within the lookback window, on or after `since`), as facts. */
export function currentSymptoms(env: CareEnv, symptoms: readonly SymptomCode[], since?: IsoDate): TriggerFact[] {
  const facts: TriggerFact[] = [];
  for (const s of symptoms) {
    const r = recentSymptom(env.view, [s], env.settings.symptomLookbackDays, since);
    if (r) facts.push(symptomFact(r));
  }
  return facts;
}

/** Days from asOf within which a scheduled check is listed. */
export const upcomingLimit = (env: CareEnv): IsoDate => addDays(env.asOf, env.settings.upcomingWindowDays);

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The later of two ISO dates (string order is date order). */
export const laterDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
