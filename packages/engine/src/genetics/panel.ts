/**
 * ALS genes and reading genetic results: the minimum panel every person with ALS should be
 * offered (Roggenbuck 2023), the broader panel genes, and positive/VUS classification.
 */
import type { IsoDate } from '../common/dates.js';
import type { GeneticResult, PatientCase, VariantClassification } from '../facts/index.js';

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

/** Results for `gene` (case-insensitive), dated on or before asOf or undated. */
export function resultsForGene(c: PatientCase, gene: string, asOf: IsoDate): IndexedResult[] {
  return (c.genetics ?? [])
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => key(result.gene) === key(gene) && (result.date === undefined || result.date <= asOf));
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
export function untestedMinimumGenes(c: PatientCase, asOf: IsoDate): string[] {
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

export const geneticFact = ({ result, index }: IndexedResult) => ({
  path: `genetics[${index}].classification`,
  value: result.classification,
  ...(result.date ? { date: result.date } : {}),
  note: result.variant ? `${result.gene} ${result.variant}` : result.gene,
});
