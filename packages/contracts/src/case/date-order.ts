/**
 * Dates in an order that cannot happen. Only orders that are certain are refused: a diagnosis of
 * ALS before its symptoms began, a fact before birth, an examination or a measurement after
 * death, a stop before a start. Orders that are merely unusual (an ALSFRS-R before onset, a
 * post-mortem genetic result or diagnosis) are left to the clinician.
 *
 * The checks read the case defensively (a field may itself be invalid; it is then skipped) so
 * that one run reports every problem in the file at once.
 */
import { CASE_FACT_KINDS, type FactKindEntry, isIsoDate } from '@betz/engine';

export interface DateOrderIssue {
  path: (string | number)[];
  message: string;
}

interface DatedList {
  list: string;
  fields: readonly string[];
  /** Some of these may be dated after death (results reported, decisions recorded). */
  afterDeathPossible?: boolean;
  /** Prenatal testing exists. */
  beforeBirthPossible?: boolean;
}

/**
 * The dates of a list that may fall outside the patient's life: results reported and decisions
 * recorded after death, a stop recorded after it; prenatal genetic testing. Every other date of
 * every dated list must lie between birth and death.
 */
const AFTER_DEATH_POSSIBLE: Partial<Record<string, readonly string[]>> = {
  investigations: ['date'],
  genetics: ['date'],
  labs: ['date'],
  medications: ['stopDate'],
  interventions: ['stopDate'],
  careDecisions: ['date', 'until'],
};
const BEFORE_BIRTH_POSSIBLE: Partial<Record<string, readonly string[]>> = { genetics: ['date'] };

/**
 * Every dated list in the case (the catalogue's lists and their date fields), with the certainty of
 * its order against birth and death.
 */
const DATED_LISTS: readonly DatedList[] = (CASE_FACT_KINDS as readonly FactKindEntry[]).flatMap((k) => {
  if (k.cardinality !== 'many' || k.caseKey === null) return [];
  const list = k.caseKey;
  const dates = [...(k.placedBy === null ? [] : [k.placedBy]), ...k.otherDates, ...(k.plannedDates ?? [])];
  return dates.map((field) => ({
    list,
    fields: [field],
    afterDeathPossible: AFTER_DEATH_POSSIBLE[list]?.includes(field) ?? false,
    beforeBirthPossible: BEFORE_BIRTH_POSSIBLE[list]?.includes(field) ?? false,
  }));
});

/** Start-before-end pairs inside one record. */
const INTERVALS = [
  { list: 'medications', start: 'startDate', end: 'stopDate', what: 'the stop date', before: 'the start date' },
  { list: 'interventions', start: 'startDate', end: 'stopDate', what: 'the stop date', before: 'the start date' },
  { list: 'careDecisions', start: 'date', end: 'until', what: 'the deferred-until date', before: 'the decision date' },
] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const dateAt = (o: unknown, key: string): string | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return isIsoDate(v) ? v : undefined;
};

/** The impossible date orders in a case (possibly partly invalid), each at the path of the later-checked date. */
export function dateOrderIssues(input: unknown): DateOrderIssue[] {
  if (!isObj(input)) return [];
  const issues: DateOrderIssue[] = [];
  const birth = dateAt(input.patient, 'birthDate');
  const death = dateAt(input.endpoints, 'deathDate');
  const onset = dateAt(input.history, 'onsetDate');
  const diagnosis = dateAt(input.history, 'diagnosisDate');

  const checkAgainstBirthAndDeath = (
    path: (string | number)[],
    date: string,
    o: DatedList | { afterDeathPossible?: boolean; beforeBirthPossible?: boolean },
  ) => {
    if (birth && date < birth && !o.beforeBirthPossible) {
      issues.push({ path, message: `${date} is before the patient's birth (patient.birthDate ${birth})` });
    }
    if (death && date > death && !o.afterDeathPossible) {
      issues.push({ path, message: `${date} is after the patient's death (endpoints.deathDate ${death})` });
    }
  };

  // ALS is diagnosed on its signs: a diagnosis date before symptom onset cannot be right.
  if (onset && diagnosis && diagnosis < onset) {
    issues.push({
      path: ['history', 'diagnosisDate'],
      message: `diagnosis (${diagnosis}) cannot precede symptom onset (history.onsetDate ${onset})`,
    });
  }
  if (onset) checkAgainstBirthAndDeath(['history', 'onsetDate'], onset, {});
  if (diagnosis) checkAgainstBirthAndDeath(['history', 'diagnosisDate'], diagnosis, { afterDeathPossible: true });
  for (const key of ['tracheostomyDate', 'nivOver23hDate'] as const) {
    const date = dateAt(input.endpoints, key);
    if (date) checkAgainstBirthAndDeath(['endpoints', key], date, {});
  }
  if (death) checkAgainstBirthAndDeath(['endpoints', 'deathDate'], death, {});

  for (const dated of DATED_LISTS) {
    const records = input[dated.list];
    if (!Array.isArray(records)) continue;
    records.forEach((record, i) => {
      for (const field of dated.fields) {
        const date = dateAt(record, field);
        if (date) checkAgainstBirthAndDeath([dated.list, i, field], date, dated);
      }
    });
  }

  for (const interval of INTERVALS) {
    const records = input[interval.list];
    if (!Array.isArray(records)) continue;
    records.forEach((record, i) => {
      const start = dateAt(record, interval.start);
      const end = dateAt(record, interval.end);
      if (start && end && end < start) {
        issues.push({
          path: [interval.list, i, interval.end],
          message: `${interval.what} (${end}) is before ${interval.before} (${interval.start} ${start})`,
        });
      }
    });
  }
  return issues;
}
