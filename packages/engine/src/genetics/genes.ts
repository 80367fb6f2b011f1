/**
 * The one table of genes Betz knows, as data with the source of each row: which genes cause ALS
 * (a pathogenic variant counts for rEEC "familial, laboratory-supported"), which are on the minimum
 * and broad ALS panels, and which are tested to exclude a mimic. Symbols are the HGNC spelling;
 * case files are normalised to it at the edge (`canonicalGeneSymbol`), and the engine compares
 * symbols one way only: exactly, in that spelling.
 */
import type { Source } from '../common/source.js';
import {
  BROAD_PANEL_REFERENCE,
  BROOKS_2000_FAMILIAL,
  DILLIOTT_2023,
  LATTANTE_2020,
  ROGGENBUCK_2023,
  TURNER_TALBOT_2013_MIMIC_GENES,
} from './sources.js';

/**
 * - `als`: a pathogenic or likely pathogenic variant causes ALS (counts for familial lab-supported).
 * - `alsRiskModifier`: intermediate repeats modify risk (ATXN2); not a cause, does not count.
 * - `mimic`: tested to exclude an ALS mimic; a positive result argues against ALS.
 */
export type GeneRole = 'als' | 'alsRiskModifier' | 'mimic';

/** 'minimum': Roggenbuck 2023's single-step minimum; 'broad': broader panels; 'none': neither. */
export type GenePanel = 'minimum' | 'broad' | 'none';

export interface GeneEntry {
  /** HGNC symbol, in its official spelling ('C9orf72', not 'C9ORF72'). */
  symbol: string;
  role: GeneRole;
  panel: GenePanel;
  /** Why the gene has this role and panel. */
  source: Source;
  /** Further sources for the row. */
  alsoSee?: readonly Source[];
}

const FAMILIAL = [BROOKS_2000_FAMILIAL];
const MIN = { role: 'als', panel: 'minimum', source: ROGGENBUCK_2023, alsoSee: FAMILIAL } as const;
const BROAD = { role: 'als', panel: 'broad', source: BROAD_PANEL_REFERENCE, alsoSee: FAMILIAL } as const;
const FURTHER = {
  role: 'als',
  panel: 'none',
  source: LATTANTE_2020,
  alsoSee: [DILLIOTT_2023, BROOKS_2000_FAMILIAL],
} as const;
const MIMIC = { role: 'mimic', panel: 'none', source: TURNER_TALBOT_2013_MIMIC_GENES } as const;

/** Every gene Betz knows; the minimum panel first, in Roggenbuck 2023's order. */
export const GENES = [
  { symbol: 'C9orf72', ...MIN },
  { symbol: 'SOD1', ...MIN },
  { symbol: 'FUS', ...MIN },
  { symbol: 'TARDBP', ...MIN },
  { symbol: 'TBK1', ...BROAD },
  { symbol: 'NEK1', ...BROAD },
  { symbol: 'OPTN', ...BROAD },
  { symbol: 'VCP', ...BROAD },
  { symbol: 'UBQLN2', ...BROAD },
  { symbol: 'SQSTM1', ...BROAD },
  { symbol: 'PFN1', ...BROAD },
  { symbol: 'KIF5A', ...BROAD },
  { symbol: 'ANG', ...BROAD },
  { symbol: 'VAPB', ...BROAD },
  { symbol: 'SETX', ...BROAD },
  { symbol: 'CHCHD10', ...BROAD },
  { symbol: 'MATR3', ...BROAD },
  { symbol: 'HNRNPA1', ...BROAD },
  { symbol: 'TUBA4A', ...BROAD },
  // Intermediate CAG repeats (27-33) raise ALS risk; they are not a Mendelian cause.
  { symbol: 'ATXN2', role: 'alsRiskModifier', panel: 'broad', source: BROAD_PANEL_REFERENCE },
  { symbol: 'ALS2', ...FURTHER },
  { symbol: 'ANXA11', ...FURTHER },
  { symbol: 'CCNF', ...FURTHER },
  { symbol: 'SPG11', ...FURTHER },
  { symbol: 'FIG4', ...FURTHER },
  { symbol: 'DCTN1', ...FURTHER },
  { symbol: 'AR', ...MIMIC },
  { symbol: 'SMN1', ...MIMIC },
  { symbol: 'HEXA', ...MIMIC },
] as const satisfies readonly GeneEntry[];

export type GeneSymbol = (typeof GENES)[number]['symbol'];
type GeneOf<P> = Extract<(typeof GENES)[number], P>['symbol'];

/** Minimum single-step test: C9orf72 repeat assay plus SOD1, FUS, TARDBP (Roggenbuck 2023). */
export const MINIMUM_ALS_PANEL: readonly GeneOf<{ panel: 'minimum' }>[] = GENES.flatMap((g) =>
  g.panel === 'minimum' ? [g.symbol] : [],
);

/** The minimum panel plus the genes broader ALS panels include (care reference §6). */
export const BROAD_ALS_PANEL: readonly GeneOf<{ panel: 'minimum' | 'broad' }>[] = GENES.flatMap((g) =>
  g.panel === 'minimum' || g.panel === 'broad' ? [g.symbol] : [],
);

/** Genes whose pathogenic variants cause ALS: these count for rEEC familial lab-supported. */
export const ALS_CAUSATIVE_GENES: ReadonlySet<string> = new Set(
  GENES.flatMap((g) => (g.role === 'als' ? [g.symbol] : [])),
);

const BY_KEY: ReadonlyMap<string, GeneSymbol> = new Map(GENES.map((g) => [g.symbol.toUpperCase(), g.symbol]));

/**
 * The HGNC spelling of a known gene, matched case-insensitively (surrounding spaces ignored);
 * undefined for a gene not in the table.
 *
 * @example canonicalGeneSymbol('sod1') // 'SOD1'; canonicalGeneSymbol('C9ORF72') // 'C9orf72'
 */
export function canonicalGeneSymbol(symbol: string): GeneSymbol | undefined {
  return BY_KEY.get(symbol.trim().toUpperCase());
}

/**
 * A gene symbol as the case should store it: a known gene in its HGNC spelling, any other symbol as
 * written (Betz cannot know every gene's spelling; an unknown gene has no rule that reads it).
 *
 * @example normaliseGeneSymbol('tardbp') // 'TARDBP'; normaliseGeneSymbol('Xyz1') // 'Xyz1'
 */
export function normaliseGeneSymbol(symbol: string): string {
  return canonicalGeneSymbol(symbol) ?? symbol;
}
