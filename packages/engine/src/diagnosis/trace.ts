/**
 * Shared pieces of the three criteria results: the input they read, and the trace lines (settings
 * read, region lines, clause lines, prerequisites) and prerequisite actions they have in common.
 * Lines that depend only on what the engine keeps are kept with it (TraceMemo).
 */
import type { PatientCase } from '../facts/index.js';
import type { TraceStep } from './assessment.js';
import type { Clause } from './classify.js';
import type { PrerequisiteStatus, ProgressionCheck } from './prerequisites.js';
import type { RegionEvidence, RegionMasks } from './regionEvidence.js';
import { type DiagnosisSettings, SETTING_MEANINGS } from './settings.js';
import type { CriteriaSet } from './signs.js';
import type { DiagnosisTables } from './tables.js';
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
  return Object.freeze({
    step: 'interpretation settings',
    result: 'info',
    detail: names
      .map((n) => `${n} = ${s[n]}: ${(SETTING_MEANINGS[n] as Record<string, string>)[s[n] as string]}`)
      .join('; '),
  });
}

/** The trace lines an engine builds once (settings lines) or keeps once built (clause lines). */
export class TraceMemo {
  readonly settingSteps: Readonly<Record<CriteriaSet, TraceStep>>;
  readonly clauseSteps = new WeakMap<readonly Clause[], readonly TraceStep[]>();
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

/** Trace lines of a kept classification's clauses (kept with it). */
export function clauseSteps(input: CriteriaInput, clauses: readonly Clause[]): readonly TraceStep[] {
  const kept = input.t.trace.clauseSteps;
  let steps = kept.get(clauses);
  if (!steps) {
    steps = Object.freeze(
      clauses.map(
        (c) => Object.freeze({ step: c.clause, result: c.met ? 'met' : 'notMet', detail: c.detail }) as TraceStep,
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
  if (x.pending.length === 0 && x.toReview.length === 0) return EMPTY as NamedTest[];
  input.pending ??= [...x.pending, ...x.toReview];
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
  if (x.pending.length || x.toReview.length) out.push(...workupActions(input));
  return out;
}

export function finalCategory<C extends string>(anatomical: C, status: PrerequisiteStatus, notMet: C): C {
  return status === 'prerequisitesMet' || status === 'pendingExclusions' ? anatomical : notMet;
}
