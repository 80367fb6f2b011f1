/**
 * Prerequisites shared by the criteria: documented progression (Brooks 2000 A3; de Carvalho 2008
 * allows electrophysiological progression; Shefner 2020 condition 1 adds "preceded by normal motor
 * function") and the exclusion of other diseases (Brooks 2000 B1–B2; Shefner 2020 condition 3).
 */
import type { GeneticResult, PatientCase } from '../facts/index.js';
import { ALS_CAUSATIVE_GENES } from '../genetics/genes.js';
import type { CriteriaSet } from './signs.js';
import type { ExclusionStatus } from './workup.js';

/** Why a category stands, is pending, or is withheld. */
export type PrerequisiteStatus =
  /** Progression documented and exclusions complete. */
  | 'prerequisitesMet'
  /** The category is shown, pending the named exclusions. */
  | 'pendingExclusions'
  /** An investigation result was judged to explain the signs: another disease, nothing is met. */
  | 'alternativeExplanation'
  /** Progression is recorded as not documented: nothing is met. */
  | 'notProgressive'
  /** Progression is not recorded at all: nothing is met until it is. */
  | 'progressionNotRecorded';

export interface ProgressionCheck {
  state: 'documented' | 'notDocumented' | 'notRecorded';
  detail: string;
  needs: readonly string[];
}

const check = (state: ProgressionCheck['state'], detail: string, needs: readonly string[] = []): ProgressionCheck =>
  Object.freeze({ state, detail, needs: Object.freeze(needs) });

// Every answer is one of a handful: built once.
const NOT_RECORDED = check('notRecorded', 'progression not recorded', ['history.progression.documented']);
const NOT_DOCUMENTED = check('notDocumented', 'progression recorded as not documented');
const EMG_ONLY_EEC = check(
  'notDocumented',
  'progression documented only by electrophysiology: revised El Escorial asks for history or examination',
);
const EMG_ONLY_GOLD_COAST = check(
  'notDocumented',
  'progression documented only by electrophysiology: Gold Coast asks for history or repeated clinical assessment',
);
const DOCUMENTED = {
  history: check('documented', 'progression documented by history'),
  examination: check('documented', 'progression documented by examination'),
  electrophysiology: check('documented', 'progression documented by electrophysiology'),
  unspecified: check('documented', 'progression documented'),
} as const;

/** Progression as a criteria set accepts it. */
export function progressionFor(c: PatientCase, set: CriteriaSet): ProgressionCheck {
  const p = c.history?.progression;
  if (!p) return NOT_RECORDED;
  if (!p.documented) return NOT_DOCUMENTED;
  const by = p.by;
  if (by === 'electrophysiology' && set !== 'awaji') return set === 'goldCoast' ? EMG_ONLY_GOLD_COAST : EMG_ONLY_EEC;
  return by === undefined ? DOCUMENTED.unspecified : (DOCUMENTED[by] ?? DOCUMENTED.unspecified);
}

/** Apply progression and exclusions to a set's anatomical result. */
export function prerequisiteStatus(progression: ProgressionCheck, exclusions: ExclusionStatus): PrerequisiteStatus {
  if (progression.state === 'notRecorded') return 'progressionNotRecorded';
  if (progression.state === 'notDocumented') return 'notProgressive';
  if (exclusions.alternativeExplanations.length > 0) return 'alternativeExplanation';
  if (!exclusions.complete) return 'pendingExclusions';
  return 'prerequisitesMet';
}

export const PREREQUISITE_TEXT: Readonly<Record<PrerequisiteStatus, string>> = {
  prerequisitesMet: 'progression documented and other diseases excluded',
  pendingExclusions: 'shown pending the named exclusions',
  alternativeExplanation: 'an investigation was judged to explain the signs: criteria not met',
  notProgressive: 'no documented progression: criteria not met',
  progressionNotRecorded: 'progression not recorded: criteria not met until it is',
};

/** Pathogenic or likely pathogenic variants in ALS genes, in the case as known on its date (`caseAsOf`). */
export function pathogenicAlsVariants(c: PatientCase): GeneticResult[] {
  const out: GeneticResult[] = [];
  for (const g of c.genetics ?? []) {
    if (
      (g.classification === 'pathogenic' || g.classification === 'likelyPathogenic') &&
      ALS_CAUSATIVE_GENES.has(g.gene)
    )
      out.push(g);
  }
  out.sort((a, b) => (a.gene < b.gene ? -1 : a.gene > b.gene ? 1 : (a.variant ?? '') < (b.variant ?? '') ? -1 : 1));
  return out;
}
