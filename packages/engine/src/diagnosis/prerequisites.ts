/**
 * Prerequisites shared by the criteria: documented progression (Brooks 2000 A3; de Carvalho 2008
 * allows electrophysiological progression; Shefner 2020 condition 1 adds "preceded by normal motor
 * function") and the exclusion of other diseases (Brooks 2000 B1–B2; Shefner 2020 condition 3).
 */
import type { GeneticResult, PatientCase } from '../facts/index.js';
import { ALS_GENES } from './catalogue.js';
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
  needs: string[];
}

/** Progression as a criteria set accepts it. */
export function progressionFor(c: PatientCase, set: CriteriaSet): ProgressionCheck {
  const p = c.history?.progression;
  if (!p) {
    return { state: 'notRecorded', detail: 'progression not recorded', needs: ['history.progression.documented'] };
  }
  if (!p.documented) return { state: 'notDocumented', detail: 'progression recorded as not documented', needs: [] };
  const by = p.by;
  if (by === 'electrophysiology' && set !== 'awaji') {
    return {
      state: 'notDocumented',
      detail:
        set === 'goldCoast'
          ? 'progression documented only by electrophysiology: Gold Coast asks for history or repeated clinical assessment'
          : 'progression documented only by electrophysiology: revised El Escorial asks for history or examination',
      needs: [],
    };
  }
  return { state: 'documented', detail: `progression documented${by ? ` by ${by}` : ''}`, needs: [] };
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

/** Pathogenic or likely pathogenic variants in ALS genes, up to asOf. */
export function pathogenicAlsVariants(c: PatientCase, asOf: string): GeneticResult[] {
  const out: GeneticResult[] = [];
  for (const g of c.genetics ?? []) {
    if (g.date !== undefined && g.date > asOf) continue;
    if ((g.classification === 'pathogenic' || g.classification === 'likelyPathogenic') && ALS_GENES.has(g.gene))
      out.push(g);
  }
  out.sort((a, b) => (a.gene < b.gene ? -1 : a.gene > b.gene ? 1 : (a.variant ?? '') < (b.variant ?? '') ? -1 : 1));
  return out;
}
