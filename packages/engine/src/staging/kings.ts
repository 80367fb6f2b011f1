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

/** Balendra 2014: bulbar items 1-3, upper limb items 4 and 5a, lower limb item 8 (not item 9). */
export function kingsRegionsFromAlsfrs(r: AlsfrsrRecord | AlsfrsOriginalRecord): KingsRegions {
  return {
    bulbar: r.speech < 4 || r.salivation < 4 || r.swallowing < 4,
    upperLimb: r.handwriting < 4 || (r.cuttingWithoutGastrostomy !== undefined && r.cuttingWithoutGastrostomy < 4),
    lowerLimb: r.walking < 4,
  };
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

/**
 * The stage from its parts: death 5; else gastrostomy or NIV 4 (4A, 4B, 4A+4B); else the number
 * of regions, with 0 regions recoded to stage 1 and flagged (yoonhohong/proact recode; domain
 * README decision).
 *
 * @example kingsStage({ bulbar: true, upperLimb: true, lowerLimb: false }, false, true, false).label // '4B'
 */
export function kingsStage(regions: KingsRegions, gastrostomy: boolean, niv: boolean, dead: boolean): KingsCore {
  const regionCount = countRegions(regions);
  let stage: KingsStageNumber;
  let label: string;
  let estimatedNoRegion = false;
  if (dead) {
    stage = 5;
    label = '5';
  } else if (gastrostomy || niv) {
    stage = 4;
    label = gastrostomy && niv ? '4A+4B' : gastrostomy ? '4A' : '4B';
  } else if (regionCount === 0) {
    stage = 1;
    label = '1';
    estimatedNoRegion = true;
  } else {
    stage = regionCount as 1 | 2 | 3;
    label = String(stage);
  }
  return { stage, label, gastrostomy, niv, regions, regionCount, estimatedNoRegion };
}

/** King's stage estimated from one valid ALSFRS-R record (Balendra 2014). */
export function kingsFromAlsfrsr(r: AlsfrsrRecord, dead = false): KingsCore {
  return kingsStage(kingsRegionsFromAlsfrs(r), kingsGastrostomyFromAlsfrs(r), kingsNivFromAlsfrsr(r), dead);
}

/**
 * King's stage as a small integer for the batch path: the stage (1-5) plus 8 if gastrostomy,
 * 16 if NIV, 32 if estimated with no region. Same rules as `kingsFromAlsfrsr`, no allocation.
 */
export function kingsCodeFromAlsfrsr(r: AlsfrsrRecord): number {
  const regions =
    (r.speech < 4 || r.salivation < 4 || r.swallowing < 4 ? 1 : 0) +
    (r.handwriting < 4 || (r.cuttingWithoutGastrostomy !== undefined && r.cuttingWithoutGastrostomy < 4) ? 1 : 0) +
    (r.walking < 4 ? 1 : 0);
  const g = kingsGastrostomyFromAlsfrs(r);
  const n = kingsNivFromAlsfrsr(r);
  const flags = (g ? 8 : 0) | (n ? 16 : 0);
  if (g || n) return 4 | flags;
  return regions === 0 ? 1 | 32 : regions;
}
