/**
 * Recording a decision about a care recommendation (a `careDecision` fact): the form's checks, the
 * fact's data (with the trigger value and measure the engine asks a decision to store, so a later
 * worsening can raise the item again), and, for an item held back, when it comes back, read from
 * the engine's own rule (its `worsening` steps and recurrence) and the stored decision.
 */
import {
  addMonths,
  CARE_RULES,
  type CareDecision,
  type CareRecommendation,
  decisionWorsening,
  type SuppressedRecommendation,
  TRIGGER_MEASURES,
} from '@betz/engine';
import type { FactRecord } from '../../api/patient';

export type DecisionAction = 'accepted' | 'declined' | 'deferred' | 'done';

export const ACTION_LABEL: Readonly<Record<DecisionAction, string>> = {
  accepted: 'Accept',
  declined: 'Decline',
  deferred: 'Defer',
  done: 'Mark done',
};

export interface DecisionInput {
  action: DecisionAction;
  date: string;
  reason: string;
  until: string;
}

export type DecisionField = 'date' | 'reason' | 'until';
export type DecisionProblems = Partial<Record<DecisionField, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the form refuses before sending: a decline needs its reason (the next clinician must know
 * why the patient said no); a deferral needs the date it comes back, after the decision date.
 *
 * @example decisionProblems({ action: 'declined', date: '2025-03-01', reason: ' ', until: '' }) // { reason: 'say why it was declined' }
 */
export function decisionProblems(input: DecisionInput): DecisionProblems {
  const problems: DecisionProblems = {};
  if (!ISO_DATE.test(input.date)) problems.date = 'must be a date';
  if (input.action === 'declined' && !input.reason.trim()) problems.reason = 'say why it was declined';
  if (input.action === 'deferred') {
    if (!ISO_DATE.test(input.until)) problems.until = 'choose the date to come back to it';
    else if (ISO_DATE.test(input.date) && input.until <= input.date)
      problems.until = `must be after the decision date (${input.date})`;
  }
  return problems;
}

/** The `careDecision` fact's data for a recommendation and the form's input. */
export function decisionData(
  rec: Pick<CareRecommendation, 'code' | 'triggerMeasure' | 'triggerValue'>,
  input: DecisionInput,
): CareDecision {
  const data: CareDecision = { code: rec.code, status: input.action, date: input.date };
  const reason = input.reason.trim();
  if (reason) data.reason = reason;
  if (input.action === 'deferred') data.until = input.until;
  // The engine compares a later value with this one to decide whether the trigger got worse.
  if (rec.triggerValue !== undefined) data.triggerValue = rec.triggerValue;
  if (rec.triggerMeasure !== undefined) data.triggerMeasure = rec.triggerMeasure;
  return data;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * When an item held back by a decision is raised again, in the engine's terms: a deferral on its
 * date; a decline or a done when the trigger worsens by the rule's step (or, for done, when the
 * rule recurs or a new run of the trigger begins); a contraindication never.
 *
 * @example comesBack(s) // 'when FVC or VC falls to 43 % predicted or below (45 when declined; a fall of 5 or more counts)'
 */
export function comesBack(s: Pick<SuppressedRecommendation, 'decision' | 'recommendation'>): string {
  const d = s.decision;
  if (d.status === 'contraindicated') return 'never: recorded as contraindicated';
  if (d.status === 'deferred') return d.until ? `on ${d.until}` : 'now: no date was set';
  const rule = CARE_RULES.find((r) => r.code === s.recommendation.code);
  const parts: string[] = [];
  const w = rule ? decisionWorsening(rule, d) : undefined;
  if (w && d.triggerValue !== undefined) {
    const m = TRIGGER_MEASURES[w.measure];
    const threshold = w.direction === 'lower' ? d.triggerValue - w.minChange : d.triggerValue + w.minChange;
    parts.push(
      `when ${m.label} ${w.direction === 'lower' ? 'falls' : 'rises'} to ${fmt(threshold)} ${m.unit} or ${w.direction === 'lower' ? 'below' : 'above'} (${fmt(d.triggerValue)} when ${d.status}; ${w.direction === 'lower' ? 'a fall' : 'a rise'} of ${fmt(w.minChange)} or more counts)`,
    );
  }
  if (d.status === 'done') {
    if (rule?.recurEveryMonths !== undefined)
      parts.push(`on ${addMonths(d.date, rule.recurEveryMonths)} (due every ${rule.recurEveryMonths} months)`);
    parts.push('when the trigger starts again');
  }
  if (parts.length === 0) {
    if (rule?.worsening && d.triggerValue === undefined)
      return 'only with a new decision: no trigger value was stored, so a worsening cannot be seen';
    return 'only with a new decision: this rule has no measure that would raise it again';
  }
  return parts.join(', or ');
}

/** The stored record of a decision the engine read (same code, status, dates and reason). */
export function decisionRecord(
  records: readonly FactRecord<CareDecision>[] | undefined,
  decision: CareDecision | undefined,
): FactRecord<CareDecision> | undefined {
  if (!records || !decision) return undefined;
  const same = (r: FactRecord<CareDecision>) =>
    !r.retracted &&
    r.data.code === decision.code &&
    r.data.status === decision.status &&
    r.data.date === decision.date &&
    r.data.until === decision.until &&
    r.data.reason === decision.reason;
  // The latest matching record: a same-day correction is listed after what it replaced.
  return [...records].reverse().find(same);
}
