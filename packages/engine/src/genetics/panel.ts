/**
 * Reading genetic results: positive/VUS classification, results per gene, and the minimum-panel
 * genes not yet tested (the genes themselves are the table in genes.ts).
 */

import type { GeneticResult, VariantClassification } from '../facts/index.js';
import type { CaseView } from '../view/asOf.js';
import { type GeneSymbol, MINIMUM_ALS_PANEL } from './genes.js';

/** Pathogenic or likely pathogenic: the classifications that carry clinical consequences. */
export function isPositive(classification: VariantClassification): boolean {
  return classification === 'pathogenic' || classification === 'likelyPathogenic';
}

export interface IndexedResult {
  result: GeneticResult;
  index: number;
}

/** The results known on the view's date (dated on or before it, or undated), with their index. */
const knownResults = (v: CaseView): IndexedResult[] =>
  v.indexed.genetics.map(({ item, index }) => ({ result: item, index }));

/**
 * Results for `gene` known on the view's date. Symbols compare exactly: a case's known genes are in
 * their HGNC spelling once parsed (genes.ts, `canonicalGeneSymbol`).
 */
export function resultsForGene(v: CaseView, gene: string): IndexedResult[] {
  return knownResults(v).filter(({ result }) => result.gene === gene);
}

/** Pathogenic or likely pathogenic results in any gene. */
export function positiveResults(v: CaseView): IndexedResult[] {
  return knownResults(v).filter(({ result }) => isPositive(result.classification));
}

/** The positive result in `gene`, if any. */
export function positiveInGene(v: CaseView, gene: string): IndexedResult | undefined {
  return resultsForGene(v, gene).find(({ result }) => isPositive(result.classification));
}

/** Minimum-panel genes with no result at all (any classification counts as tested). */
export function untestedMinimumGenes(v: CaseView): GeneSymbol[] {
  return MINIMUM_ALS_PANEL.filter((g) => resultsForGene(v, g).length === 0);
}

/** VUS results in genes with no positive result: no clinical action (Roggenbuck 2023). */
export function unresolvedVus(v: CaseView): IndexedResult[] {
  return knownResults(v).filter(
    ({ result }) => result.classification === 'vus' && positiveInGene(v, result.gene) === undefined,
  );
}
