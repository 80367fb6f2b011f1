export type { IsoDate } from './dates.js';
export { daysBetween, isIsoDate, monthsBetween, addDays, addMonths, compareDates, latestOnOrBefore } from './dates.js';
export type { Source, Verification } from './source.js';
export type { Insufficient } from './result.js';
export { insufficient } from './result.js';
