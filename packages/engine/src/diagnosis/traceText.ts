/**
 * The trace lines of the criteria as data: each line has a stable code and the values it names
 * (region names, categories, statuses, settings), and the English detail is rendered from them by
 * one template per code (TRACE_TEMPLATES), the way Zod formats its issues. A translation is another
 * table of the same shape. Lines are built where their inputs are memoised (a classification, a
 * settings object, a region reading), so rendering costs nothing per evaluation once seen.
 */
import type { ReasonValue } from '../common/reason.js';
import type { Side, UmnSign } from '../facts/index.js';
import type { PrerequisiteStatus } from './prerequisites.js';
import { type DiagnosisSettings, SETTING_MEANINGS } from './settings.js';
import { UMN_SIGN_LABEL } from './signs.js';

/** Stable codes of trace lines (JSON `trace[].code`). */
export const TRACE_CODES = [
  /** The interpretation settings a set reads. */
  'settings',
  /** One body region as the set reads it: UMN signs, clinical LMN, EMG LMN. */
  'region',
  /** Anatomical clauses (revised El Escorial, Awaji-Shima). */
  'clause.definite',
  'clause.probable',
  'clause.labSupported',
  'clause.possible',
  /** Gold Coast condition 2 clauses. */
  'clause.sameRegion',
  'clause.lmnTwoRegions',
  'clause.literal',
  'anatomicalCategory',
  /** Prerequisites: progression (revised El Escorial A3, Awaji) and the exclusion of other diseases. */
  'progression',
  'exclusions',
  'familialLabSupported',
  'goldCoast.condition1',
  'goldCoast.condition2',
  'goldCoast.condition3',
  'result',
  'goldCoast.result',
] as const;
export type TraceCode = (typeof TRACE_CODES)[number];

/** UMN signs found in a region, with their side (the region line's params). */
export interface SignOnSide {
  sign: UmnSign;
  side: Side;
}
export type TraceParamValue = ReasonValue | readonly string[] | readonly SignOnSide[] | undefined;
export type TraceParams = Readonly<Record<string, TraceParamValue>>;
export type TraceTemplates = Readonly<Record<TraceCode, (p: TraceParams) => string>>;

/** How progression was found: the code of each answer `progressionFor` gives. */
export const PROGRESSION_TEXT = {
  notRecorded: 'progression not recorded',
  notDocumented: 'progression recorded as not documented',
  electrophysiologyOnlyRevisedElEscorial:
    'progression documented only by electrophysiology: revised El Escorial asks for history or examination',
  electrophysiologyOnlyGoldCoast:
    'progression documented only by electrophysiology: Gold Coast asks for history or repeated clinical assessment',
  documentedByHistory: 'progression documented by history',
  documentedByExamination: 'progression documented by examination',
  documentedByElectrophysiology: 'progression documented by electrophysiology',
  documented: 'progression documented',
} as const;
export type ProgressionCode = keyof typeof PROGRESSION_TEXT;

export const PREREQUISITE_TEXT: Readonly<Record<PrerequisiteStatus, string>> = {
  prerequisitesMet: 'progression documented and other diseases excluded',
  pendingExclusions: 'shown pending the named exclusions',
  alternativeExplanation: 'an investigation was judged to explain the signs: criteria not met',
  notProgressive: 'no documented progression: criteria not met',
  progressionNotRecorded: 'progression not recorded: criteria not met until it is',
};

const FAMILIAL_TEXT = {
  noVariant: 'no pathogenic variant in an ALS gene recorded',
  noFamilyHistory:
    'pathogenic variant, but no family history of ALS: a carrier without affected relatives is not familial ALS',
  familyHistoryNotRecorded: 'pathogenic variant; family history of ALS not recorded (needs history.familyHistory.als)',
  signsNotBoth: 'pathogenic variant, but clinical UMN and LMN signs are not found together in any region',
  notProgressive: 'pathogenic variant, but progression is not documented',
  alternativeExplanation: 'another disease was judged to explain the signs',
} as const;
export type FamilialCode = keyof typeof FAMILIAL_TEXT | 'met';

const list = (v: TraceParams[string]): readonly string[] => (Array.isArray(v) ? (v as readonly string[]) : []);
/** 'Babinski sign (left), Hoffmann sign (right)': the signs found, those the set accepts only. */
const signsText = (found: TraceParams[string], accepted: TraceParams[string]): string => {
  const ok = list(accepted);
  let out = '';
  for (const x of (Array.isArray(found) ? found : []) as readonly SignOnSide[]) {
    if (ok.includes(x.sign)) out += `${out ? ', ' : ''}${UMN_SIGN_LABEL[x.sign]} (${x.side})`;
  }
  return out;
};
/** Region names as the trace prints them: 'bulbar, cervical', or 'none'. */
const regions = (v: TraceParams[string]): string => list(v).join(', ') || 'none';
const names = (v: TraceParams[string]): string => list(v).join(', ');
const yesNo = (b: TraceParams[string]): string => (b ? 'yes' : 'no');
const rostral = (p: TraceParams): string =>
  p.rostralUpper === undefined ? 'no' : `yes (${p.rostralUpper} above ${p.rostralLower})`;
const exclusionParts = (p: TraceParams): string => {
  const parts: string[] = [];
  if (list(p.pending).length) parts.push(`awaiting ${names(p.pending)}`);
  if (list(p.toReview).length) parts.push(`abnormal, to review: ${names(p.toReview)}`);
  if (list(p.openRedFlags).length) parts.push(names(p.openRedFlags));
  return parts.join('; ');
};
const CONDITION1_SUFFIX = {
  true: '; preceded by normal motor function',
  false: '; but motor function was not normal before',
  undefined: '; whether motor function was normal before is not recorded',
} as const;

/** The English detail of every trace line, by code. */
export const TRACE_TEMPLATES: TraceTemplates = {
  settings: (p) =>
    Object.entries(p)
      .map(
        ([name, value]) =>
          `${name} = ${value}: ${(SETTING_MEANINGS[name as keyof DiagnosisSettings] as Record<string, string>)[value as string]}`,
      )
      .join('; '),
  // A region no examination recorded is "not examined", never "no signs" (issue 8, defect 6).
  region: (p) =>
    p.examined
      ? `UMN: ${signsText(p.umnSigns, p.umnAccepted) || 'none found'}; clinical LMN: ${yesNo(p.lmnClinical)} (${p.lmnClinicalWhy}); EMG LMN: ${yesNo(p.lmnEmg)} (${p.lmnEmgWhy})`
      : `not examined clinically; EMG LMN: ${yesNo(p.lmnEmg)} (${p.lmnEmgWhy})`,
  'clause.definite': (p) => `UMN and ${p.lmnLabel} together in: ${regions(p.together)}`,
  'clause.probable': (p) =>
    `UMN in: ${regions(p.umn)}; ${p.lmnLabel} in: ${regions(p.lmn)}; together in: ${regions(p.together)}; UMN rostral to LMN: ${rostral(p)}`,
  'clause.labSupported': (p) => `UMN in: ${regions(p.umn)}; EMG LMN in: ${regions(p.lmnEmg)}`,
  'clause.possible': (p) =>
    `together in: ${regions(p.together)}; UMN regions: ${list(p.umn).length}; ${p.lmnLabel} rostral to UMN: ${rostral(p)}`,
  'clause.sameRegion': (p) => `together in: ${regions(p.together)}`,
  'clause.lmnTwoRegions': (p) => `LMN in: ${regions(p.lmn)}`,
  'clause.literal': (p) => `UMN in: ${regions(p.umn)}; LMN in: ${regions(p.lmn)}`,
  anatomicalCategory: (p) => `${p.category}: ${p.pattern}`,
  progression: (p) => PROGRESSION_TEXT[p.progression as ProgressionCode],
  exclusions: (p) =>
    p.state === 'complete'
      ? 'every required investigation has a result; none explains the signs'
      : p.state === 'explained'
        ? `judged to explain the signs: ${names(p.explainedBy)}`
        : exclusionParts(p),
  familialLabSupported: (p) =>
    p.familial === 'met'
      ? `progressive UMN and LMN signs in a family with ALS, with ${names(p.variants)}${p.pendingExclusions ? ' (pending the named exclusions)' : ''}`
      : FAMILIAL_TEXT[p.familial as keyof typeof FAMILIAL_TEXT],
  'goldCoast.condition1': (p) =>
    !String(p.progression).startsWith('documented')
      ? PROGRESSION_TEXT[p.progression as ProgressionCode]
      : `${PROGRESSION_TEXT[p.progression as ProgressionCode]}${CONDITION1_SUFFIX[String(p.precededByNormalFunction) as keyof typeof CONDITION1_SUFFIX]}`,
  'goldCoast.condition2': (p) => String(p.pattern),
  'goldCoast.condition3': (p) =>
    p.state === 'complete'
      ? 'every required investigation has a result; none explains the signs'
      : p.state === 'explained'
        ? `judged to explain the signs: ${names(p.explainedBy)}`
        : `pending: ${[...list(p.pending), ...list(p.toReview), ...list(p.openRedFlags)].join(', ')}`,
  result: (p) => `${p.category} (${PREREQUISITE_TEXT[p.status as PrerequisiteStatus]})`,
  'goldCoast.result': (p) =>
    p.met
      ? 'ALS (all three conditions met)'
      : `not met${p.pendingExclusionsOnly ? ' yet: pending the named exclusions' : ''}`,
};

/**
 * The detail of a trace line in words.
 *
 * @example renderTraceDetail({ code: 'clause.lmnTwoRegions', params: { lmn: ['cervical', 'lumbosacral'] } }) // 'LMN in: cervical, lumbosacral'
 */
export function renderTraceDetail(
  line: { code: TraceCode; params: TraceParams },
  templates: Partial<TraceTemplates> = TRACE_TEMPLATES,
): string {
  return (templates[line.code] ?? TRACE_TEMPLATES[line.code])(line.params);
}
