/**
 * A reason as data: a stable code, the values it names, the facts of the case it read (by path)
 * and the source it follows. Text is made from it by a render function that looks the code up in
 * a table of templates, the way Zod formats its issues: the web app can show the values and
 * highlight the fact a reason came from, and a translation is another table of templates, not a
 * rewrite of the rules.
 */
import type { IsoDate } from './dates.js';
import type { Source } from './source.js';

export type ReasonValue = string | number | boolean;

/** One fact a reason read, named by its path in the case (e.g. 'weights[3].weightKg'). */
export interface FactRef {
  path: string;
  value: ReasonValue;
  unit?: string;
  date?: IsoDate;
}

/**
 * A structured reason. `params` holds the values a template names beyond the facts (a computed
 * figure, a date, a setting); `facts` the case facts read, in the order the text names them.
 *
 * @example { code: 'breathing.coughAssist', params: { value: 250 }, facts: [{ path: 'peakCoughFlow[0].litresPerMinute', value: 250, unit: 'L/min' }], source: AAN_2009A }
 */
export interface Reason<Code extends string = string, Params = Readonly<Record<string, ReasonValue | undefined>>> {
  code: Code;
  params: Params;
  facts: readonly FactRef[];
  source: Source;
}

/** An English (or other) template: fixed text, or a function of the structured reason. */
export type Template<R> = string | ((reason: R) => string);

/** Apply a template to a reason. */
export const applyTemplate = <R>(template: Template<R>, reason: R): string =>
  typeof template === 'string' ? template : template(reason);
