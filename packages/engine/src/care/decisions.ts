/**
 * Recorded decisions about recommendations (`PatientCase.careDecisions`), applied to what the
 * rules raise today. The latest decision for a code on or before asOf governs:
 *
 * - contraindicated: suppressed for good.
 * - deferred: suppressed until `until`; from that date it is raised again (a deferral without a
 *   date does not suppress: the plan must not lose an item to a missing date).
 * - declined: suppressed unless the trigger is worse than the value stored with the decision, in
 *   the stored measure and by that measure's step (`CareRule.worsening`: FVC points, % weight
 *   loss, ALSFRS-R item points…). A rule without one stays declined.
 * - done: suppressed unless the trigger is worse, a new run of the trigger began after the
 *   decision, or the rule recurs (`recurEveryMonths`) and that time has passed.
 * - accepted: kept in the plan, marked accepted (agreed, not yet done).
 */
import { addMonths, type IsoDate, latestOnOrBefore } from '../common/dates.js';
import type { CareDecision } from '../facts/index.js';
import { TRIGGER_MEASURES, type TriggerMeasure, type Worsening } from './measures.js';
import type { CareRule, RuleHit } from './types.js';

export type DecisionOutcome =
  | { kind: 'none' }
  | { kind: 'accepted'; decision: CareDecision; note: string }
  | { kind: 'reopened'; decision: CareDecision; note: string }
  | { kind: 'suppressed'; decision: CareDecision; note: string };

/** The governing decision for `code` on asOf: the latest dated on or before it (later entry wins a tie). */
export function latestDecision(
  decisions: readonly CareDecision[] | undefined,
  code: string,
  asOf: IsoDate,
): CareDecision | undefined {
  return latestOnOrBefore(decisions, asOf, (d) => d.code === code);
}

/** True when `current` is worse than `stored` by at least the measure's minimum change. */
export function isWorse(w: Worsening, stored: number, current: number): boolean {
  return w.direction === 'lower' ? current <= stored - w.minChange : current >= stored + w.minChange;
}

/** Today's value of every measure the rule declares (the hit's `value` is its first measure's). */
export function currentMeasures(rule: CareRule, hit: RuleHit): Partial<Record<TriggerMeasure, number>> {
  const first = rule.worsening?.[0];
  return { ...(first && hit.value !== undefined ? { [first.measure]: hit.value } : {}), ...hit.measures };
}

/** The measure and step a decision's stored value is read in, or undefined when the rule has none for it. */
export function decisionWorsening(rule: CareRule, d: CareDecision): Worsening | undefined {
  const measure = d.triggerMeasure ?? rule.untaggedMeasure ?? rule.worsening?.[0]?.measure;
  return rule.worsening?.find((w) => w.measure === measure);
}

function worseNote(rule: CareRule, d: CareDecision, hit: RuleHit): string | undefined {
  const w = decisionWorsening(rule, d);
  const now = w && currentMeasures(rule, hit)[w.measure];
  if (!w || d.triggerValue === undefined || now === undefined) return undefined;
  if (!isWorse(w, d.triggerValue, now)) return undefined;
  const m = TRIGGER_MEASURES[w.measure];
  const step = `${w.direction === 'lower' ? 'a fall' : 'a rise'} of ${fmt(w.minChange)} or more`;
  return `trigger worse since ${d.status} on ${d.date}: ${m.label} ${fmt(d.triggerValue)} -> ${fmt(now)} ${m.unit} (${step} counts)`;
}

function cannotCompare(rule: CareRule, d: CareDecision): string {
  if (!rule.worsening) return '';
  if (d.triggerValue === undefined) return '; no trigger value stored, so a worsening cannot be seen';
  if (!decisionWorsening(rule, d)) return `; the stored measure ${d.triggerMeasure} is not one this rule reads`;
  return '';
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const withReason = (d: CareDecision) => (d.reason ? ` (${d.reason})` : '');

/** Apply the governing decision to a rule that fired today. */
export function applyDecision(
  rule: CareRule,
  hit: RuleHit,
  decisions: readonly CareDecision[] | undefined,
  asOf: IsoDate,
): DecisionOutcome {
  const d = latestDecision(decisions, rule.code, asOf);
  if (!d) return { kind: 'none' };
  switch (d.status) {
    case 'contraindicated':
      return { kind: 'suppressed', decision: d, note: `recorded as contraindicated on ${d.date}${withReason(d)}` };
    case 'accepted':
      return { kind: 'accepted', decision: d, note: `accepted on ${d.date}${withReason(d)}, not yet recorded as done` };
    case 'deferred':
      if (d.until === undefined) return { kind: 'reopened', decision: d, note: `deferred on ${d.date} without a date` };
      if (asOf < d.until) return { kind: 'suppressed', decision: d, note: `deferred until ${d.until}${withReason(d)}` };
      return { kind: 'reopened', decision: d, note: `deferral until ${d.until} has ended` };
    case 'declined': {
      const worse = worseNote(rule, d, hit);
      if (worse) return { kind: 'reopened', decision: d, note: worse };
      return {
        kind: 'suppressed',
        decision: d,
        note: `declined on ${d.date}${withReason(d)}${cannotCompare(rule, d)}`,
      };
    }
    case 'done': {
      const worse = worseNote(rule, d, hit);
      if (worse) return { kind: 'reopened', decision: d, note: worse };
      if (hit.since !== undefined && hit.since > d.date) {
        return { kind: 'reopened', decision: d, note: `done on ${d.date}; the trigger began again on ${hit.since}` };
      }
      if (rule.recurEveryMonths !== undefined && addMonths(d.date, rule.recurEveryMonths) <= asOf) {
        return {
          kind: 'reopened',
          decision: d,
          note: `done on ${d.date}; due again every ${rule.recurEveryMonths} months`,
        };
      }
      return { kind: 'suppressed', decision: d, note: `done on ${d.date}${withReason(d)}` };
    }
  }
}
