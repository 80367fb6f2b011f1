/**
 * MiToS, the Milano-Torino functional staging (Chiò 2015, Table 1): four domains, each lost at a
 * published ALSFRS-R threshold; stage = number of domains lost (0-4), 5 = death.
 * Communicating is lost only when speech AND handwriting are both <= 1 (the table prints AND;
 * two public peers use OR, which over-stages).
 */
import type { AlsfrsOriginalRecord, AlsfrsrRecord } from '../facts/index.js';

export type MitosStageNumber = 0 | 1 | 2 | 3 | 4 | 5;

export interface MitosDomainsLost {
  /** Walking (item 8) <= 1 OR dressing and hygiene (item 6) <= 1. */
  movement: boolean;
  /** Swallowing (item 3) <= 1. */
  swallowing: boolean;
  /** Speech (item 1) <= 1 AND handwriting (item 4) <= 1. */
  communicating: boolean;
  /** Dyspnoea (item 10) <= 1 OR respiratory insufficiency (item 12) <= 2. */
  breathing: boolean;
}

export const movementLost = (r: AlsfrsrRecord | AlsfrsOriginalRecord) => r.walking <= 1 || r.dressing <= 1;
export const swallowingLost = (r: AlsfrsrRecord | AlsfrsOriginalRecord) => r.swallowing <= 1;
export const communicatingLost = (r: AlsfrsrRecord | AlsfrsOriginalRecord) => r.speech <= 1 && r.handwriting <= 1;
export const breathingLost = (r: AlsfrsrRecord) => r.dyspnoea <= 1 || r.respiratoryInsufficiency <= 2;

export function mitosDomainsLost(r: AlsfrsrRecord): MitosDomainsLost {
  return {
    movement: movementLost(r),
    swallowing: swallowingLost(r),
    communicating: communicatingLost(r),
    breathing: breathingLost(r),
  };
}

/**
 * MiToS stage of one valid ALSFRS-R record (death overrides: 5).
 *
 * @example mitosStageFromAlsfrsr(record) // 0..4
 */
export function mitosStageFromAlsfrsr(r: AlsfrsrRecord, dead = false): MitosStageNumber {
  if (dead) return 5;
  return ((movementLost(r) ? 1 : 0) +
    (swallowingLost(r) ? 1 : 0) +
    (communicatingLost(r) ? 1 : 0) +
    (breathingLost(r) ? 1 : 0)) as MitosStageNumber;
}

export interface MitosOriginalResult {
  /** The three domains an original ALSFRS can score. */
  movement: boolean;
  swallowing: boolean;
  communicating: boolean;
  /** The breathing domain needs ALSFRS-R items 10 and 12: undetermined on the original scale. */
  breathing: 'undetermined';
  /** The stage is one of these two (breathing kept or lost). */
  possibleStages: [MitosStageNumber, MitosStageNumber];
}

/** What an original (10-item) ALSFRS record can say about MiToS: never a guessed breathing domain. */
export function mitosFromAlsfrsOriginal(r: AlsfrsOriginalRecord): MitosOriginalResult {
  const movement = movementLost(r);
  const swallowing = swallowingLost(r);
  const communicating = communicatingLost(r);
  const k = (movement ? 1 : 0) + (swallowing ? 1 : 0) + (communicating ? 1 : 0);
  return {
    movement,
    swallowing,
    communicating,
    breathing: 'undetermined',
    possibleStages: [k as MitosStageNumber, (k + 1) as MitosStageNumber],
  };
}
