/**
 * The four body regions of the ALS criteria, each a pool of motor neurons, in rostro-caudal order
 * (Brooks 2000: bulbar, cervical, thoracic, lumbosacral). "Rostral" compares these ranks.
 */
import type { Source } from '../common/source.js';
import type { Region, Side } from '../facts/index.js';

export type { Region, Side } from '../facts/index.js';

/** Regions from the most rostral to the most caudal. */
export const REGIONS: readonly Region[] = ['bulbar', 'cervical', 'thoracic', 'lumbosacral'];

/** Spinal regions (the criteria count bulbar + spinal, or spinal alone). */
export const SPINAL_REGIONS: readonly Region[] = ['cervical', 'thoracic', 'lumbosacral'];

export const SIDES: readonly Side[] = ['left', 'right', 'midline'];

/** Rostral rank: 0 = bulbar (most rostral) … 3 = lumbosacral. */
export const REGION_RANK: Readonly<Record<Region, number>> = { bulbar: 0, cervical: 1, thoracic: 2, lumbosacral: 3 };

export const REGION_LABEL: Readonly<Record<Region, string>> = {
  bulbar: 'bulbar',
  cervical: 'cervical',
  thoracic: 'thoracic',
  lumbosacral: 'lumbosacral',
};

export const REGIONS_SOURCE: Source = {
  cite: 'Brooks 2000',
  year: 2000,
  detail: 'revised El Escorial: four regions (bulbar, cervical, thoracic, lumbosacral)',
  verification: 'R',
  doi: '10.1080/146608200300079536',
};

/**
 * True when region `a` lies strictly rostral to (above) region `b`; a region is never rostral to itself.
 *
 * @example isRostralTo('bulbar', 'cervical') // true
 */
export function isRostralTo(a: Region, b: Region): boolean {
  return REGION_RANK[a] < REGION_RANK[b];
}

/** The bit of a region in a region mask (bit 0 = bulbar … bit 3 = lumbosacral). */
export function regionBit(r: Region): number {
  return 1 << REGION_RANK[r];
}

/** Regions of a mask, rostral first. */
export function regionsOfMask(mask: number): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < 4; i++) if (mask & (1 << i)) out.push(REGIONS[i]!);
  return out;
}
