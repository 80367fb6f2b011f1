/** Visit and testing cadence: every ~3 months, shorter for fast progressors. */
import type { CareSettings } from './settings.js';
import type { CareContext } from './types.js';

/** True when ΔFS is above the fast-progressor threshold (settings.fastProgressionRatePerMonth). */
export function isFastProgressor(ctx: CareContext, settings: CareSettings): boolean {
  const rate = ctx.progressionRatePerMonth;
  return typeof rate === 'number' && rate > settings.fastProgressionRatePerMonth;
}

/** Months to the next visit: shorter for fast progressors (AAN 2009a; NICE QS126). */
export function visitIntervalMonths(ctx: CareContext, settings: CareSettings): number {
  return isFastProgressor(ctx, settings) ? settings.fastProgressorVisitIntervalMonths : settings.visitIntervalMonths;
}

/** Months between respiratory tests: every 2-3 months (NICE QS126 statement 2). */
export function respiratoryTestIntervalMonths(ctx: CareContext, settings: CareSettings): number {
  return isFastProgressor(ctx, settings)
    ? settings.fastProgressorRespiratoryTestIntervalMonths
    : settings.respiratoryTestIntervalMonths;
}
