/** Dates as the clinician's calendar has them (a visit is dated by the local day, not UTC). */

/**
 * The local calendar date of `at`, YYYY-MM-DD; `offsetDays` moves it by whole days.
 *
 * @example localIsoDate() // today, e.g. '2026-11-30'
 * @example localIsoDate(new Date(), -90) // ninety days ago
 */
export function localIsoDate(at: Date = new Date(), offsetDays = 0): string {
  const d = new Date(at);
  if (offsetDays) d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
