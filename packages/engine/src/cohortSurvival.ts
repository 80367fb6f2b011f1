/**
 * Survival of a cohort of cases (issue 10): time from symptom onset or from diagnosis to the ENCALS
 * composite endpoint (death, tracheostomy or invasive ventilation, NIV over 23 h/day;
 * `compositeEndpoint`, Westeneng 2018), Kaplan-Meier per group and the log-rank test between groups.
 *
 * Censoring: a patient without the endpoint is censored at the last recorded fact date of the case
 * (`latestFactDate`: the latest dated fact; planned dates do not count). That is the last day the
 * patient is known to have been event-free.
 *
 * Never guessed: a patient without the start date, with an endpoint before it, or without the fact
 * the grouping needs is excluded and listed with the reason.
 */
import { latestFactDate, prognosisInput } from './assess.js';
import {
  type KaplanMeierFit,
  kaplanMeier,
  type LogRankResult,
  logRankTest,
  type SurvivalAtTime,
  survivalAt,
} from './cohort/index.js';
import { DAYS_PER_MONTH, daysBetween, type IsoDate } from './common/dates.js';
import { evaluateDiagnosisView } from './diagnosis/index.js';
import type { GeneticResult, PatientCase } from './facts/index.js';
import {
  compositeEndpoint,
  type DeclineCode,
  evaluatePrognosisView,
  type PrognosisSettings,
} from './prognosis/index.js';
import { evaluateStagingView } from './staging/index.js';
import { caseAsOf } from './view/index.js';

export type SurvivalOrigin = 'onset' | 'diagnosis';
export type SurvivalGrouping = 'onsetRegion' | 'encalsGroup' | 'genetics' | 'kingsAtFirstVisit';
export const SURVIVAL_GROUPINGS: readonly SurvivalGrouping[] = [
  'onsetRegion',
  'encalsGroup',
  'genetics',
  'kingsAtFirstVisit',
];

export interface CohortSurvivalOptions {
  from: SurvivalOrigin;
  /** Group the patients (one curve per group, log-rank between them); absent: one curve for all. */
  by?: SurvivalGrouping;
  /** Months from the origin at which to read S, its band and the number at risk (default 12, 24, 36). */
  timesMonths?: readonly number[];
  confidenceLevel?: number;
  prognosisSettings?: Partial<PrognosisSettings>;
}

/** One patient in the analysis. */
export interface SurvivalSubject {
  id: string;
  group: string;
  startDate: IsoDate;
  /** The endpoint date, or the censoring date (the last recorded fact). */
  endDate: IsoDate;
  months: number;
  event: boolean;
  /** Which endpoint, when reached. */
  endpoint: DeclineCode | null;
}

export interface ExcludedPatient {
  id: string;
  reason: string;
}

export interface SurvivalGroup {
  label: string;
  n: number;
  events: number;
  fit: KaplanMeierFit;
  atTimes: SurvivalAtTime[];
}

export interface CohortSurvival {
  from: SurvivalOrigin;
  by: SurvivalGrouping | null;
  /** What the time runs to, in words (for tables and plots). */
  endpoint: string;
  censoring: string;
  timesMonths: number[];
  confidenceLevel: number;
  subjects: SurvivalSubject[];
  excluded: ExcludedPatient[];
  /** In a stable order: the grouping's own order, then by label. */
  groups: SurvivalGroup[];
  /** Null without a grouping; notTested (with the reason) with fewer than two groups. */
  logRank: LogRankResult | null;
}

export const SURVIVAL_ENDPOINT = 'composite endpoint: death, tracheostomy or invasive ventilation, NIV over 23 h/day';
export const SURVIVAL_CENSORING = 'censored at the last recorded fact date of the case';

const START_FIELD: Record<SurvivalOrigin, 'onsetDate' | 'diagnosisDate'> = {
  onset: 'onsetDate',
  diagnosis: 'diagnosisDate',
};

/**
 * Kaplan-Meier survival of a cohort from onset or diagnosis to the composite endpoint, by group.
 *
 * @example cohortSurvival(cases, { from: 'onset', by: 'onsetRegion' }).groups[0]?.fit.median.estimate
 */
export function cohortSurvival(cases: readonly PatientCase[], opts: CohortSurvivalOptions): CohortSurvival {
  const timesMonths = [...(opts.timesMonths ?? [12, 24, 36])];
  for (const t of timesMonths) {
    if (!Number.isFinite(t) || t < 0) throw new RangeError(`times must be numbers of months ≥ 0 (got ${t})`);
  }
  const level = opts.confidenceLevel ?? 0.95;
  const subjects: SurvivalSubject[] = [];
  const excluded: ExcludedPatient[] = [];
  for (const c of cases) {
    const id = c.patient.id;
    const field = START_FIELD[opts.from];
    const start = c.history?.[field];
    if (start === undefined) {
      excluded.push({ id, reason: `insufficient data: needs history.${field}` });
      continue;
    }
    const ep = compositeEndpoint(c);
    const end = ep ? ep.date : latestFactDate(c);
    if (end === undefined) {
      excluded.push({ id, reason: 'insufficient data: needs a dated fact (no follow-up to censor at)' });
      continue;
    }
    if (end < start) {
      excluded.push({
        id,
        reason: ep
          ? `the endpoint (${ep.reason}) is before history.${field} ${start}: check the dates`
          : `the last recorded fact (${end}) is before history.${field} ${start}: check the dates`,
      });
      continue;
    }
    const group = opts.by ? groupOf(c, opts.by, opts.prognosisSettings) : { label: 'all patients' };
    if ('excluded' in group) {
      excluded.push({ id, reason: group.excluded });
      continue;
    }
    subjects.push({
      id,
      group: group.label,
      startDate: start,
      endDate: end,
      months: daysBetween(start, end) / DAYS_PER_MONTH,
      event: ep !== null,
      endpoint: ep?.code ?? null,
    });
  }
  const labels = [...new Set(subjects.map((s) => s.group))].sort(groupOrder(opts.by));
  const groups: SurvivalGroup[] = [];
  const observations = labels.map((label) =>
    subjects.filter((s) => s.group === label).map((s) => ({ time: s.months, event: s.event })),
  );
  labels.forEach((label, i) => {
    const fit = kaplanMeier(observations[i]!, { confidenceLevel: level });
    // A label exists only with a subject, so the estimator never refuses here.
    if (fit.kind !== 'estimated') throw new Error(`unexpected: ${fit.reason}`);
    groups.push({ label, n: fit.n, events: fit.events, fit, atTimes: timesMonths.map((t) => survivalAt(fit, t)) });
  });
  let logRank: LogRankResult | null = null;
  if (opts.by) {
    logRank =
      labels.length < 2
        ? { kind: 'notTested', reason: `a log-rank test needs at least two groups (got ${labels.length})` }
        : logRankTest(observations, labels);
  }
  return {
    from: opts.from,
    by: opts.by ?? null,
    endpoint: SURVIVAL_ENDPOINT,
    censoring: SURVIVAL_CENSORING,
    timesMonths,
    confidenceLevel: level,
    subjects,
    excluded,
    groups,
    logRank,
  };
}

type GroupOf = { label: string } | { excluded: string };

function groupOf(c: PatientCase, by: SurvivalGrouping, ps?: Partial<PrognosisSettings>): GroupOf {
  switch (by) {
    case 'onsetRegion': {
      const site = c.history?.onsetSite;
      return site === undefined ? { excluded: 'insufficient data: needs history.onsetSite' } : { label: site };
    }
    case 'genetics':
      return { label: geneticsGroup(c.genetics) };
    case 'kingsAtFirstVisit': {
      const first = firstVisitDate(c);
      if (first === undefined)
        return { excluded: 'insufficient data: needs alsfrsr (the first visit is the first ALSFRS-R)' };
      const k = evaluateStagingView(caseAsOf(c, first)).kings;
      if (k.kind !== 'staged') return { excluded: `King's stage at the first visit (${first}): ${k.reason}` };
      return { label: `King's ${k.stage}` };
    }
    case 'encalsGroup': {
      const first = firstVisitDate(c);
      if (first === undefined)
        return { excluded: 'insufficient data: needs alsfrsr (the first visit is the first ALSFRS-R)' };
      const view = caseAsOf(c, first);
      const e = evaluatePrognosisView(view, prognosisInput(evaluateDiagnosisView(view)), ps).encals;
      if (e.kind !== 'predicted') return { excluded: `ENCALS at the first visit (${first}): ${e.reason}` };
      if (e.riskGroup === null) return { excluded: 'ENCALS risk groups are switched off in the prognosis settings' };
      return { label: e.riskGroup.label };
    }
  }
}

/** The first visit: the date of the earliest ALSFRS-R record (King's and ENCALS both need one). */
export function firstVisitDate(c: PatientCase): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const r of c.alsfrsr ?? []) if (first === undefined || r.date < first) first = r.date;
  return first;
}

const POSITIVE = new Set(['pathogenic', 'likelyPathogenic']);

/**
 * The genetics group: the genes with a pathogenic or likely pathogenic result ('C9orf72', 'SOD1',
 * joined with ' + ' when more than one), 'no pathogenic variant' when tested without one (a VUS
 * counts as none), 'not tested' when the case holds no genetic result.
 */
export function geneticsGroup(results: readonly GeneticResult[] | undefined): string {
  if (!results || results.length === 0) return 'not tested';
  const genes = [...new Set(results.filter((r) => POSITIVE.has(r.classification)).map((r) => r.gene))].sort();
  return genes.length === 0 ? 'no pathogenic variant' : genes.join(' + ');
}

const ORDER: Partial<Record<SurvivalGrouping, readonly string[]>> = {
  onsetRegion: ['bulbar', 'cervical', 'thoracic', 'lumbosacral', 'respiratory', 'generalised', 'cognitive'],
  encalsGroup: ['very short', 'short', 'intermediate', 'long', 'very long'],
  genetics: ['C9orf72', 'SOD1'],
};

function groupOrder(by: SurvivalGrouping | undefined): (a: string, b: string) => number {
  const order = by ? (ORDER[by] ?? []) : [];
  const rank = (s: string) => {
    if (s === 'no pathogenic variant') return 1000;
    if (s === 'not tested') return 1001;
    const i = order.indexOf(s);
    return i < 0 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}
