/** How the chart writes numbers and dates: units beside numbers, real minus signs, dates readable in a letter. */
import type { IsoDate } from '@betz/engine';

/** A number with a fixed count of decimals and a real minus sign: -0.5 -> '−0.50'. */
export function num(n: number, digits = 1): string {
  const text = n.toFixed(digits);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A signed number: +0.5 / −0.5 (zero unsigned). */
export function signed(n: number, digits = 1): string {
  const text = num(n, digits);
  return n > 0 && Number(text) !== 0 ? `+${text}` : text;
}

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '2025-03-14' -> '14 March 2025' (letters). */
export function longDate(iso: IsoDate): string {
  return LONG.format(new Date(`${iso}T00:00:00Z`));
}

/** '2025-03-14' -> '14 Mar 2025' (the timeline and tables). */
export function shortDate(iso: IsoDate): string {
  return SHORT.format(new Date(`${iso}T00:00:00Z`));
}

/** The patient's name as a chart shows it: 'OKAFOR, Bea' (family name first, in capitals). */
export function patientName(p: { familyName: string | null; givenName: string | null } | undefined): string {
  if (!p) return '';
  const family = p.familyName?.toUpperCase();
  if (family && p.givenName) return `${family}, ${p.givenName}`;
  return family ?? p.givenName ?? 'Unnamed patient';
}
