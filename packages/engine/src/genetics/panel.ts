/**
 * Reading genetic results: positive/VUS classification, results per gene, and the minimum-panel
 * genes not yet tested (the genes themselves are the table in genes.ts).
 */
import type { IsoDate } from '../common/dates.js';
import type { GeneticResult, PatientCase, VariantClassification } from '../facts/index.js';
import { type GeneSymbol, MINIMUM_ALS_PANEL } from './genes.js';

/** Pathogenic or likely pathogenic: the classifications that carry clinical consequences. */
export function isPositive(classification: VariantClassification): boolean {
  return classification === 'pathogenic' || classification === 'likelyPathogenic';
}

export interface IndexedResult {
  result: GeneticResult;
  index: number;
}

/**
 * Results for `gene`, dated on or before asOf or undated. Symbols compare exactly: a case's known
 * genes are in their HGNC spelling once parsed (genes.ts, `canonicalGeneSymbol`).
 */
export function resultsForGene(c: PatientCase, gene: string, asOf: IsoDate): IndexedResult[] {
  return (c.genetics ?? [])
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.gene === gene && (result.date === undefined || result.date <= asOf));
}

/** Pathogenic or likely pathogenic results in any gene. */
export function positiveResults(c: PatientCase, asOf: IsoDate): IndexedResult[] {
  return (c.genetics ?? [])
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => isPositive(result.classification) && (result.date === undefined || result.date <= asOf));
}

/** The positive result in `gene`, if any. */
export function positiveInGene(c: PatientCase, gene: string, asOf: IsoDate): IndexedResult | undefined {
  return resultsForGene(c, gene, asOf).find(({ result }) => isPositive(result.classification));
}

/** Minimum-panel genes with no result at all (any classification counts as tested). */
export function untestedMinimumGenes(c: PatientCase, asOf: IsoDate): GeneSymbol[] {
  return MINIMUM_ALS_PANEL.filter((g) => resultsForGene(c, g, asOf).length === 0);
}

/** VUS results in genes with no positive result: no clinical action (Roggenbuck 2023). */
export function unresolvedVus(c: PatientCase, asOf: IsoDate): IndexedResult[] {
  return (c.genetics ?? [])
    .map((result, index) => ({ result, index }))
    .filter(
      ({ result }) =>
        result.classification === 'vus' &&
        (result.date === undefined || result.date <= asOf) &&
        positiveInGene(c, result.gene, asOf) === undefined,
    );
}
