/**
 * The shapes of the care engine: rules as data, what a rule's trigger returns, and the
 * recommendations the interpreter hands back.
 */
import type { IsoDate } from '../common/dates.js';
import type { FactRef, Reason, ReasonValue, Template } from '../common/reason.js';
import type { Insufficient } from '../common/result.js';
import type { Source } from '../common/source.js';
import type { CareDecision, PatientCase } from '../facts/index.js';
import type { CaseView } from '../view/asOf.js';
import type { DmtDrug } from './approvals.js';
import type { LabelCaution } from './label-restrictions.js';
import type { TriggerMeasure, Worsening } from './measures.js';
import type { CareRuleCode } from './rules/codes.js';
import type { CareSettings } from './settings.js';

/** Where the clinic practises: decides which drugs are licensed and which national rules apply. */
export type Jurisdiction = 'US' | 'EU' | 'UK' | 'CA' | 'JP';
export const JURISDICTIONS: readonly Jurisdiction[] = ['US', 'EU', 'UK', 'CA', 'JP'];

export type Priority = 'urgent' | 'soon' | 'routine';
export const PRIORITY_ORDER: readonly Priority[] = ['urgent', 'soon', 'routine'];

export type CareDomain =
  | 'dmt'
  | 'breathing'
  | 'nutrition'
  | 'symptoms'
  | 'genetics'
  | 'team'
  | 'planning'
  | 'monitoring';

/**
 * Derived facts the care rules need from the other layers (diagnosis, function, staging).
 * The integration (`assess.ts`) fills it from their results; the care engine never calls them.
 */
export interface CareContext {
  /**
   * ALS is diagnosed: diagnostic criteria met or a clinician's diagnosis. `undefined` when not
   * known; the care engine then falls back to `history.diagnosisDate` (a recorded clinical
   * diagnosis) and, failing that, reports diagnosis-gated rules as insufficient.
   */
  alsDiagnosed: boolean | undefined;
  /** Category label for display, e.g. 'definite' (revised El Escorial) or 'goldCoast'. */
  diagnosisCategory?: string;
  /** ΔFS, ALSFRS-R points lost per month since onset; null or absent when it cannot be computed. */
  progressionRatePerMonth?: number | null;
  /** King's stage 1-5 (4 = gastrostomy or NIV need). */
  kingsStage?: number;
  /** MiToS stage 0-5. */
  mitosStage?: number;
}

/**
 * One fact that made a rule fire, named by its path in the case model ('vitalCapacity[3].percentPredicted'),
 * or under 'ctx.' for a fact derived by another layer ('ctx.alsDiagnosed', 'ctx.progressionRatePerMonth').
 */
export interface TriggerFact extends FactRef {
  /** What the value means here, e.g. 'below 50 % predicted'. */
  note?: string;
}

/** What a trigger returns when its rule fires. */
export interface RuleHit {
  triggers: TriggerFact[];
  /**
   * The trigger's value in the measure of the rule's first `worsening` entry (the number reasons
   * name); a recorded decision stores it so a worsening trigger can re-raise the recommendation.
   */
  value?: number;
  /** Values in the rule's further `worsening` measures (NIV: each criterion's own measure). */
  measures?: Partial<Record<TriggerMeasure, number>>;
  /** First date of the current run of the trigger (a 'done' decision before it is stale). */
  since?: IsoDate;
  /** Overrides the priority-based due date (e.g. a scheduled liver test). */
  due?: IsoDate;
}

export type TriggerResult = RuleHit | null | Insufficient;

/**
 * The values a reason template names beyond its facts: by default the hit's `value` and `due`; a
 * rule whose text reads more (the jurisdiction, a setting, another medication) names it in
 * `reasonParams`.
 */
export interface CareReasonParams {
  /** The hit's number (the value a decision stores), e.g. peak cough flow in L/min. */
  value?: number;
  due?: IsoDate;
  readonly [name: string]: ReasonValue | undefined;
}

/**
 * Why a recommendation is made, as data: the rule's code, the values and trigger facts it read,
 * and its source. `renderCareReason` turns it into the English `reason`.
 */
export interface CareReason extends Reason<string, CareReasonParams> {
  facts: readonly TriggerFact[];
  /**
   * Label restrictions of this jurisdiction that apply to a drug offer (or could not be checked),
   * each with its label; rendered after the rule's text.
   */
  cautions?: readonly LabelCaution[];
}

export type { Worsening } from './measures.js';

/** Everything a trigger may read. Pure data: no clock; "today" is `asOf`. */
export interface CareEnv {
  /** The case as known on asOf (`caseAsOf`): every rule reads its facts here, with their indices. */
  view: CaseView;
  /** `view.case`: the case as known on asOf (later facts dropped, lists in date order). */
  c: PatientCase;
  asOf: IsoDate;
  ctx: CareContext;
  settings: CareSettings;
  jurisdiction: Jurisdiction;
  /** ctx.alsDiagnosed, or true when history.diagnosisDate is recorded, else undefined. */
  diagnosed: boolean | undefined;
}

/** A clinical rule as data: code, metadata, source, and a typed trigger predicate. */
export interface CareRule {
  /** Stable code, e.g. 'breathing.niv.offer' (rules/codes.ts); recorded decisions refer to it. */
  code: CareRuleCode;
  domain: CareDomain;
  priority: Priority;
  /** What to do, as a short imperative ('Offer non-invasive ventilation'). */
  title: string;
  /** Why, in one line: the English template of the rule's reason; may name its params and facts. */
  reason: Template<CareReason>;
  /** The values the reason names beyond the hit's `value` and `due` (read here, not in the template). */
  reasonParams?: (hit: RuleHit, env: CareEnv) => CareReasonParams;
  source: Source;
  /** Further sources (secondary guidance, labels) shown beside the main one. */
  alsoSee?: readonly Source[];
  /** 'all', or the jurisdictions where the rule applies (e.g. Medicare hospice: ['US']). */
  jurisdictions: 'all' | readonly Jurisdiction[];
  /** The rule applies only to a person with diagnosed ALS. */
  requiresDiagnosis: boolean;
  /**
   * The drug this rule offers as a new start. The interpreter drops the recommendation when
   * the drug is not licensed (approved, accelerated or exceptional) in the jurisdiction on asOf,
   * so a withdrawn drug can never be offered whatever a trigger says.
   */
  offersDrug?: DmtDrug;
  /**
   * How a declined or done decision's stored value is compared with today's, per measure. The
   * first entry with a value today is the one a new decision should store; a decision stored
   * without a measure (files from before measures were named) is read in the entry marked
   * `untaggedMeasure`, or the first.
   */
  worsening?: readonly Worsening[];
  /** The measure of a decision's `triggerValue` stored without `triggerMeasure` (default: worsening[0]). */
  untaggedMeasure?: TriggerMeasure;
  /** A 'done' decision lapses after this many months (repeated checks, yearly reviews). */
  recurEveryMonths?: number;
  /** Days from asOf to the due date; default by priority (settings.dueDays*). */
  dueInDays?: number;
  trigger: (env: CareEnv) => TriggerResult;
}

export type RecommendationStatus = 'new' | 'accepted' | 'reopened';

/** One recommendation of the care plan. Stable JSON fields: code, priority, reason, why, source, due. */
export interface CareRecommendation {
  code: CareRuleCode;
  domain: CareDomain;
  priority: Priority;
  title: string;
  /** The reason in English: `renderCareReason(why)`. */
  reason: string;
  /** The reason as data: code, values, the case facts it read (by path) and the source. */
  why: CareReason;
  source: Source;
  alsoSee?: readonly Source[];
  due: IsoDate;
  triggers: TriggerFact[];
  /** Label cautions on a drug offer (`why.cautions`), each citing its national label. */
  cautions?: readonly LabelCaution[];
  /** Store these as `CareDecision.triggerMeasure` and `triggerValue` when recording a decision. */
  triggerMeasure?: TriggerMeasure;
  triggerValue?: number;
  worsening?: readonly Worsening[];
  jurisdiction: Jurisdiction;
  /** 'new'; 'accepted' (a decision accepted it, not yet done); 'reopened' (a decision lapsed). */
  status: RecommendationStatus;
  decision?: CareDecision;
  /** Why a decision no longer holds, or how it is being honoured. */
  decisionNote?: string;
}

export interface SuppressedRecommendation {
  recommendation: CareRecommendation;
  decision: CareDecision;
  why: string;
}

export interface CareInsufficient extends Insufficient {
  /** The rule that could not be evaluated, or 'care.diagnosis' for the rules waiting for a diagnosis. */
  code: CareRuleCode | 'care.diagnosis';
}

/**
 * A fact the rules could not read as the clinician meant: the case is still assessed, but a rule
 * that depends on it may be wrong. `path` names the field ('medications[3].drug').
 */
export interface CareDataNote {
  code: 'medication.notRecognised';
  path: string;
  /** The value as written. */
  value: string;
  message: string;
}

export interface CareAssessment {
  asOf: IsoDate;
  jurisdiction: Jurisdiction;
  settings: CareSettings;
  /** Sorted by priority (urgent, soon, routine), then due date, then code. */
  recommendations: CareRecommendation[];
  suppressed: SuppressedRecommendation[];
  /** Rules that could not be evaluated, naming the missing facts. */
  insufficient: CareInsufficient[];
  /** Facts kept as written that no rule could read (a medication not recognised). */
  dataQuality: CareDataNote[];
}
