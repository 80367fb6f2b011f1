/**
 * "What would change it": for each category above the current one, the smallest sets of new
 * findings that give exactly that category (a category reachable only by overshooting it is left to
 * the higher one), found by adding single region facts (UMN signs, clinical LMN signs, EMG
 * LMN evidence) and re-running the pure classifier. The search is exhaustive over the ≤12 facts a
 * case lacks; an engine keeps its answer per state (tables.ts), so it costs nothing on the hot path
 * once seen.
 */
import { awajiRank, elEscorialRank, goldCoastDistributionMet } from './classify.js';
import type { DiagnosisSettings } from './settings.js';

/** The kind of a new finding: EMG LMN, clinical LMN, clinical UMN, or (Awaji, Gold Coast) LMN by either. */
export type FlipKind = 'lmnEmg' | 'lmnClinical' | 'umn' | 'lmn';
const KIND_CODES: readonly FlipKind[] = ['lmnEmg', 'lmnClinical', 'umn', 'lmn'];

export interface Flip {
  kind: FlipKind;
  /** Region index: 0 bulbar … 3 lumbosacral. */
  region: number;
}

export interface RawAlternative {
  flips: readonly Flip[];
  /** Rank reached (set-specific order) or 1 for Gold Coast "met". */
  reachesRank: number;
}

export interface RawTarget {
  rank: number;
  alternatives: readonly RawAlternative[];
}

/** At most this many alternatives are reported per target. */
export const MAX_ALTERNATIVES = 3;

/**
 * Rank of `unclassified` in EL_ESCORIAL_ORDER and AWAJI_ORDER. It names a pattern the criteria do
 * not cover (UMN and LMN signs that fit no category), not a step up from "not met": the search never
 * offers it as a target, only categories the criteria define (possible and above).
 */
const UNCLASSIFIED_RANK = 1;

/** Non-empty subsets of k items as bit sets, smallest first, then by value: a constant table per k ≤ 12. */
const SUBSETS_BY_SIZE: readonly (readonly number[])[] = Array.from({ length: 13 }, (_, k) => {
  const s: number[] = [];
  for (let m = 1; m < 1 << k; m++) s.push(m);
  s.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  return Object.freeze(s);
});

function bitCount(x: number): number {
  let c = 0;
  for (let y = x; y; y &= y - 1) c++;
  return c;
}

/**
 * Generic search: `flips` are encoded kind*4+region; `rankOf(add)` returns the rank after adding the
 * flips in `add` (an array of per-kind region masks). Targets are ranks current+1..maxRank, except
 * `skipRank` (a rank that is not clinically higher).
 */
function search(
  flips: readonly number[],
  current: number,
  maxRank: number,
  rankOf: (add: readonly number[]) => number,
  skipRank = -1,
): RawTarget[] {
  const k = flips.length;
  const minSize: number[] = [];
  const alts: RawAlternative[][] = [];
  for (let t = current + 1; t <= maxRank; t++) {
    minSize[t] = Number.POSITIVE_INFINITY;
    alts[t] = [];
  }
  if (current >= maxRank || k === 0) return [];
  let pending = maxRank - current - (skipRank > current && skipRank <= maxRank ? 1 : 0);
  let largestFound = 0;
  const add = [0, 0, 0, 0];
  for (const subset of SUBSETS_BY_SIZE[k]!) {
    const size = bitCount(subset);
    if (pending === 0 && size > largestFound) break;
    add[0] = add[1] = add[2] = add[3] = 0;
    for (let i = 0; i < k; i++) {
      if (subset & (1 << i)) {
        const f = flips[i]!;
        add[f >> 2] = (add[f >> 2] ?? 0) | (1 << (f & 3));
      }
    }
    const t = rankOf(add);
    if (t <= current || t === skipRank) continue;
    if (minSize[t] === Number.POSITIVE_INFINITY) {
      minSize[t] = size;
      pending--;
      if (size > largestFound) largestFound = size;
    }
    const list = alts[t]!;
    if (size === minSize[t] && list.length < MAX_ALTERNATIVES) {
      const chosen: Flip[] = [];
      for (let i = 0; i < k; i++) {
        if (subset & (1 << i)) {
          const f = flips[i]!;
          chosen.push(Object.freeze({ kind: KIND_CODES[f >> 2]!, region: f & 3 }));
        }
      }
      list.push(Object.freeze({ flips: Object.freeze(chosen), reachesRank: t }));
    }
  }
  const out: RawTarget[] = [];
  for (let t = current + 1; t <= maxRank; t++) {
    if (alts[t]!.length) out.push(Object.freeze({ rank: t, alternatives: Object.freeze(alts[t]!) }));
  }
  return out;
}

function missingFlips(kinds: readonly [number, number][]): number[] {
  const flips: number[] = [];
  for (const [kindCode, have] of kinds)
    for (let r = 0; r < 4; r++) if (!(have & (1 << r))) flips.push((kindCode << 2) | r);
  return flips;
}

/** Revised El Escorial: the smallest additions reaching each higher category. */
export function elEscorialChanges(
  m: { umn: number; lmnClinical: number; lmnEmg: number },
  s: Pick<DiagnosisSettings, 'rostralReading' | 'labSupportedReading'>,
): readonly RawTarget[] {
  const current = elEscorialRank(m.umn, m.lmnClinical, m.lmnEmg, s.rostralReading, s.labSupportedReading);
  const flips = missingFlips([
    [0, m.lmnEmg],
    [1, m.lmnClinical],
    [2, m.umn],
  ]);
  return Object.freeze(
    search(
      flips,
      current,
      5,
      (add) =>
        elEscorialRank(
          m.umn | add[2]!,
          m.lmnClinical | add[1]!,
          m.lmnEmg | add[0]!,
          s.rostralReading,
          s.labSupportedReading,
        ),
      UNCLASSIFIED_RANK,
    ),
  );
}

/** Awaji-Shima: LMN may come from examination or EMG, so each region lacks at most "LMN" and "UMN". */
export function awajiChanges(
  m: { umn: number; lmn: number },
  s: Pick<DiagnosisSettings, 'rostralReading'>,
): readonly RawTarget[] {
  const current = awajiRank(m.umn, m.lmn, s.rostralReading);
  const flips = missingFlips([
    [3, m.lmn],
    [2, m.umn],
  ]);
  return Object.freeze(
    search(
      flips,
      current,
      4,
      (add) => awajiRank(m.umn | add[2]!, m.lmn | add[3]!, s.rostralReading),
      UNCLASSIFIED_RANK,
    ),
  );
}

/** Gold Coast condition 2: the smallest additions that satisfy it (target rank 1 = met). */
export function goldCoastChanges(
  m: { umn: number; lmn: number },
  s: Pick<DiagnosisSettings, 'gccReading'>,
): readonly RawTarget[] {
  const rankOf = (umn: number, lmn: number): number => (goldCoastDistributionMet(umn, lmn, s.gccReading) ? 1 : 0);
  const flips = missingFlips([
    [3, m.lmn],
    [2, m.umn],
  ]);
  return Object.freeze(search(flips, rankOf(m.umn, m.lmn), 1, (add) => rankOf(m.umn | add[2]!, m.lmn | add[3]!)));
}
