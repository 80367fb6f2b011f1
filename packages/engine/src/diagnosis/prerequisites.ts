/**
 * Prerequisites shared by the criteria: documented progression (Brooks 2000 A3; de Carvalho 2008
 * allows electrophysiological progression; Shefner 2020 condition 1 adds "preceded by normal motor
 * function") and the exclusion of other diseases (Brooks 2000 B1–B2; Shefner 2020 condition 3).
 */
import type { FactRef } from '../common/reason.js';
import type { GeneticResult, PatientCase } from '../facts/index.js';
import { ALS_CAUSATIVE_GENES } from '../genetics/genes.js';
import type { CriteriaSet } from './signs.js';
import { PROGRESSION_TEXT, type ProgressionCode } from './traceText.js';
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
  /** Which answer, as a code of the trace (PROGRESSION_TEXT gives its words). */
  code: ProgressionCode;
  detail: string;
  needs: readonly string[];
  /** The recorded facts the answer reads (history.progression.documented, .by). */
  facts: readonly FactRef[];
}

const check = (
  state: ProgressionCheck['state'],
  code: ProgressionCode,
  facts: readonly FactRef[],
  needs: readonly string[] = [],
): ProgressionCheck =>
  Object.freeze({
    state,
    code,
    detail: PROGRESSION_TEXT[code],
    needs: Object.freeze(needs),
    facts: Object.freeze(facts.map((f) => Object.freeze(f))),
  });

const DOCUMENTED_FACT: FactRef = { path: 'history.progression.documented', value: true };
const byFact = (by: string): FactRef => ({ path: 'history.progression.by', value: by });

// Every answer is one of a handful: built once, with the facts it reads (their values decide which).
const NOT_RECORDED = check('notRecorded', 'notRecorded', [], ['history.progression.documented']);
const NOT_DOCUMENTED = check('notDocumented', 'notDocumented', [
  { path: 'history.progression.documented', value: false },
]);
const EMG_ONLY_EEC = check('notDocumented', 'electrophysiologyOnlyRevisedElEscorial', [
  DOCUMENTED_FACT,
  byFact('electrophysiology'),
]);
const EMG_ONLY_GOLD_COAST = check('notDocumented', 'electrophysiologyOnlyGoldCoast', [
  DOCUMENTED_FACT,
  byFact('electrophysiology'),
]);
const DOCUMENTED = {
  history: check('documented', 'documentedByHistory', [DOCUMENTED_FACT, byFact('history')]),
  examination: check('documented', 'documentedByExamination', [DOCUMENTED_FACT, byFact('examination')]),
  electrophysiology: check('documented', 'documentedByElectrophysiology', [
    DOCUMENTED_FACT,
    byFact('electrophysiology'),
  ]),
  unspecified: check('documented', 'documented', [DOCUMENTED_FACT]),
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

export { PREREQUISITE_TEXT } from './traceText.js';

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
