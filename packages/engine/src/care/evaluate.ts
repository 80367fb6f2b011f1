/**
 * The interpreter: runs the rule table over one patient's facts on asOf, applies the recorded
 * decisions and returns the care plan sorted by priority, then due date.
 */
import { addDays, addMonths, type IsoDate } from '../common/dates.js';
import { applyTemplate } from '../common/reason.js';
import { insufficient } from '../common/result.js';
import type { PatientCase } from '../facts/index.js';
import { type CaseView, caseAsOf } from '../view/asOf.js';
import { isOfferable, licensedFormulations } from './approvals.js';
import { visitIntervalMonths } from './cadence.js';
import { applyDecision, currentMeasures } from './decisions.js';
import { unrecognisedMedications } from './facts.js';
import { labelCautions, withCautions } from './label-restrictions.js';
import type { TriggerMeasure } from './measures.js';
import { CARE_RULES } from './rules/catalogue.js';
import { type CareSettings, resolveCareSettings } from './settings.js';
import {
  type CareAssessment,
  type CareContext,
  type CareDataNote,
  type CareEnv,
  type CareInsufficient,
  type CareReason,
  type CareReasonParams,
  type CareRecommendation,
  type CareRule,
  PRIORITY_ORDER,
  type RuleHit,
  type SuppressedRecommendation,
} from './types.js';

function dueDate(rule: CareRule, hit: RuleHit, env: CareEnv): IsoDate {
  if (hit.due !== undefined) return hit.due;
  if (rule.dueInDays !== undefined) return addDays(env.asOf, rule.dueInDays);
  if (rule.priority === 'urgent') return addDays(env.asOf, env.settings.dueDaysUrgent);
  if (rule.priority === 'soon') return addDays(env.asOf, env.settings.dueDaysSoon);
  return addMonths(env.asOf, visitIntervalMonths(env.ctx, env.settings));
}

/** The structured reason of a hit: the rule's code, the hit's value and due date (or the rule's params), the trigger facts. */
function reasonOf(rule: CareRule, hit: RuleHit, env: CareEnv): CareReason {
  const params: CareReasonParams = rule.reasonParams
    ? rule.reasonParams(hit, env)
    : {
        ...(hit.value !== undefined ? { value: hit.value } : {}),
        ...(hit.due !== undefined ? { due: hit.due } : {}),
      };
  const cautions = rule.offersDrug
    ? labelCautions(rule.offersDrug, env, licensedFormulations(rule.offersDrug, env.jurisdiction, env.asOf))
    : [];
  return {
    code: rule.code,
    params,
    facts: hit.triggers,
    source: rule.source,
    ...(cautions.length > 0 ? { cautions } : {}),
  };
}

/** The measure and value a decision on this recommendation should store: the first declared with a value. */
function toStore(rule: CareRule, hit: RuleHit): { triggerMeasure?: TriggerMeasure; triggerValue?: number } {
  const now = currentMeasures(rule, hit);
  for (const w of rule.worsening ?? []) {
    const v = now[w.measure];
    if (v !== undefined) return { triggerMeasure: w.measure, triggerValue: v };
  }
  return hit.value !== undefined ? { triggerValue: hit.value } : {};
}

function toRecommendation(rule: CareRule, hit: RuleHit, env: CareEnv): CareRecommendation {
  const why = reasonOf(rule, hit, env);
  return {
    code: rule.code,
    domain: rule.domain,
    priority: rule.priority,
    title: rule.title,
    reason: withCautions(applyTemplate(rule.reason, why), why.cautions),
    why,
    source: rule.source,
    ...(rule.alsoSee ? { alsoSee: rule.alsoSee } : {}),
    due: dueDate(rule, hit, env),
    triggers: hit.triggers,
    ...(why.cautions ? { cautions: why.cautions } : {}),
    ...toStore(rule, hit),
    ...(rule.worsening ? { worsening: rule.worsening } : {}),
    jurisdiction: env.jurisdiction,
    status: 'new',
  };
}

const byPriorityThenDue = (a: CareRecommendation, b: CareRecommendation): number =>
  PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) ||
  (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Run an explicit rule table (tests use this to check the interpreter's guards). */
export function evaluateCareWith(
  rules: readonly CareRule[],
  c: PatientCase,
  asOf: IsoDate,
  ctx: CareContext,
  overrides?: Partial<CareSettings>,
): CareAssessment {
  return evaluateCareViewWith(rules, caseAsOf(c, asOf), ctx, overrides);
}

function evaluateCareViewWith(
  rules: readonly CareRule[],
  view: CaseView,
  ctx: CareContext,
  overrides?: Partial<CareSettings>,
): CareAssessment {
  const { asOf, case: c } = view;
  const settings = resolveCareSettings(overrides);
  const jurisdiction = settings.jurisdiction;
  // A diagnosis dated after asOf is not in the view: not yet known on that date.
  const recordedDiagnosis = c.history?.diagnosisDate !== undefined;
  const diagnosed = ctx.alsDiagnosed ?? (recordedDiagnosis ? true : undefined);
  const env: CareEnv = { view, c, asOf, ctx, settings, jurisdiction, diagnosed };

  const recommendations: CareRecommendation[] = [];
  const suppressed: SuppressedRecommendation[] = [];
  const gaps: CareInsufficient[] = [];
  const waitingForDiagnosis: string[] = [];

  for (const rule of rules) {
    if (rule.jurisdictions !== 'all' && !rule.jurisdictions.includes(jurisdiction)) continue;
    if (rule.requiresDiagnosis && diagnosed !== true) {
      if (diagnosed === undefined) waitingForDiagnosis.push(rule.code);
      continue;
    }
    const result = rule.trigger(env);
    if (result === null) continue;
    if ('kind' in result) {
      gaps.push({ code: rule.code, ...result });
      continue;
    }
    // A withdrawn or unlicensed drug is never offered, whatever the trigger said.
    if (rule.offersDrug !== undefined && !isOfferable(rule.offersDrug, jurisdiction, asOf)) continue;
    const rec = toRecommendation(rule, result, env);
    const outcome = applyDecision(rule, result, c.careDecisions, asOf);
    if (outcome.kind === 'suppressed') {
      suppressed.push({ recommendation: rec, decision: outcome.decision, why: outcome.note });
    } else if (outcome.kind === 'none') {
      recommendations.push(rec);
    } else {
      recommendations.push({
        ...rec,
        status: outcome.kind,
        decision: outcome.decision,
        decisionNote: outcome.note,
      });
    }
  }

  if (waitingForDiagnosis.length > 0) {
    gaps.unshift({
      code: 'care.diagnosis',
      ...insufficient(
        ['ctx.alsDiagnosed', 'history.diagnosisDate'],
        `${waitingForDiagnosis.length} rules apply only once ALS is diagnosed: ${waitingForDiagnosis.join(', ')}`,
      ),
    });
  }

  recommendations.sort(byPriorityThenDue);
  suppressed.sort((a, b) => byPriorityThenDue(a.recommendation, b.recommendation));
  const dataQuality = unrecognisedMedications(view).map(({ item, index }) => medicationNotRecognised(item.drug, index));
  return { asOf, jurisdiction, settings, recommendations, suppressed, insufficient: gaps, dataQuality };
}

/** The note for a medication whose drug text maps to no code of the drug table. */
export function medicationNotRecognised(drug: string, index: number): CareDataNote {
  return {
    code: 'medication.notRecognised',
    path: `medications[${index}].drug`,
    value: drug,
    message: `medication not recognised: '${drug}' — rules that depend on medications may be wrong`,
  };
}

/**
 * The care plan for one patient on asOf: guideline-based recommendations, each with its trigger
 * facts, reason, source, jurisdiction and due date, after the recorded decisions.
 *
 * @example
 * const plan = evaluateCare(patientCase, '2025-06-01', { alsDiagnosed: true, progressionRatePerMonth: 0.8 }, { jurisdiction: 'UK' });
 * plan.recommendations[0]; // { code: 'breathing.niv.offer', priority: 'urgent', reason: '...', source: {...}, due: '2025-06-08', ... }
 */
export function evaluateCare(
  c: PatientCase,
  asOf: IsoDate,
  ctx: CareContext,
  settings?: Partial<CareSettings>,
): CareAssessment {
  return evaluateCareView(caseAsOf(c, asOf), ctx, settings);
}

/** The care plan from the case as known on its date (`caseAsOf`), built once by the caller. */
export function evaluateCareView(view: CaseView, ctx: CareContext, settings?: Partial<CareSettings>): CareAssessment {
  return evaluateCareViewWith(CARE_RULES, view, ctx, settings);
}
