/**
 * The three criteria as pure functions of region masks (bit 0 bulbar … bit 3 lumbosacral) inside the
 * engine, and of named region lists outside it. They know nothing of muscles or dates: region
 * evidence is computed before, prerequisites applied after. The state space is small (4096 states
 * per reading), so an engine keeps each result it builds (tables.ts); results are frozen to be shared.
 */
import { regionBit, regionsOfMask } from '../anatomy/regions.js';
import type { Region } from '../facts/index.js';
import type { DiagnosisSettings } from './settings.js';
import { renderTraceDetail, type TraceCode, type TraceParams } from './traceText.js';

export type ElEscorialCategory =
  | 'definite'
  | 'probable'
  | 'probableLabSupported'
  | 'possible'
  | 'unclassified'
  | 'notMet';
export type AwajiCategory = 'definite' | 'probable' | 'possible' | 'unclassified' | 'notMet';

/** Categories from lowest to highest: adding evidence never moves a case down this order. */
export const EL_ESCORIAL_ORDER: readonly ElEscorialCategory[] = [
  'notMet',
  'unclassified',
  'possible',
  'probableLabSupported',
  'probable',
  'definite',
];
export const AWAJI_ORDER: readonly AwajiCategory[] = ['notMet', 'unclassified', 'possible', 'probable', 'definite'];

export interface Clause {
  code: TraceCode;
  clause: string;
  met: boolean;
  /** The regions the clause read, by name (trace params). */
  params: TraceParams;
  /** `renderTraceDetail({ code, params })`, rendered once: clauses are memoised with their classification. */
  detail: string;
}

function clause(code: TraceCode, text: string, met: boolean, params: TraceParams): Clause {
  const p = Object.freeze(params);
  return { code, clause: text, met, params: p, detail: renderTraceDetail({ code, params: p }) };
}

export interface Classification<C extends string> {
  category: C;
  clauses: readonly Clause[];
  /** The pattern in words when no category or a low one applies. */
  pattern: string;
}

const BULBAR = 1;
const SPINAL = 0b1110;

export function popcount4(x: number): number {
  return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

function lowestBit(x: number): number {
  for (let i = 0; i < 4; i++) if (x & (1 << i)) return i;
  return 4;
}
function highestBit(x: number): number {
  for (let i = 3; i >= 0; i--) if (x & (1 << i)) return i;
  return -1;
}

/** Some region of `upper` lies strictly rostral to some region of `lower`. */
export function someRostral(upper: number, lower: number): boolean {
  return upper !== 0 && lower !== 0 && lowestBit(upper) < highestBit(lower);
}

const NAMES: readonly string[] = Array.from({ length: 16 }, (_, m) => regionsOfMask(m).join(', ') || 'none');
const names = (m: number): string => NAMES[m & 15]!;
/** Region names of every mask, frozen: trace params share them. */
const REGION_LISTS: readonly (readonly string[])[] = Array.from({ length: 16 }, (_, m) =>
  Object.freeze(regionsOfMask(m)),
);
const regionList = (m: number): readonly string[] => REGION_LISTS[m & 15]!;

type Rostral = DiagnosisSettings['rostralReading'];

function isDefinite(umn: number, lmn: number): boolean {
  const both = umn & lmn;
  return ((both & BULBAR) !== 0 && popcount4(both & SPINAL) >= 2) || popcount4(both & SPINAL) === 3;
}

function isProbable(umn: number, lmn: number, r: Rostral): boolean {
  if (r === 'R1') return popcount4(umn & lmn) >= 2;
  if (r === 'R3') return popcount4(umn | lmn) >= 2 && someRostral(umn, lmn);
  return popcount4(umn) >= 2 && popcount4(lmn) >= 2 && someRostral(umn, lmn);
}

function isPossible(umn: number, lmn: number): boolean {
  return (umn & lmn) !== 0 || popcount4(umn) >= 2 || someRostral(lmn, umn);
}

function isLabSupported(
  umn: number,
  lmnClinical: number,
  emg: number,
  lab: DiagnosisSettings['labSupportedReading'],
): boolean {
  const compact = umn !== 0 && popcount4(emg) >= 2;
  return lab === 'standalone' ? compact || (umn & lmnClinical) !== 0 : compact;
}

/** Rank in EL_ESCORIAL_ORDER, without the explanation (used by the what-would-change search). */
export function elEscorialRank(
  umn: number,
  lmnC: number,
  emg: number,
  r: Rostral,
  lab: DiagnosisSettings['labSupportedReading'],
): number {
  if (isDefinite(umn, lmnC)) return 5;
  if (isProbable(umn, lmnC, r)) return 4;
  if (isLabSupported(umn, lmnC, emg, lab)) return 3;
  if (isPossible(umn, lmnC)) return 2;
  if (umn !== 0 && (lmnC | emg) !== 0) return 1;
  return 0;
}

/** Rank in AWAJI_ORDER; `lmn` is clinical or EMG LMN. */
export function awajiRank(umn: number, lmn: number, r: Rostral): number {
  if (isDefinite(umn, lmn)) return 4;
  if (isProbable(umn, lmn, r)) return 3;
  if (isPossible(umn, lmn)) return 2;
  if (umn !== 0 && lmn !== 0) return 1;
  return 0;
}

/** Gold Coast condition 2 (Shefner 2020), with the configurable literal limb. */
export function goldCoastDistributionMet(umn: number, lmn: number, g: DiagnosisSettings['gccReading']): boolean {
  if ((umn & lmn) !== 0 || popcount4(lmn) >= 2) return true;
  return g === 'literal' && umn !== 0 && lmn !== 0 && popcount4(umn | lmn) >= 2;
}

const ROSTRAL_TEXT: Readonly<Record<Rostral, string>> = {
  R2: 'reading R2: UMN in ≥2 regions, LMN in ≥2 regions, some UMN region rostral to some LMN region',
  R1: 'reading R1: ≥2 regions each with both UMN and LMN',
  R3: 'reading R3: ≥2 regions involved, some UMN region rostral to some LMN region',
};

/** The highest region of `upper` above the lowest of `lower`, when some region of one is rostral to the other. */
function rostralPair(upper: number, lower: number): TraceParams {
  if (!someRostral(upper, lower)) return {};
  return { rostralUpper: regionList(1 << lowestBit(upper))[0], rostralLower: regionList(1 << highestBit(lower))[0] };
}

function anatomicalClauses(umn: number, lmn: number, lmnLabel: string, r: Rostral): Clause[] {
  const both = umn & lmn;
  return [
    clause(
      'clause.definite',
      'definite: UMN and LMN signs together in bulbar + ≥2 spinal regions, or in 3 spinal regions',
      isDefinite(umn, lmn),
      { lmnLabel, together: regionList(both) },
    ),
    clause(
      'clause.probable',
      `probable: UMN and LMN signs in ≥2 regions, some UMN signs rostral to LMN signs (${ROSTRAL_TEXT[r]})`,
      isProbable(umn, lmn, r),
      {
        lmnLabel,
        umn: regionList(umn),
        lmn: regionList(lmn),
        together: regionList(both),
        ...rostralPair(umn, lmn),
      },
    ),
  ];
}

function possibleClause(umn: number, lmn: number, lmnLabel: string): Clause {
  return clause(
    'clause.possible',
    'possible: UMN and LMN signs together in 1 region, or UMN signs in ≥2 regions, or LMN signs rostral to UMN signs',
    isPossible(umn, lmn),
    { lmnLabel, together: regionList(umn & lmn), umn: regionList(umn), ...rostralPair(lmn, umn) },
  );
}

function patternText(umn: number, lmnAny: number, rank: number, category: string): string {
  if (umn === 0 && lmnAny === 0) return 'no UMN or LMN signs recorded';
  if (umn === 0)
    return `pure LMN syndrome (LMN in: ${names(lmnAny)}; no UMN signs): progressive muscular atrophy pattern`;
  if (lmnAny === 0 && popcount4(umn) === 1) return `UMN signs in one region only (${names(umn)}), no LMN evidence`;
  if (lmnAny === 0)
    return `pure UMN syndrome (UMN in: ${names(umn)}; no LMN evidence): primary lateral sclerosis pattern`;
  if (rank === 1) {
    return `UMN signs in ${names(umn)} and LMN signs in ${names(lmnAny)} only: a pattern the criteria do not cover (not forced into a category)`;
  }
  return `UMN in: ${names(umn)}; LMN in: ${names(lmnAny)} (${category})`;
}

/** The regions with each kind of evidence, as a reader names them. */
export interface RegionSets {
  umn: readonly Region[];
  lmnClinical: readonly Region[];
  lmnEmg: readonly Region[];
}

function maskOf(regions: readonly Region[]): number {
  let m = 0;
  for (const r of regions) m |= regionBit(r);
  return m;
}

/**
 * Revised El Escorial (Brooks 2000) from the regions with clinical UMN, clinical LMN and EMG LMN evidence.
 *
 * @example classifyElEscorial({ umn: ['bulbar', 'cervical'], lmnClinical: ['bulbar', 'cervical'], lmnEmg: [] }, DEFAULT_DIAGNOSIS_SETTINGS).category // 'probable'
 */
export function classifyElEscorial(
  r: RegionSets,
  s: Pick<DiagnosisSettings, 'rostralReading' | 'labSupportedReading'>,
): Classification<ElEscorialCategory> {
  return elEscorialClassification(maskOf(r.umn), maskOf(r.lmnClinical), maskOf(r.lmnEmg), s);
}

/** Revised El Escorial from region masks (the engine's form). */
export function elEscorialClassification(
  umn: number,
  lmnC: number,
  emg: number,
  s: Pick<DiagnosisSettings, 'rostralReading' | 'labSupportedReading'>,
): Classification<ElEscorialCategory> {
  const rank = elEscorialRank(umn, lmnC, emg, s.rostralReading, s.labSupportedReading);
  const category = EL_ESCORIAL_ORDER[rank]!;
  const clauses: Clause[] = [
    ...anatomicalClauses(umn, lmnC, 'clinical LMN', s.rostralReading),
    clause(
      'clause.labSupported',
      s.labSupportedReading === 'compact'
        ? 'probable laboratory-supported: UMN signs in ≥1 region and EMG-defined LMN signs in ≥2 regions'
        : 'probable laboratory-supported (standalone reading): UMN and LMN clinical signs in 1 region, or UMN signs in ≥1 region and EMG LMN in ≥2 regions',
      isLabSupported(umn, lmnC, emg, s.labSupportedReading),
      { umn: regionList(umn), lmnEmg: regionList(emg) },
    ),
    possibleClause(umn, lmnC, 'clinical LMN'),
  ];
  return Object.freeze({
    category,
    clauses: Object.freeze(clauses.map((c) => Object.freeze(c))),
    pattern: patternText(umn, lmnC | emg, rank, category),
  });
}

/** Awaji-Shima (de Carvalho 2008): as revised El Escorial with LMN = clinical or EMG; no lab-supported category. */
export function classifyAwaji(
  r: RegionSets,
  s: Pick<DiagnosisSettings, 'rostralReading'>,
): Classification<AwajiCategory> {
  return awajiClassification(maskOf(r.umn), maskOf(r.lmnClinical) | maskOf(r.lmnEmg), s);
}

/** Awaji-Shima from region masks; `lmn` is clinical or EMG LMN (the engine's form). */
export function awajiClassification(
  umn: number,
  lmn: number,
  s: Pick<DiagnosisSettings, 'rostralReading'>,
): Classification<AwajiCategory> {
  const rank = awajiRank(umn, lmn, s.rostralReading);
  const category = AWAJI_ORDER[rank]!;
  const clauses = [
    ...anatomicalClauses(umn, lmn, 'LMN (clinical or EMG)', s.rostralReading),
    possibleClause(umn, lmn, 'LMN'),
  ];
  return Object.freeze({
    category,
    clauses: Object.freeze(clauses.map((c) => Object.freeze(c))),
    pattern: patternText(umn, lmn, rank, category),
  });
}

export interface GoldCoastDistribution {
  met: boolean;
  clauses: readonly Clause[];
  pattern: string;
}

/** Gold Coast condition 2 (Shefner 2020), LMN = clinical (weakness and wasting) or EMG. */
export function classifyGoldCoastDistribution(
  r: RegionSets,
  s: Pick<DiagnosisSettings, 'gccReading'>,
): GoldCoastDistribution {
  return goldCoastDistribution(maskOf(r.umn), maskOf(r.lmnClinical) | maskOf(r.lmnEmg), s);
}

/** Gold Coast condition 2 from region masks; `lmn` is clinical or EMG LMN (the engine's form). */
export function goldCoastDistribution(
  umn: number,
  lmn: number,
  s: Pick<DiagnosisSettings, 'gccReading'>,
): GoldCoastDistribution {
  const sameRegion = (umn & lmn) !== 0;
  const lmnTwo = popcount4(lmn) >= 2;
  const literal = umn !== 0 && lmn !== 0 && popcount4(umn | lmn) >= 2;
  const clauses: Clause[] = [
    clause('clause.sameRegion', 'UMN and LMN dysfunction in the same body region', sameRegion, {
      together: regionList(umn & lmn),
    }),
    clause('clause.lmnTwoRegions', 'LMN dysfunction in at least two body regions', lmnTwo, {
      lmn: regionList(lmn),
    }),
  ];
  if (s.gccReading === 'literal') {
    clauses.push(
      clause(
        'clause.literal',
        'literal reading: ≥2 regions involved with UMN dysfunction in one and LMN dysfunction in another',
        literal,
        { umn: regionList(umn), lmn: regionList(lmn) },
      ),
    );
  }
  const met = goldCoastDistributionMet(umn, lmn, s.gccReading);
  let pattern = `UMN in: ${names(umn)}; LMN in: ${names(lmn)}`;
  if (!met && literal) {
    pattern = `UMN (${names(umn)}) and LMN (${names(lmn)}) only in different regions: not met under the strict reading (met under the literal reading)`;
  } else if (!met && lmn === 0 && umn !== 0) {
    pattern = `pure UMN syndrome (${names(umn)}): not ALS under Gold Coast`;
  } else if (met && umn === 0) {
    pattern = `LMN dysfunction in ${names(lmn)} without UMN signs (progressive muscular atrophy pattern): meets condition 2`;
  }
  return Object.freeze({
    met,
    clauses: Object.freeze(clauses.map((c) => Object.freeze(c))),
    pattern,
  });
}
