/**
 * ΔFS, the pre-baseline ALSFRS-R progression rate (Kimura 2006), and the slow / intermediate /
 * fast bands. Sign convention: ΔFS >= 0 and higher means faster decline (the ENCALS code's
 * SLOPE = (TOTAL - 48) / DISDUR is the negative of this).
 */
import { type IsoDate, monthsBetween, type Source } from '../common/index.js';
import type { ProgressionBandCutoffs } from './settings.js';
import { FUNCTION_SOURCES } from './sources.js';

export type ProgressionBand = 'slow' | 'intermediate' | 'fast';

export type DeltaFsResult =
  | {
      kind: 'computed';
      /** ΔFS, points lost per month since onset (>= 0). */
      pointsPerMonth: number;
      monthsFromOnset: number;
      total: number;
      band: ProgressionBand;
      reason: string;
      source: Source;
    }
  | {
      kind: 'notComputable';
      /** Facts missing, by their path in the case model (empty when the data exist but fail a guard). */
      needs: string[];
      reason: string;
      source: Source;
    };

/**
 * The band of a decline rate (points/month, >= 0): below `slowBelow` slow, above `fastAbove`
 * fast, otherwise intermediate (both cut-offs themselves are intermediate).
 *
 * @example progressionBand(0.5, { slowBelow: 0.5, fastAbove: 1 }) // 'intermediate'
 */
export function progressionBand(declinePerMonth: number, cutoffs: ProgressionBandCutoffs): ProgressionBand {
  if (declinePerMonth < cutoffs.slowBelow) return 'slow';
  if (declinePerMonth > cutoffs.fastAbove) return 'fast';
  return 'intermediate';
}

/** ΔFS as a number, or null under the disease-duration guard (the batch path; no allocation). */
export function deltaFsValue(total: number, monthsFromOnset: number, minMonthsFromOnset: number): number | null {
  if (!(monthsFromOnset >= minMonthsFromOnset)) return null;
  return (48 - total) / monthsFromOnset;
}

/**
 * ΔFS = (48 - total) / months from onset to the record (Kimura 2006), guarded: below
 * `minMonthsFromOnset` months the division by a near-zero duration is refused, with the reason.
 *
 * @example deltaFs(36, '2024-01-01', '2025-01-01', 1, cut).pointsPerMonth // ≈ 1.0
 */
export function deltaFs(
  total: number,
  onsetDate: IsoDate | undefined,
  recordDate: IsoDate,
  minMonthsFromOnset: number,
  cutoffs: ProgressionBandCutoffs,
): DeltaFsResult {
  const source = FUNCTION_SOURCES.deltaFs;
  if (onsetDate === undefined) {
    return {
      kind: 'notComputable',
      needs: ['history.onsetDate'],
      reason: 'symptom onset date is not recorded',
      source,
    };
  }
  const months = monthsBetween(onsetDate, recordDate);
  const value = deltaFsValue(total, months, minMonthsFromOnset);
  if (value === null) {
    const why =
      months < 0
        ? `the ALSFRS-R record (${recordDate}) is dated before symptom onset (${onsetDate})`
        : `only ${months.toFixed(1)} months from onset to the ALSFRS-R record; ΔFS needs at least ${minMonthsFromOnset}`;
    return { kind: 'notComputable', needs: [], reason: why, source };
  }
  const band = progressionBand(value, cutoffs);
  return {
    kind: 'computed',
    pointsPerMonth: value,
    monthsFromOnset: months,
    total,
    band,
    reason: `ΔFS = (48 - ${total}) / ${months.toFixed(1)} months from onset = ${value.toFixed(2)} points/month (${band})`,
    source,
  };
}
