/**
 * The three criteria results: the pure classifier on region masks, then the prerequisites, the
 * trace (readings used, region evidence, each clause, prerequisites) and what would change it.
 */
import type { PatientCase } from '../facts/index.js';
import type {
  AwajiResult,
  ElEscorialResult,
  FamilialLabSupported,
  GoldCoastCondition,
  GoldCoastResult,
  TraceStep,
} from './assessment.js';
import { awajiChanges, elEscorialChanges, goldCoastChanges } from './changes.js';
import {
  AWAJI_ORDER,
  type Clause,
  classifyAwaji,
  classifyElEscorial,
  classifyGoldCoastDistribution,
  EL_ESCORIAL_ORDER,
} from './classify.js';
import { phraseChanges } from './phrase.js';
import {
  PREREQUISITE_TEXT,
  type PrerequisiteStatus,
  type ProgressionCheck,
  pathogenicAlsVariants,
  prerequisiteStatus,
  progressionFor,
} from './prerequisites.js';
import type { RegionEvidence, RegionMasks } from './regionEvidence.js';
import { type DiagnosisSettings, SETTING_MEANINGS } from './settings.js';
import type { CriteriaSet } from './signs.js';
import { BROOKS_2000, DE_CARVALHO_2008, SHEFNER_2020 } from './sources.js';
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
}

function regionStepsFor(input: CriteriaInput, set: CriteriaSet): TraceStep[] {
  const steps = regionSteps(input.regions, set, input.lastRegionSteps);
  input.lastRegionSteps = steps;
  return steps;
}

const EEC_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'rostralReading',
  'labSupportedReading',
  'lmnClinicalRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];
const AWAJI_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'rostralReading',
  'lmnClinicalRule',
  'fasciculationPotentialRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];
const GOLD_COAST_SETTINGS: readonly (keyof DiagnosisSettings)[] = [
  'gccReading',
  'lmnClinicalRule',
  'fasciculationPotentialRule',
  'differentRootRule',
  'nerveTrunkRule',
  'accessoryMuscleRegion',
];

const settingStepMemo = new WeakMap<DiagnosisSettings, Map<readonly string[], TraceStep>>();

/** The trace line of the settings a set reads (memoised per settings object). */
function settingStep(s: DiagnosisSettings, names: readonly (keyof DiagnosisSettings)[]): TraceStep {
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
function clauseSteps(clauses: readonly Clause[]): readonly TraceStep[] {
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
const pendingMemo = new WeakMap<ExclusionStatus, readonly NamedTest[]>();

/** Required tests without a result, then abnormal results to review (shared by the three sets). */
function pendingList(x: ExclusionStatus): NamedTest[] {
  if (x.pending.length === 0 && x.toReview.length === 0) return EMPTY as NamedTest[];
  let list = pendingMemo.get(x);
  if (!list) {
    list = [...x.pending, ...x.toReview];
    pendingMemo.set(x, list);
  }
  return list as NamedTest[];
}

const EXCLUSIONS_COMPLETE_STEP: TraceStep = Object.freeze({
  step: 'other diseases excluded',
  result: 'met',
  detail: 'every required investigation has a result; none explains the signs',
});
const exclusionStepMemo = new WeakMap<ExclusionStatus, TraceStep>();

function exclusionStep(x: ExclusionStatus): TraceStep {
  if (x.complete) return EXCLUSIONS_COMPLETE_STEP;
  let step = exclusionStepMemo.get(x);
  if (step) return step;
  const names = (l: readonly NamedTest[]): string => l.map((t) => t.name).join(', ');
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
  exclusionStepMemo.set(x, step);
  return step;
}

function prerequisiteSteps(p: ProgressionCheck, x: ExclusionStatus, progressionStep: string): TraceStep[] {
  return [
    { step: progressionStep, result: p.state === 'documented' ? 'met' : 'notMet', detail: p.detail },
    exclusionStep(x),
  ];
}

function toConfirm(p: ProgressionCheck, x: ExclusionStatus, set: CriteriaSet): string[] {
  const out: string[] = [];
  if (p.state === 'notRecorded') out.push('Record whether progression is documented (history.progression)');
  else if (p.state === 'notDocumented') {
    out.push(
      set === 'awaji'
        ? 'Document progression: spread of symptoms or signs within a region or to another, by history, re-examination or repeat EMG'
        : 'Document progression: spread of symptoms or signs within a region or to another, by history or on re-examination (about 6 months apart)',
    );
  }
  if (x.pending.length) out.push(`Complete the exclusion workup: ${x.pending.map((t) => t.name).join(', ')}`);
  for (const t of x.toReview) out.push(`Review the abnormal ${t.name}: does it explain the signs?`);
  return out;
}

function finalCategory<C extends string>(anatomical: C, status: PrerequisiteStatus, notMet: C): C {
  return status === 'prerequisitesMet' || status === 'pendingExclusions' ? anatomical : notMet;
}

const NO_VARIANT_DETAIL = 'no pathogenic variant in an ALS gene recorded';

function familial(input: CriteriaInput, status: PrerequisiteStatus): FamilialLabSupported {
  if (!input.c.genetics?.length) {
    return {
      met: false,
      detail: NO_VARIANT_DETAIL,
      variants: [],
      familyHistoryOfAls: input.c.history?.familyHistory?.als,
    };
  }
  const variants = pathogenicAlsVariants(input.c, input.asOf);
  const m = input.masks.revisedElEscorial;
  const fh = input.c.history?.familyHistory?.als;
  const list = variants.map((v) => {
    const o: FamilialLabSupported['variants'][number] = { gene: v.gene, classification: v.classification };
    if (v.variant !== undefined) o.variant = v.variant;
    return o;
  });
  let met = false;
  let detail: string;
  if (variants.length === 0) detail = NO_VARIANT_DETAIL;
  else if (m.umn === 0 || m.lmnClinical === 0)
    detail = 'pathogenic variant, but UMN and LMN signs are not both present in at least one region each';
  else if (status === 'notProgressive' || status === 'progressionNotRecorded')
    detail = 'pathogenic variant, but progression is not documented';
  else if (status === 'alternativeExplanation') detail = 'another disease was judged to explain the signs';
  else {
    met = true;
    detail = `progressive UMN and LMN signs with ${variants.map((v) => `${v.gene}${v.variant ? ` ${v.variant}` : ''}`).join(', ')}${status === 'pendingExclusions' ? ' (pending the named exclusions)' : ''}`;
  }
  return { met, detail, variants: list, familyHistoryOfAls: fh };
}

/** Revised El Escorial (Brooks 2000). */
export function elEscorialResult(input: CriteriaInput): ElEscorialResult {
  const { s, masks, exclusions } = input;
  const m = masks.revisedElEscorial;
  const cls = classifyElEscorial(m, s);
  const progression = progressionFor(input.c, 'revisedElEscorial');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const fam = familial(input, status);
  const trace: TraceStep[] = [
    settingStep(s, EEC_SETTINGS),
    ...regionStepsFor(input, 'revisedElEscorial'),
    ...clauseSteps(cls.clauses),
    { step: 'anatomical category', result: 'info', detail: `${cls.category}: ${cls.pattern}` },
    ...prerequisiteSteps(progression, exclusions, 'A3: progressive spread by history or examination'),
    { step: 'familial, laboratory-supported', result: fam.met ? 'met' : 'notMet', detail: fam.detail },
    { step: 'result', result: 'info', detail: `${category} (${PREREQUISITE_TEXT[status]})` },
  ];
  return {
    criteria: 'revisedElEscorial',
    category,
    anatomicalCategory: cls.category,
    status,
    statusText: PREREQUISITE_TEXT[status],
    pendingExclusions: pendingList(exclusions),
    familialLabSupported: fam.met,
    familial: fam,
    pattern: cls.pattern,
    trace,
    whatWouldChange: phraseChanges(elEscorialChanges(m, s), EL_ESCORIAL_ORDER, input.regions, 'revisedElEscorial', s),
    toConfirm: toConfirm(progression, exclusions, 'revisedElEscorial'),
    needs: [...progression.needs],
    source: BROOKS_2000,
  };
}

/** Awaji-Shima (de Carvalho 2008). */
export function awajiResult(input: CriteriaInput): AwajiResult {
  const { s, masks, exclusions } = input;
  const m = masks.awaji;
  const cls = classifyAwaji(m, s);
  const progression = progressionFor(input.c, 'awaji');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const trace: TraceStep[] = [
    settingStep(s, AWAJI_SETTINGS),
    ...regionStepsFor(input, 'awaji'),
    ...clauseSteps(cls.clauses),
    { step: 'anatomical category', result: 'info', detail: `${cls.category}: ${cls.pattern}` },
    ...prerequisiteSteps(progression, exclusions, 'progression by history, examination or electrophysiology'),
    { step: 'result', result: 'info', detail: `${category} (${PREREQUISITE_TEXT[status]})` },
  ];
  return {
    criteria: 'awaji',
    category,
    anatomicalCategory: cls.category,
    status,
    statusText: PREREQUISITE_TEXT[status],
    pendingExclusions: pendingList(exclusions),
    pattern: cls.pattern,
    trace,
    whatWouldChange: phraseChanges(
      awajiChanges({ umn: m.umn, lmn: m.lmnClinical | m.lmnEmg }, s),
      AWAJI_ORDER,
      input.regions,
      'awaji',
      s,
    ),
    toConfirm: toConfirm(progression, exclusions, 'awaji'),
    needs: [...progression.needs],
    source: DE_CARVALHO_2008,
  };
}

export const GOLD_COAST_WORDING = [
  'Progressive motor impairment documented by history or repeated clinical assessment, preceded by normal motor function',
  'The presence of upper and lower motor neurone dysfunction in at least one body region, (with upper and lower motor neurone dysfunction noted in the same body region if only one body region is involved) or lower motor neurone dysfunction in at least two body regions',
  'Investigations excluding other disease processes',
] as const;

const GOLD_COAST_NAMES: readonly string[] = ['notMet', 'met'];

/** Gold Coast (Shefner 2020): three conditions, all required. */
export function goldCoastResult(input: CriteriaInput): GoldCoastResult {
  const { s, masks, exclusions, c } = input;
  const m = masks.goldCoast;
  const dist = classifyGoldCoastDistribution(m, s);
  const progression = progressionFor(c, 'goldCoast');
  const normalBefore = c.history?.progression?.precededByNormalFunction;
  const c1needs = [...progression.needs];
  if (progression.state === 'documented' && normalBefore === undefined)
    c1needs.push('history.progression.precededByNormalFunction');
  const c1: GoldCoastCondition = {
    number: 1,
    text: GOLD_COAST_WORDING[0],
    state:
      progression.state === 'notRecorded' || (progression.state === 'documented' && normalBefore === undefined)
        ? 'insufficient'
        : progression.state === 'documented' && normalBefore === true
          ? 'met'
          : 'notMet',
    detail:
      progression.state !== 'documented'
        ? progression.detail
        : normalBefore === true
          ? `${progression.detail}; preceded by normal motor function`
          : normalBefore === false
            ? `${progression.detail}; but motor function was not normal before`
            : `${progression.detail}; whether motor function was normal before is not recorded`,
    needs: c1needs,
  };
  const c2: GoldCoastCondition = {
    number: 2,
    text: GOLD_COAST_WORDING[1],
    state: dist.met ? 'met' : 'notMet',
    detail: dist.pattern,
    needs: [],
  };
  const c3: GoldCoastCondition = {
    number: 3,
    text: GOLD_COAST_WORDING[2],
    state: exclusions.alternativeExplanations.length > 0 ? 'notMet' : exclusions.complete ? 'met' : 'pending',
    detail:
      exclusions.alternativeExplanations.length > 0
        ? `judged to explain the signs: ${exclusions.alternativeExplanations.map((t) => t.name).join(', ')}`
        : exclusions.complete
          ? 'every required investigation has a result; none explains the signs'
          : `pending: ${pendingList(exclusions)
              .map((t) => t.name)
              .join(', ')}`,
    needs: [],
  };
  let status: PrerequisiteStatus = prerequisiteStatus(progression, exclusions);
  if (status === 'prerequisitesMet' || status === 'pendingExclusions') {
    if (c1.state === 'notMet') status = 'notProgressive';
  }
  const met = c1.state === 'met' && c2.state === 'met' && c3.state === 'met';
  const confirm = toConfirm(progression, exclusions, 'goldCoast');
  if (c1needs.includes('history.progression.precededByNormalFunction')) {
    confirm.unshift(
      'Record whether motor function was normal before the impairment began (history.progression.precededByNormalFunction)',
    );
  }
  const trace: TraceStep[] = [
    settingStep(s, GOLD_COAST_SETTINGS),
    ...regionStepsFor(input, 'goldCoast'),
    {
      step: 'condition 1: progressive motor impairment',
      result: c1.state === 'met' ? 'met' : c1.state === 'insufficient' ? 'pending' : 'notMet',
      detail: c1.detail,
    },
    ...clauseSteps(dist.clauses),
    { step: 'condition 2: UMN and LMN distribution', result: c2.state === 'met' ? 'met' : 'notMet', detail: c2.detail },
    {
      step: 'condition 3: investigations exclude other diseases',
      result: c3.state === 'met' ? 'met' : c3.state === 'pending' ? 'pending' : 'notMet',
      detail: c3.detail,
    },
    {
      step: 'result',
      result: 'info',
      detail: met
        ? 'ALS (all three conditions met)'
        : `not met${dist.met && c3.state === 'pending' && c1.state === 'met' ? ' yet: pending the named exclusions' : ''}`,
    },
  ];
  return {
    criteria: 'goldCoast',
    met,
    anatomicallyMet: dist.met,
    status,
    statusText: PREREQUISITE_TEXT[status],
    conditions: [c1, c2, c3],
    pendingExclusions: pendingList(exclusions),
    pattern: dist.pattern,
    trace,
    whatWouldChange: phraseChanges(
      goldCoastChanges({ umn: m.umn, lmn: m.lmnClinical | m.lmnEmg }, s),
      GOLD_COAST_NAMES,
      input.regions,
      'goldCoast',
      s,
    ),
    toConfirm: confirm,
    needs: c1needs,
    source: SHEFNER_2020,
  };
}
