/**
 * Shared pieces of the three criteria results: the input they read, and the trace lines (settings
 * read, region lines, clause lines, prerequisites) and prerequisite actions they have in common.
 * Lines that depend only on memoised state are memoised with it.
 */
import type { PatientCase } from '../facts/index.js';
import type { TraceStep } from './assessment.js';
import type { Clause } from './classify.js';
import type { PrerequisiteStatus, ProgressionCheck } from './prerequisites.js';
import type { RegionEvidence, RegionMasks } from './regionEvidence.js';
import { type DiagnosisSettings, SETTING_MEANINGS } from './settings.js';
import type { CriteriaSet } from './signs.js';
import type { ExclusionStatus, NamedTest } from './workup.js';

export interface CriteriaInput {
  c: PatientCase;
  asOf: string;
  s: DiagnosisSettings;
  regions: readonly RegionEvidence[];
  masks: Record<CriteriaSet, RegionMasks>;
  exclusions: ExclusionStatus;
  /** Region trace lines of the set evaluated last, reused by the next set where it reads a region alike. */
  lastRegionSteps?: TraceStep[];
  /** Built once per evaluation by the first set that needs them, then shared. */
  pending?: NamedTest[];
  exclusionLine?: TraceStep;
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

const settingStepMemo = new WeakMap<DiagnosisSettings, Map<readonly string[], TraceStep>>();

/** The trace line of the settings a set reads (memoised per settings object). */
export function settingStep(s: DiagnosisSettings, names: readonly (keyof DiagnosisSettings)[]): TraceStep {
  let bySet = settingStepMemo.get(s);
  if (!bySet) {
    bySet = new Map();
    settingStepMemo.set(s, bySet);
  }
  let step = bySet.get(names);
  if (!step) {
    step = Object.freeze({
      step: 'interpretation settings',
      result: 'info',
      detail: names
        .map((n) => `${n} = ${s[n]}: ${(SETTING_MEANINGS[n] as Record<string, string>)[s[n] as string]}`)
        .join('; '),
    });
    bySet.set(names, step);
  }
  return step;
}

/** One trace line per region; a set that reads a region like the previous set reuses its line. */
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
    out[i] = prev && prev.detail === summary ? prev : { step: REGION_STEP[r.region], result: 'info', detail: summary };
  }
  return out;
}

const REGION_STEP: Readonly<Record<RegionEvidence['region'], string>> = {
  bulbar: 'bulbar region',
  cervical: 'cervical region',
  thoracic: 'thoracic region',
  lumbosacral: 'lumbosacral region',
};

const clauseStepsMemo = new WeakMap<readonly Clause[], readonly TraceStep[]>();

/** Trace lines of a memoised classification's clauses (memoised with it). */
export function clauseSteps(clauses: readonly Clause[]): readonly TraceStep[] {
  let steps = clauseStepsMemo.get(clauses);
  if (!steps) {
    steps = Object.freeze(
      clauses.map(
        (c) => Object.freeze({ step: c.clause, result: c.met ? 'met' : 'notMet', detail: c.detail }) as TraceStep,
      ),
    );
    clauseStepsMemo.set(clauses, steps);
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

const EXCLUSIONS_COMPLETE_STEP: TraceStep = Object.freeze({
  step: 'other diseases excluded',
  result: 'met',
  detail: 'every required investigation has a result; none explains the signs',
});
export function exclusionStep(input: CriteriaInput): TraceStep {
  const x = input.exclusions;
  if (x.complete) return EXCLUSIONS_COMPLETE_STEP;
  if (input.exclusionLine) return input.exclusionLine;
  const names = (l: readonly NamedTest[]): string => l.map((t) => t.name).join(', ');
  let step: TraceStep;
  if (x.alternativeExplanations.length > 0) {
    step = {
      step: 'other diseases excluded',
      result: 'notMet',
      detail: `judged to explain the signs: ${names(x.alternativeExplanations)}`,
    };
  } else {
    const parts: string[] = [];
    if (x.pending.length) parts.push(`awaiting ${names(x.pending)}`);
    if (x.toReview.length) parts.push(`abnormal, to review: ${names(x.toReview)}`);
    if (x.openRedFlags.length) parts.push(names(x.openRedFlags));
    step = { step: 'other diseases excluded', result: 'pending', detail: parts.join('; ') };
  }
  input.exclusionLine = step;
  return step;
}

export function prerequisiteSteps(p: ProgressionCheck, input: CriteriaInput, progressionStep: string): TraceStep[] {
  return [
    { step: progressionStep, result: p.state === 'documented' ? 'met' : 'notMet', detail: p.detail },
    exclusionStep(input),
  ];
}

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
