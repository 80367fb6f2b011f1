/**
 * The sources of Betz's genetic knowledge (which genes, which panel, what a result means), as data
 * the UI can show. `verification` keeps the clinical reference's tag: V read in the source, R read
 * in the paper, S secondary summary, K/M from memory (check before relying on it).
 */
import type { Source } from '../common/source.js';

const s = (x: Source): Source => Object.freeze(x);

export const ROGGENBUCK_2023 = s({
  cite: 'Roggenbuck 2023 (ALS genetic testing guidelines)',
  year: 2023,
  detail: 'Offer every person with ALS single-step testing: C9orf72 assay + SOD1, FUS, TARDBP at a minimum',
  verification: 'V',
  doi: '10.1002/acn3.51895',
  url: 'https://pubmed.ncbi.nlm.nih.gov/37691292/',
});

/** The genes broader ALS panels often include (clinical reference, care §6); ATXN2 repeats modify risk. */
export const BROAD_PANEL_REFERENCE = s({
  cite: 'Betz care reference §6 (genes broader ALS panels include)',
  year: 2023,
  detail:
    'C9orf72, SOD1, TARDBP, FUS, TBK1, NEK1, OPTN, VCP, UBQLN2, SQSTM1, PFN1, KIF5A, ANG, VAPB, SETX, CHCHD10, MATR3, HNRNPA1, TUBA4A, ATXN2',
  verification: 'M',
});

/**
 * Further Mendelian ALS genes on clinical panels (Lattante 2020's panel, third version: ALS2,
 * ANXA11, CCNF, SPG11; first version: DCTN1, FIG4). Panels differ widely (Dilliott 2023: 14 ALS
 * panels, 4 to 54 genes); the ClinGen ALS gene curation is the standard to check this list against.
 */
export const LATTANTE_2020 = s({
  cite: 'Lattante 2020 (high-throughput genetic testing in ALS)',
  year: 2020,
  detail: 'Genes 11:1123, gene panel versions 1-3 (§2.2)',
  verification: 'S',
  doi: '10.3390/genes11101123',
});

export const DILLIOTT_2023 = s({
  cite: 'Dilliott 2023 (ClinGen ALS GCEP: clinical testing panels for ALS)',
  year: 2023,
  detail: '14 ALS panels from 14 laboratories cover 4 to 54 genes; all report ANG, SOD1, TARDBP, VAPB',
  verification: 'S',
  doi: '10.1080/21678421.2023.2173015',
});

/**
 * rEEC 2000, "clinically definite familial ALS, laboratory-supported": an identified pathogenic
 * mutation; the criteria name no gene list, so which genes count is the gene table's `role`.
 */
export const BROOKS_2000_FAMILIAL = s({
  cite: 'Brooks 2000',
  year: 2000,
  detail:
    'El Escorial revisited: clinically definite familial ALS, laboratory-supported (identified pathogenic mutation)',
  verification: 'K',
  doi: '10.1080/146608200300079536',
});

/** Genes tested to exclude ALS mimics: AR CAG repeat (SBMA), SMN1 (adult SMA), HEXA (late-onset GM2). */
export const TURNER_TALBOT_2013_MIMIC_GENES = s({
  cite: 'Turner & Talbot 2013 (mimics and chameleons in motor neurone disease)',
  year: 2013,
  detail:
    'Genetic tests that separate mimics: AR (Kennedy disease), SMN1 (adult SMA), HEXA (hexosaminidase A deficiency)',
  verification: 'K',
  doi: '10.1136/practneurol-2013-000557',
});
