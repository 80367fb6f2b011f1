/**
 * King's clinical staging (Roche 2012) and its estimate from one ALSFRS-R record (Balendra
 * 2014). Gastrostomy (4A) and NIV (4B) are separate markers: a patient with both is stage 4
 * shown as "4A+4B". Death is stage 5.
 */
import type { AlsfrsOriginalRecord, AlsfrsrRecord } from '../facts/index.js';

export type KingsStageNumber = 1 | 2 | 3 | 4 | 5;

export interface KingsRegions {
  bulbar: boolean;
  upperLimb: boolean;
  lowerLimb: boolean;
}

export interface KingsCore {
  stage: KingsStageNumber;
  /** '1', '2', '3', '4A', '4B', '4A+4B' or '5'. */
  label: string;
  /** 4A marker: gastrostomy. */
  gastrostomy: boolean;
  /** 4B marker: non-invasive ventilation (respiratory failure). */
  niv: boolean;
  regions: KingsRegions;
  regionCount: number;
  /** True when no region was involved and stage 1 was assumed (domain README decision). */
  estimatedNoRegion: boolean;
}

/** Balendra 2014, bulbar region: item 1, 2 or 3 below 4. */
export const bulbarInvolved = (r: AlsfrsrRecord | AlsfrsOriginalRecord): boolean =>
  r.speech < 4 || r.salivation < 4 || r.swallowing < 4;
/** Balendra 2014, upper limb region: item 4 or 5a below 4 (5b is the gastrostomy form, marker 4A). */
export const upperLimbInvolved = (r: AlsfrsrRecord | AlsfrsOriginalRecord): boolean =>
  r.handwriting < 4 || (r.cuttingWithoutGastrostomy !== undefined && r.cuttingWithoutGastrostomy < 4);
/** Balendra 2014, lower limb region: item 8 (walking) below 4; item 9 is not used. */
export const lowerLimbInvolved = (r: AlsfrsrRecord | AlsfrsOriginalRecord): boolean => r.walking < 4;

/** Balendra 2014: bulbar items 1-3, upper limb items 4 and 5a, lower limb item 8 (not item 9). */
export function kingsRegionsFromAlsfrs(r: AlsfrsrRecord | AlsfrsOriginalRecord): KingsRegions {
  return { bulbar: bulbarInvolved(r), upperLimb: upperLimbInvolved(r), lowerLimb: lowerLimbInvolved(r) };
}

/** The number of regions a record shows involved (0-3), without allocating. */
export function kingsRegionCountFromAlsfrs(r: AlsfrsrRecord | AlsfrsOriginalRecord): number {
  return (bulbarInvolved(r) ? 1 : 0) + (upperLimbInvolved(r) ? 1 : 0) + (lowerLimbInvolved(r) ? 1 : 0);
}

/** 4B from the ALSFRS-R: dyspnoea (item 10) = 0 or respiratory insufficiency (item 12) < 4. */
export function kingsNivFromAlsfrsr(r: AlsfrsrRecord): boolean {
  return r.dyspnoea === 0 || r.respiratoryInsufficiency < 4;
}

/** 4A from the ALSFRS-R: item 5 scored on the gastrostomy form (5b). */
export function kingsGastrostomyFromAlsfrs(r: AlsfrsrRecord | AlsfrsOriginalRecord): boolean {
  return r.cuttingWithGastrostomy !== undefined && r.cuttingWithoutGastrostomy === undefined;
}

export function countRegions(g: KingsRegions): number {
  return (g.bulbar ? 1 : 0) + (g.upperLimb ? 1 : 0) + (g.lowerLimb ? 1 : 0);
}

/** Bits of a packed King's code (`kingsStageCode`): the stage is `code & KINGS_CODE.stage`. */
export const KINGS_CODE = { stage: 7, gastrostomy: 8, niv: 16, estimatedNoRegion: 32 } as const;

/**
 * The stage from its parts, packed in a small integer (the one copy of the rule): death 5; else
 * gastrostomy or NIV 4 (with the 4A / 4B bits); else the number of regions, with 0 regions recoded
 * to stage 1 and flagged (yoonhohong/proact recode; domain README decision).
 */
export function kingsStageCode(regionCount: number, gastrostomy: boolean, niv: boolean, dead: boolean): number {
  const flags = (gastrostomy ? KINGS_CODE.gastrostomy : 0) | (niv ? KINGS_CODE.niv : 0);
  if (dead) return 5 | flags;
  if (gastrostomy || niv) return 4 | flags;
  return regionCount === 0 ? 1 | KINGS_CODE.estimatedNoRegion : regionCount;
}

/**
 * The stage from its parts (`kingsStageCode`), with its label.
 *
 * @example kingsStage({ bulbar: true, upperLimb: true, lowerLimb: false }, false, true, false).label // '4B'
 */
export function kingsStage(regions: KingsRegions, gastrostomy: boolean, niv: boolean, dead: boolean): KingsCore {
  const regionCount = countRegions(regions);
  const code = kingsStageCode(regionCount, gastrostomy, niv, dead);
  const stage = (code & KINGS_CODE.stage) as KingsStageNumber;
  const label = stage === 4 ? (gastrostomy && niv ? '4A+4B' : gastrostomy ? '4A' : '4B') : String(stage);
  const estimatedNoRegion = (code & KINGS_CODE.estimatedNoRegion) !== 0;
  return { stage, label, gastrostomy, niv, regions, regionCount, estimatedNoRegion };
}

/** King's stage estimated from one valid ALSFRS-R record (Balendra 2014). */
export function kingsFromAlsfrsr(r: AlsfrsrRecord, dead = false): KingsCore {
  return kingsStage(kingsRegionsFromAlsfrs(r), kingsGastrostomyFromAlsfrs(r), kingsNivFromAlsfrsr(r), dead);
}

/**
 * King's stage as a small integer for the batch path (`kingsStageCode`: the stage 1-5 plus 8 if
 * gastrostomy, 16 if NIV, 32 if estimated with no region). Same rules as `kingsFromAlsfrsr`, no allocation.
 */
export function kingsCodeFromAlsfrsr(r: AlsfrsrRecord): number {
  return kingsStageCode(kingsRegionCountFromAlsfrs(r), kingsGastrostomyFromAlsfrs(r), kingsNivFromAlsfrsr(r), false);
}
