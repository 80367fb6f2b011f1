/**
 * Tofersen eligibility: a pathogenic or likely pathogenic SOD1 variant in a person with ALS
 * (Qalsody US label indication [V]; EAN 2024: first line in progressive SOD1-ALS [S]).
 * Regulatory availability is a separate question (care/approvals.ts).
 */
import { type Insufficient, insufficient } from '../common/result.js';
import type { Source } from '../common/source.js';
import type { GeneticResult } from '../facts/index.js';
import type { CaseView } from '../view/asOf.js';
import { isPositive, resultsForGene } from './panel.js';

export const TOFERSEN_INDICATION: Source = Object.freeze({
  cite: 'Qalsody (tofersen) US prescribing information',
  year: 2023,
  detail: 'Adults with ALS associated with a mutation in SOD1',
  verification: 'V',
});

export type TofersenEligibility =
  | { kind: 'eligible'; variant: GeneticResult; path: string; source: Source }
  | {
      kind: 'notEligible';
      why: 'noPathogenicSod1' | 'sod1VusOnly' | 'presymptomaticCarrier';
      detail: string;
      source: Source;
    }
  | Insufficient;

/**
 * Whether tofersen is indicated, from the SOD1 results and whether ALS is diagnosed.
 *
 * @example tofersenEligibility(caseAsOf(c, '2025-01-01'), true) // { kind: 'eligible', variant: { gene: 'SOD1', ... } }
 */
export function tofersenEligibility(v: CaseView, alsDiagnosed: boolean | undefined): TofersenEligibility {
  const sod1 = resultsForGene(v, 'SOD1');
  if (sod1.length === 0) return insufficient(['genetics[gene=SOD1]'], 'SOD1 has not been tested');
  const positive = sod1.find(({ result }) => isPositive(result.classification));
  if (!positive) {
    const vus = sod1.some(({ result }) => result.classification === 'vus');
    return vus
      ? {
          kind: 'notEligible',
          why: 'sod1VusOnly',
          detail: 'SOD1 variant of uncertain significance: no clinical action until reclassified',
          source: TOFERSEN_INDICATION,
        }
      : {
          kind: 'notEligible',
          why: 'noPathogenicSod1',
          detail: 'no pathogenic or likely pathogenic SOD1 variant',
          source: TOFERSEN_INDICATION,
        };
  }
  if (alsDiagnosed === undefined) return insufficient(['ctx.alsDiagnosed'], 'SOD1 variant found; is ALS diagnosed?');
  if (!alsDiagnosed) {
    return {
      kind: 'notEligible',
      why: 'presymptomaticCarrier',
      detail: 'presymptomatic SOD1 carrier: tofersen is not approved before ALS (trials such as ATLAS)',
      source: TOFERSEN_INDICATION,
    };
  }
  return {
    kind: 'eligible',
    variant: positive.result,
    path: `genetics[${positive.index}]`,
    source: TOFERSEN_INDICATION,
  };
}
