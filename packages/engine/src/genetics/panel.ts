/**
 * ALS genes and reading genetic results: the minimum panel every person with ALS should be
 * offered (Roggenbuck 2023), the broader panel genes, and positive/VUS classification.
 */
import type { CaseView } from '../facts/asOf.js';
import type { GeneticResult, VariantClassification } from '../facts/index.js';

/**
 * Minimum single-step test: C9orf72 repeat-expansion assay plus sequencing of SOD1, FUS and
 * TARDBP (Roggenbuck 2023, summary recommendation [V abstract]).
 */
export const MINIMUM_ALS_PANEL: readonly string[] = ['C9orf72', 'SOD1', 'FUS', 'TARDBP'];

/** Genes broader ALS panels often include (care reference §6) [M]; ATXN2 intermediate repeats modify risk. */
export const BROAD_ALS_PANEL: readonly string[] = [
  ...MINIMUM_ALS_PANEL,
  'TBK1',
  'NEK1',
  'OPTN',
  'VCP',
  'UBQLN2',
  'SQSTM1',
  'PFN1',
  'KIF5A',
  'ANG',
  'VAPB',
  'SETX',
  'CHCHD10',
  'MATR3',
  'HNRNPA1',
  'TUBA4A',
  'ATXN2',
];

const key = (gene: string) => gene.toUpperCase();

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

/** Results for `gene` (case-insensitive) known on the view's date. */
export function resultsForGene(v: CaseView, gene: string): IndexedResult[] {
  return knownResults(v).filter(({ result }) => key(result.gene) === key(gene));
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
export function untestedMinimumGenes(v: CaseView): string[] {
  return MINIMUM_ALS_PANEL.filter((g) => resultsForGene(v, g).length === 0);
}

/** VUS results in genes with no positive result: no clinical action (Roggenbuck 2023). */
export function unresolvedVus(v: CaseView): IndexedResult[] {
  return knownResults(v).filter(
    ({ result }) => result.classification === 'vus' && positiveInGene(v, result.gene) === undefined,
  );
}

export const geneticFact = ({ result, index }: IndexedResult) => ({
  path: `genetics[${index}].classification`,
  value: result.classification,
  ...(result.date ? { date: result.date } : {}),
  note: result.variant ? `${result.gene} ${result.variant}` : result.gene,
});
