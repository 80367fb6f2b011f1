/**
 * "Needs attention today": what a clinic should act on for one patient, read from what the care
 * and diagnosis modules already computed on asOf (never a threshold of its own). Each item names
 * its code, a severity, the values its text needs, the case facts it rests on (by path) and the
 * source of the rule behind it.
 *
 * - NIV criteria met, not ventilated, no decision holding it back: the care rule
 *   `breathing.niv.offer` (new, or reopened because the trigger worsened since a decline).
 * - Weight loss past the care module's thresholds: `nutrition.weightLossModerate` (5 %) and
 *   `nutrition.weightLossSevere` (10 %), new or reopened.
 * - FVC and ALSFRS-R overdue: the care module's monitoring intervals (the clinical reference gives
 *   no separate "overdue" limit): the next measurement falls due at the last one plus
 *   `respiratoryTestIntervalMonths` (3 months, 2 for a fast progressor; NICE QS126 statement 2)
 *   or `alsfrsrIntervalMonths` (3 months; care reference §7), and it is overdue from that day on
 *   (due today counts). Only while the care plan carries `monitoring.measureFvc` / `monitoring.alsfrsr`,
 *   so a recorded decision (done, deferred) is honoured.
 * - Referrals due: the care plan's `team.refer.*` and `team.multidisciplinaryClinic`
 *   recommendations not yet acted on (no referral recorded for that recommendation).
 * - Workup pending: required exclusion tests without a result and abnormal results awaiting review
 *   (the diagnosis module's exclusion status).
 * - Care decisions due for review: a deferral whose date has come, a decline whose trigger has
 *   worsened (the care module's `reopened` recommendations).
 * - Upcoming visits: a recorded visit dated after asOf, within 14 days.
 * - Nothing for a patient who has died (a death date on or before asOf).
 * - Insufficient data: where the care module could not run a rule behind an item (most often
 *   rules that wait for a diagnosis), said explicitly instead of staying silent.
 */
import { respiratoryTestIntervalMonths } from '../care/cadence.js';
import type { CareAssessment, CareRecommendation, Priority } from '../care/types.js';
import { addDays, addMonths, daysBetween, type IsoDate } from '../common/dates.js';
import type { Source } from '../common/source.js';
import type { ExclusionStatus, WorkupItem } from '../diagnosis/workup.js';

export type AttentionSeverity = 'urgent' | 'due' | 'info';
export const SEVERITY_ORDER: readonly AttentionSeverity[] = ['urgent', 'due', 'info'];

export type AttentionCode =
  | 'niv.criteriaMet'
  | 'weight.loss'
  | 'fvc.overdue'
  | 'alsfrsr.overdue'
  | 'referral.due'
  | 'workup.pending'
  | 'decision.review'
  | 'visit.upcoming'
  | 'insufficientData';

export type AttentionValue = string | number | boolean | null | readonly string[];

export interface AttentionItem {
  code: AttentionCode;
  severity: AttentionSeverity;
  /** The values the text names (a percentage, a date, the disciplines). */
  params: Readonly<Record<string, AttentionValue>>;
  /** The case facts it rests on, by path ('vitalCapacity[3].percentPredicted'). */
  facts: readonly string[];
  /** The source of the rule behind it; null for what the record itself says (a booked visit). */
  source: Source | null;
  /**
   * Days since it became due (0 = due today); negative for something ahead (a visit in 3 days);
   * null when the record gives no date to count from (nothing ever measured).
   */
  overdueDays: number | null;
  /** The care recommendations it stands for. */
  careCodes: readonly string[];
}

/** What the attention list reads: the parts of an assessment (`assess`) it needs, and two store-only lists. */
export interface AttentionInput {
  asOf: IsoDate;
  care: CareAssessment;
  diagnosis: { workup: readonly WorkupItem[]; exclusions: ExclusionStatus };
  function: { progressionRate: number | null };
  /** Visits recorded for the patient (any date). */
  visits?: readonly { date: IsoDate; kind?: string | undefined }[];
  /** The case's endpoints as known on asOf: a patient who has died needs no item. */
  endpoints?: { deathDate?: IsoDate | undefined } | undefined;
  /** Referrals recorded for the patient (any date). */
  referrals?: readonly { date: IsoDate; service: string; status?: string | undefined; careCode?: string | undefined }[];
}

/** Days ahead within which a booked visit is listed. */
export const UPCOMING_VISIT_DAYS = 14;

const NIV = 'breathing.niv.offer';
const WEIGHT = ['nutrition.weightLossSevere', 'nutrition.weightLossModerate'];
const FVC = 'monitoring.measureFvc';
const ALSFRSR = 'monitoring.alsfrsr';
const isReferral = (code: string) => code.startsWith('team.refer.') || code === 'team.multidisciplinaryClinic';
/** Referral statuses that mean the recommendation is being acted on. */
const ACTED_ON = new Set(['requested', 'accepted', 'seen']);

const severityOf = (p: Priority): AttentionSeverity => (p === 'urgent' ? 'urgent' : 'due');
const actionable = (r: CareRecommendation) => r.status === 'new' || r.status === 'reopened';
const factPaths = (r: CareRecommendation) =>
  r.triggers.map((t) => t.path).filter((p) => !p.startsWith('ctx.') && p.includes('['));
const earliestDate = (r: CareRecommendation): IsoDate | undefined =>
  r.triggers
    .map((t) => t.date)
    .filter((d): d is IsoDate => d !== undefined)
    .sort()[0];
const daysSince = (asOf: IsoDate, since: IsoDate | undefined) =>
  since === undefined ? null : Math.max(0, daysBetween(since, asOf));
const decisionParams = (r: CareRecommendation): Record<string, AttentionValue> =>
  r.status === 'reopened' && r.decision
    ? { decision: r.decision.status, decisionDate: r.decision.date, decisionNote: r.decisionNote ?? null }
    : {};

/**
 * An overdue measurement from a monitoring recommendation: due at the last measurement plus the
 * interval; null while that day is still ahead (the care plan lists it up to 4 weeks early).
 */
function overdueMeasurement(
  code: 'fvc.overdue' | 'alsfrsr.overdue',
  rec: CareRecommendation,
  intervalMonths: number,
  asOf: IsoDate,
): AttentionItem | null {
  const last = rec.triggers[0];
  const lastDate = typeof last?.value === 'string' && last.value !== 'none recorded' ? last.value : null;
  const dueOn = lastDate ? addMonths(lastDate, intervalMonths) : null;
  if (dueOn !== null && dueOn > asOf) return null;
  return {
    code,
    severity: severityOf(rec.priority),
    params: { lastDate, dueOn, intervalMonths },
    facts: last && lastDate ? [last.path] : [],
    source: rec.source,
    overdueDays: dueOn ? daysBetween(dueOn, asOf) : null,
    careCodes: [rec.code],
  };
}

/**
 * The items needing attention for one patient on asOf, most urgent first.
 *
 * @example attentionItems({ asOf, care: a.care, diagnosis: a.diagnosis, function: a.function, visits })
 */
export function attentionItems(input: AttentionInput): AttentionItem[] {
  const { asOf, care } = input;
  const death = input.endpoints?.deathDate;
  if (death !== undefined && death <= asOf) return [];
  const items: AttentionItem[] = [];
  const used = new Set<string>();
  const recs = care.recommendations.filter(actionable);
  const take = (code: string) => {
    const r = recs.find((x) => x.code === code && !used.has(x.code));
    if (r) used.add(r.code);
    return r;
  };

  const niv = take(NIV);
  if (niv) {
    items.push({
      code: 'niv.criteriaMet',
      severity: severityOf(niv.priority),
      params: {
        criteria: niv.triggers.map((t) => t.note?.split(' [')[0] ?? t.path),
        fvcPercent: niv.triggerMeasure === 'fvcPercentPredicted' ? (niv.triggerValue ?? null) : null,
        ...decisionParams(niv),
      },
      facts: factPaths(niv),
      source: niv.source,
      overdueDays: daysSince(asOf, earliestDate(niv)),
      careCodes: [niv.code],
    });
  }

  for (const code of WEIGHT) {
    const w = take(code);
    if (!w) continue;
    // The other weight rule cannot fire with it (their bands do not overlap); mark both as used.
    for (const c of WEIGHT) used.add(c);
    const latest = w.triggers[0];
    items.push({
      code: 'weight.loss',
      severity: severityOf(w.priority),
      params: {
        lossPercent: w.triggerValue ?? null,
        latestKg: typeof latest?.value === 'number' ? latest.value : null,
        latestDate: latest?.date ?? null,
        reference: w.triggers[1]?.path === 'patient.premorbidWeightKg' ? 'premorbid' : 'firstRecorded',
        thresholdPercent:
          code === 'nutrition.weightLossSevere'
            ? care.settings.weightLossSeverePercent
            : care.settings.weightLossModeratePercent,
        ...decisionParams(w),
      },
      facts: factPaths(w),
      source: w.source,
      overdueDays: daysSince(asOf, latest?.date),
      careCodes: [w.code],
    });
    break;
  }

  const ctx = { alsDiagnosed: true, progressionRatePerMonth: input.function.progressionRate };
  const fvc = take(FVC);
  if (fvc) {
    const item = overdueMeasurement('fvc.overdue', fvc, respiratoryTestIntervalMonths(ctx, care.settings), asOf);
    if (item) items.push(item);
  }
  const frs = take(ALSFRSR);
  if (frs) {
    const item = overdueMeasurement('alsfrsr.overdue', frs, care.settings.alsfrsrIntervalMonths, asOf);
    if (item) items.push(item);
  }

  // Decisions due for review: a deferral whose date has come, a decline whose trigger worsened.
  for (const r of recs) {
    if (used.has(r.code) || r.status !== 'reopened') continue;
    const d = r.decision;
    if (!d || (d.status !== 'deferred' && d.status !== 'declined')) continue;
    used.add(r.code);
    const since = d.status === 'deferred' ? (d.until ?? d.date) : earliestDate(r);
    items.push({
      code: 'decision.review',
      severity: severityOf(r.priority),
      params: {
        careCode: r.code,
        title: r.title,
        decision: d.status,
        decisionDate: d.date,
        until: d.until ?? null,
        decisionNote: r.decisionNote ?? null,
      },
      facts: factPaths(r),
      source: r.source,
      overdueDays: daysSince(asOf, since),
      careCodes: [r.code],
    });
  }

  // Referrals the plan recommends and nobody has sent yet.
  const referred = new Set(
    (input.referrals ?? [])
      .filter((f) => f.careCode !== undefined && f.date <= asOf && (f.status === undefined || ACTED_ON.has(f.status)))
      .map((f) => f.careCode as string),
  );
  const referrals = recs.filter((r) => isReferral(r.code) && !used.has(r.code) && !referred.has(r.code));
  if (referrals.length > 0) {
    for (const r of referrals) used.add(r.code);
    const worst = referrals.some((r) => r.priority === 'urgent') ? 'urgent' : 'soon';
    const since = referrals
      .map(earliestDate)
      .filter((d): d is IsoDate => d !== undefined)
      .sort()[0];
    items.push({
      code: 'referral.due',
      severity: severityOf(worst),
      params: {
        referrals: referrals.map((r) => r.code),
        titles: referrals.map((r) => r.title),
      },
      facts: [...new Set(referrals.flatMap(factPaths))],
      source: referrals[0]!.source,
      overdueDays: daysSince(asOf, since),
      careCodes: referrals.map((r) => r.code),
    });
  }

  // Workup: required exclusions without a result, abnormal results awaiting review.
  const ex = input.diagnosis.exclusions;
  if (ex.pending.length > 0 || ex.toReview.length > 0) {
    const first = input.diagnosis.workup.find((w) => w.code === (ex.pending[0]?.code ?? ex.toReview[0]?.code));
    // Once ALS is diagnosed (by criteria or a recorded diagnosis) a missing exclusion is a gap in
    // the record rather than a step of the diagnosis: listed, not as due.
    const diagnosed = !care.insufficient.some((g) => g.code === 'care.diagnosis');
    items.push({
      code: 'workup.pending',
      severity: diagnosed ? 'info' : 'due',
      params: { pending: ex.pending.map((t) => t.name), toReview: ex.toReview.map((t) => t.name) },
      facts: [],
      source: first?.source ?? null,
      overdueDays: null,
      careCodes: [],
    });
  }

  // The next booked visit within 14 days.
  const horizon = addDays(asOf, UPCOMING_VISIT_DAYS);
  const next = (input.visits ?? [])
    .filter((v) => v.date > asOf && v.date <= horizon)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (next) {
    const inDays = daysBetween(asOf, next.date);
    items.push({
      code: 'visit.upcoming',
      severity: 'info',
      params: { date: next.date, kind: next.kind ?? null, inDays },
      facts: [],
      source: null,
      overdueDays: -inDays,
      careCodes: [],
    });
  }

  // Rules behind these items the care module could not run: say so rather than stay silent.
  const watched = (code: string) => code === NIV || WEIGHT.includes(code) || code === FVC || code === ALSFRSR;
  for (const gap of care.insufficient) {
    const waiting = gap.code === 'care.diagnosis';
    if (!waiting && !watched(gap.code)) continue;
    items.push({
      code: 'insufficientData',
      severity: 'info',
      params: { careCode: gap.code, missing: [...gap.needs], reason: gap.reason ?? null, waitingForDiagnosis: waiting },
      facts: [],
      source: null,
      overdueDays: null,
      careCodes: [gap.code],
    });
  }

  return items.sort(compareItems);
}

const rank = (s: AttentionSeverity) => SEVERITY_ORDER.indexOf(s);

/** Urgent first, then due, then information; within one severity the most overdue first (undated last). */
export function compareItems(a: AttentionItem, b: AttentionItem): number {
  return (
    rank(a.severity) - rank(b.severity) ||
    (a.overdueDays === null
      ? b.overdueDays === null
        ? 0
        : 1
      : b.overdueDays === null
        ? -1
        : b.overdueDays - a.overdueDays) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** The worst severity among items, or null for none. */
export function worstSeverity(items: readonly AttentionItem[]): AttentionSeverity | null {
  let worst: AttentionSeverity | null = null;
  for (const i of items) if (worst === null || rank(i.severity) < rank(worst)) worst = i.severity;
  return worst;
}

/**
 * Patients by urgency: the worst item first (severity, then how overdue), then more items at
 * that severity first. Each list must be sorted (`attentionItems` sorts). Ties are left to the caller.
 */
export function comparePatients(a: readonly AttentionItem[], b: readonly AttentionItem[]): number {
  const [x, y] = [a[0], b[0]];
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  const first = compareItems(x, y);
  if (first !== 0 && (x.severity !== y.severity || x.overdueDays !== y.overdueDays)) return first;
  const count = (l: readonly AttentionItem[], s: AttentionSeverity) => l.filter((i) => i.severity === s).length;
  return count(b, x.severity) - count(a, x.severity);
}
