/**
 * Shared pieces of the three criteria results: the input they read, and the trace lines (settings
 * read, region lines, clause lines, prerequisites) and prerequisite actions they have in common.
 * Lines that depend only on what the engine keeps are kept with it (TraceMemo).
 */
import type { FactRef } from '../common/reason.js';
import type { PatientCase } from '../facts/index.js';
import type { TraceStep } from './assessment.js';
import type { Clause } from './classify.js';
import type { PrerequisiteStatus, ProgressionCheck } from './prerequisites.js';
import type { RegionEvidence, RegionMasks } from './regionEvidence.js';
import type { DiagnosisSettings } from './settings.js';
import type { CriteriaSet } from './signs.js';
import type { DiagnosisTables } from './tables.js';
import { renderTraceDetail, type TraceCode, type TraceParams } from './traceText.js';
import type { ExclusionStatus, NamedTest } from './workup.js';

export interface CriteriaInput {
  /** The case as known on `asOf` (`caseAsOf`): nothing dated later is in it. */
  c: PatientCase;
  asOf: string;
  s: DiagnosisSettings;
  /** The engine's tables (classifications, searches, remembered texts) for `s`. */
  t: DiagnosisTables;
  regions: readonly RegionEvidence[];
  masks: Record<CriteriaSet, RegionMasks>;
  exclusions: ExclusionStatus;
  /** Region trace lines of the set evaluated last, reused by the next set where it reads a region alike. */
  lastRegionSteps?: TraceStep[];
  /** Built once per evaluation by the first set that needs them, then shared. */
  pending?: NamedTest[];
  exclusionLine?: TraceStep;
  exclusionParams?: TraceParams;
  workupActions?: readonly string[];
}

export function regionStepsFor(input: CriteriaInput, set: CriteriaSet): TraceStep[] {
  const steps = regionSteps(input.regions, set, input.lastRegionSteps);
  input.lastRegionSteps = steps;
  return steps;
}

export const EEC_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'rostralReading',
  'labSupportedReading',
  'lmnClinicalRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];
export const AWAJI_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'rostralReading',
  'lmnClinicalRule',
  'fasciculationPotentialRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];
export const GOLD_COAST_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'gccReading',
  'lmnClinicalRule',
  'fasciculationPotentialRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];

/** The trace line of the settings a set reads. */
function settingLine(s: DiagnosisSettings, names: readonly (keyof DiagnosisSettings)[]): TraceStep {
  const params: Record<string, string> = {};
  for (const n of names) params[n] = String(s[n]);
  return line('settings', 'interpretation settings', 'info', params);
}

/**
 * The trace lines an engine builds once (settings lines) or keeps once built (clause, progression,
 * result, anatomical and Gold Coast condition lines): each is keyed on a value with few states (a
 * frozen progression answer, a category and status) or on an object the engine itself keeps (a
 * classification, a distribution), so the memos stay small and die with the engine.
 */
export class TraceMemo {
  readonly settingSteps: Readonly<Record<CriteriaSet, TraceStep>>;
  readonly clauseSteps = new WeakMap<readonly Clause[], readonly TraceStep[]>();
  /** By the set's wording of the step, then the (frozen, constant) progression answer. */
  readonly progressionSteps = new Map<string, Map<ProgressionCheck, TraceStep>>();
  /** By category, then prerequisite status (revised El Escorial and Awaji-Shima). */
  readonly resultSteps = new Map<string, Map<PrerequisiteStatus, TraceStep>>();
  /** By the engine's classification. */
  readonly anatomicalSteps = new WeakMap<object, TraceStep>();
  /** Gold Coast condition 1: by progression answer, then whether motor function was normal before. */
  readonly goldCoastCondition1 = new Map<ProgressionCheck, Map<boolean | undefined, TraceStep>>();
  /** Gold Coast condition 2: by the engine's distribution. */
  readonly goldCoastCondition2 = new WeakMap<object, TraceStep>();
  constructor(s: DiagnosisSettings) {
    this.settingSteps = Object.freeze({
      revisedElEscorial: settingLine(s, EEC_SETTINGS),
      awaji: settingLine(s, AWAJI_SETTINGS),
      goldCoast: settingLine(s, GOLD_COAST_SETTINGS),
    });
  }
}

/** The trace line of the settings a set reads (built once by the engine). */
export function settingStep(input: CriteriaInput, set: CriteriaSet): TraceStep {
  return input.t.trace.settingSteps[set];
}

/** A trace line whose detail is rendered from its code and params (frozen: memoised lines are shared). */
function line(
  code: TraceCode,
  step: string,
  result: TraceStep['result'],
  params: TraceParams,
  facts?: readonly FactRef[],
): TraceStep {
  const p = Object.freeze(params);
  return Object.freeze({
    code,
    step,
    result,
    params: p,
    detail: renderTraceDetail({ code, params: p }),
    ...(facts?.length ? { facts } : {}),
  });
}

/**
 * One trace line per region; a set that reads a region like the previous set reuses its line. The
 * params refer to the region's evidence (no copy, no text built); the detail is the evidence's
 * summary, memoised where the evidence is built, and equal to the template's rendering of the params.
 */
function regionSteps(
  regions: readonly RegionEvidence[],
  set: CriteriaSet,
  previous?: readonly TraceStep[],
): TraceStep[] {
  const out: TraceStep[] = new Array(regions.length);
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    const summary = r.sets[set].summary;
    const prev = previous?.[i];
    out[i] = prev && prev.detail === summary ? prev : regionStep(r, set, summary);
  }
  return out;
}

function regionStep(r: RegionEvidence, set: CriteriaSet, summary: string): TraceStep {
  // A memo keyed on the summary text cost more than it saved (hashing long strings per evaluation):
  // the line is two small objects of references, built per evaluation.
  const e = r.sets[set];
  return {
    code: 'region',
    step: REGION_STEP[r.region],
    result: 'info',
    params: {
      region: r.region,
      examined: r.examined,
      umnSigns: r.umnSigns,
      umnAccepted: e.umnSigns,
      lmnClinical: e.lmnClinical,
      lmnClinicalWhy: e.lmnClinicalWhy,
      lmnEmg: e.lmnEmg.present,
      lmnEmgWhy: e.lmnEmg.why,
    },
    detail: summary,
  };
}

const REGION_STEP: Readonly<Record<RegionEvidence['region'], string>> = {
  bulbar: 'bulbar region',
  cervical: 'cervical region',
  thoracic: 'thoracic region',
  lumbosacral: 'lumbosacral region',
};

/** Trace lines of a kept classification's clauses (kept with it). */
export function clauseSteps(input: CriteriaInput, clauses: readonly Clause[]): readonly TraceStep[] {
  const kept = input.t.trace.clauseSteps;
  let steps = kept.get(clauses);
  if (!steps) {
    steps = Object.freeze(
      clauses.map(
        (c): TraceStep =>
          Object.freeze({
            code: c.code,
            step: c.clause,
            result: c.met ? 'met' : 'notMet',
            params: c.params,
            detail: c.detail,
          }),
      ),
    );
    kept.set(clauses, steps);
  }
  return steps;
}

const EMPTY: readonly NamedTest[] = Object.freeze([]);
/** Required tests without a result, then abnormal results to review (shared by the three sets). */
export function pendingList(input: CriteriaInput): NamedTest[] {
  const x = input.exclusions;
  if (x.pending.length === 0 && x.toReview.length === 0 && x.openRedFlags.length === 0) return EMPTY as NamedTest[];
  input.pending ??= [...x.pending, ...x.toReview, ...x.openRedFlags];
  return input.pending;
}

const EXCLUSIONS_COMPLETE: TraceParams = Object.freeze({ state: 'complete' });
const EXCLUSIONS_COMPLETE_STEP = line('exclusions', 'other diseases excluded', 'met', EXCLUSIONS_COMPLETE);

/** The exclusions as trace params: complete, explained by named results, or pending named tests (once per evaluation). */
export function exclusionParams(input: CriteriaInput): TraceParams {
  const x = input.exclusions;
  if (x.complete) return EXCLUSIONS_COMPLETE;
  if (input.exclusionParams) return input.exclusionParams;
  const names = (l: readonly NamedTest[]): string[] => l.map((t) => t.name);
  input.exclusionParams =
    x.alternativeExplanations.length > 0
      ? { state: 'explained', explainedBy: names(x.alternativeExplanations) }
      : {
          state: 'pending',
          pending: names(x.pending),
          toReview: names(x.toReview),
          openRedFlags: names(x.openRedFlags),
        };
  return input.exclusionParams;
}

export function exclusionStep(input: CriteriaInput): TraceStep {
  const x = input.exclusions;
  if (x.complete) return EXCLUSIONS_COMPLETE_STEP;
  if (input.exclusionLine) return input.exclusionLine;
  // Built per evaluation (the names differ), so not frozen: freezing costs more than the line.
  const params = exclusionParams(input);
  const step: TraceStep = {
    code: 'exclusions',
    step: 'other diseases excluded',
    result: x.alternativeExplanations.length > 0 ? 'notMet' : 'pending',
    params,
    detail: renderTraceDetail({ code: 'exclusions', params }),
  };
  input.exclusionLine = step;
  return step;
}

/** The progression line: one per (wording of the set, answer), built once by the engine. */
function progressionLine(memo: TraceMemo, p: ProgressionCheck, label: string): TraceStep {
  let byCheck = memo.progressionSteps.get(label);
  if (!byCheck) {
    byCheck = new Map();
    memo.progressionSteps.set(label, byCheck);
  }
  let step = byCheck.get(p);
  if (!step) {
    step = line('progression', label, p.state === 'documented' ? 'met' : 'notMet', { progression: p.code }, p.facts);
    byCheck.set(p, step);
  }
  return step;
}

export function prerequisiteSteps(p: ProgressionCheck, input: CriteriaInput, progressionStep: string): TraceStep[] {
  return [progressionLine(input.t.trace, p, progressionStep), exclusionStep(input)];
}

/** The result line of revised El Escorial and Awaji-Shima: category and prerequisite status, built once each by the engine. */
export function resultStep(input: CriteriaInput, category: string, status: PrerequisiteStatus): TraceStep {
  const memo = input.t.trace.resultSteps;
  let byStatus = memo.get(category);
  if (!byStatus) {
    byStatus = new Map();
    memo.set(category, byStatus);
  }
  let step = byStatus.get(status);
  if (!step) {
    step = line('result', 'result', 'info', { category, status });
    byStatus.set(status, step);
  }
  return step;
}

/** The anatomical category line of a classification the engine keeps (kept with it). */
export function anatomicalStep(input: CriteriaInput, cls: { category: string; pattern: string }): TraceStep {
  const memo = input.t.trace.anatomicalSteps;
  let step = memo.get(cls);
  if (!step) {
    step = line('anatomicalCategory', 'anatomical category', 'info', { category: cls.category, pattern: cls.pattern });
    memo.set(cls, step);
  }
  return step;
}

export { line as traceLine };

/** "Complete the exclusion workup: …" and "Review the abnormal …": shared by the three sets of one evaluation. */
function workupActions(input: CriteriaInput): readonly string[] {
  if (input.workupActions) return input.workupActions;
  const x = input.exclusions;
  const list: string[] = [];
  if (x.pending.length) list.push(`Complete the exclusion workup: ${x.pending.map((t) => t.name).join(', ')}`);
  for (const t of x.toReview) list.push(`Review the abnormal ${t.name}: does it explain the signs?`);
  for (const f of x.openRedFlags)
    list.push(`Record a judgement on the ${f.name}: explained or not explained, by whom and when (redFlagJudgements)`);
  input.workupActions = list;
  return list;
}

export function toConfirm(p: ProgressionCheck, input: CriteriaInput, set: CriteriaSet): string[] {
  const x = input.exclusions;
  const out: string[] = [];
  if (p.state === 'notRecorded') out.push('Record whether progression is documented (history.progression)');
  else if (p.state === 'notDocumented') {
    out.push(
      set === 'awaji'
        ? 'Document progression: spread of symptoms or signs within a region or to another, by history, re-examination or repeat EMG'
        : 'Document progression: spread of symptoms or signs within a region or to another, by history or on re-examination (about 6 months apart)',
    );
  }
  if (x.pending.length || x.toReview.length || x.openRedFlags.length) out.push(...workupActions(input));
  return out;
}

export function finalCategory<C extends string>(anatomical: C, status: PrerequisiteStatus, notMet: C): C {
  return status === 'prerequisitesMet' || status === 'pendingExclusions' ? anatomical : notMet;
}
