export type { IsoDate } from './dates.js';
export { addDays, addMonths, compareDates, daysBetween, isIsoDate, latestOnOrBefore, monthsBetween } from './dates.js';
export type { FactRef, Reason, ReasonValue, Template } from './reason.js';
export { applyTemplate } from './reason.js';
export type { Insufficient } from './result.js';
export { insufficient } from './result.js';
export type { Source, Verification } from './source.js';
