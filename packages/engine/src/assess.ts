/**
 * One call from a patient's facts to the full assessment: diagnosis, function, staging,
 * prognosis and care, each from its own module, with the results one layer needs from another
 * passed along here (and only here).
 */
import type { IsoDate } from './common/dates.js';
import type { PatientCase } from './facts/index.js';
import {
  evaluateFunction,
  type FunctionAssessment,
  type FunctionSettings,
  renderFunctionText,
} from './function/index.js';

/**
 * The latest date of a recorded fact in the case: the default assessment date of the CLI, so a
 * report depends on the file and not on the day it is run. Dates that plan rather than record
 * (a decision deferred `until`) do not count. Undefined when the case holds no dated fact.
 *
 * @example latestFactDate({ schemaVersion: 1, patient: { id: 'p' }, weights: [{ date: '2024-05-02', weightKg: 70 }] }) // '2024-05-02'
 */
export function latestFactDate(c: PatientCase): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const see = (date: IsoDate | undefined) => {
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  };
  see(c.history?.onsetDate);
  see(c.history?.diagnosisDate);
  see(c.endpoints?.deathDate);
  see(c.endpoints?.tracheostomyDate);
  see(c.endpoints?.nivOver23hDate);
  for (const list of [
    c.exams,
    c.emg,
    c.investigations,
    c.genetics,
    c.alsfrsr,
    c.alsfrsOriginal,
    c.vitalCapacity,
    c.respiratory,
    c.weights,
    c.symptoms,
    c.screenings,
    c.labs,
    c.careDecisions,
    c.advanceCarePlans,
  ]) {
    for (const record of list ?? []) see(record.date);
  }
  for (const record of [...(c.medications ?? []), ...(c.interventions ?? [])]) {
    see(record.startDate);
    see(record.stopDate);
  }
  return latest;
}

/** Everything Betz derives from one patient's facts as of one date. */
export interface Assessment {
  patientId: string;
  asOf: IsoDate;
  function: FunctionAssessment;
}

/** Settings per module; each falls back to that module's documented defaults. */
export interface AssessmentSettings {
  function?: Partial<FunctionSettings>;
}

/**
 * The full assessment of a case as of a date (no clock: `asOf` is "today").
 *
 * @example assess(patientCase, '2024-05-02').diagnosis.elEscorial.category // 'probable'
 */
export function assess(c: PatientCase, asOf: IsoDate, settings: AssessmentSettings = {}): Assessment {
  const fn = evaluateFunction(c, asOf, settings.function);
  return { patientId: c.patient.id, asOf, function: fn };
}

/** The assessment as a plain-text report: each module's own rendering, in clinical order. */
export function renderAssessmentText(a: Assessment): string {
  const sections = [`Betz assessment of patient ${a.patientId} as of ${a.asOf}`, renderFunctionText(a.function)];
  return sections.join('\n\n');
}
