/**
 * ALSFRS-R and original ALSFRS totals and domain subscores (Cedarbaum 1999). Both functions
 * expect a record that passed its validator; the two versions have separate result types so an
 * ALSFRS total (0-40) can never be read as an ALSFRS-R total (0-48).
 */
import type { AlsfrsOriginalRecord, AlsfrsrRecord } from '../facts/index.js';

export interface AlsfrsrDomains {
  /** Items 1-3, 0-12. */
  bulbar: number;
  /** Items 4, 5 (5a or 5b), 6, 0-12. */
  fineMotor: number;
  /** Items 7-9, 0-12. */
  grossMotor: number;
  /** Items 10-12, 0-12. */
  respiratory: number;
}

export interface AlsfrsrScore {
  version: 'ALSFRS-R';
  date: string;
  /** 0-48. */
  total: number;
  domains: AlsfrsrDomains;
  /** Which form item 5 was scored on: 5b means a gastrostomy is present. */
  item5Form: '5a' | '5b';
}

export interface AlsfrsOriginalScore {
  version: 'ALSFRS';
  date: string;
  /** 0-40: never comparable with an ALSFRS-R total. */
  total: number;
  domains: { bulbar: number; fineMotor: number; grossMotor: number; respiratory: number };
  item5Form: '5a' | '5b';
}

/** The item-5 score of a record, whichever form was used (5a when both are somehow present). */
export function item5Score(r: { cuttingWithoutGastrostomy?: number; cuttingWithGastrostomy?: number }): number {
  return r.cuttingWithoutGastrostomy ?? r.cuttingWithGastrostomy ?? 0;
}

/**
 * Total and domain subscores of a valid ALSFRS-R record.
 *
 * @example scoreAlsfrsr(record).total // 0..48
 */
export function scoreAlsfrsr(r: AlsfrsrRecord): AlsfrsrScore {
  const bulbar = r.speech + r.salivation + r.swallowing;
  const fineMotor = r.handwriting + item5Score(r) + r.dressing;
  const grossMotor = r.turningInBed + r.walking + r.climbingStairs;
  const respiratory = r.dyspnoea + r.orthopnoea + r.respiratoryInsufficiency;
  return {
    version: 'ALSFRS-R',
    date: r.date,
    total: bulbar + fineMotor + grossMotor + respiratory,
    domains: { bulbar, fineMotor, grossMotor, respiratory },
    item5Form: r.cuttingWithoutGastrostomy === undefined ? '5b' : '5a',
  };
}

/** The ALSFRS-R total alone, without allocating (the batch path). */
export function alsfrsrTotal(r: AlsfrsrRecord): number {
  return (
    r.speech +
    r.salivation +
    r.swallowing +
    r.handwriting +
    item5Score(r) +
    r.dressing +
    r.turningInBed +
    r.walking +
    r.climbingStairs +
    r.dyspnoea +
    r.orthopnoea +
    r.respiratoryInsufficiency
  );
}

/** Total (0-40) and subscores of a valid original ALSFRS record; respiratory is item 10 alone (0-4). */
export function scoreAlsfrsOriginal(r: AlsfrsOriginalRecord): AlsfrsOriginalScore {
  const bulbar = r.speech + r.salivation + r.swallowing;
  const fineMotor = r.handwriting + item5Score(r) + r.dressing;
  const grossMotor = r.turningInBed + r.walking + r.climbingStairs;
  const respiratory = r.respiratory;
  return {
    version: 'ALSFRS',
    date: r.date,
    total: bulbar + fineMotor + grossMotor + respiratory,
    domains: { bulbar, fineMotor, grossMotor, respiratory },
    item5Form: r.cuttingWithoutGastrostomy === undefined ? '5b' : '5a',
  };
}
