/**
 * The building blocks of the case-file schemas: dates, bounded measurements, closed vocabularies.
 * Messages say what a valid value is, in the words of the case format; a missing required field
 * falls through to the shared error map (`required`), see `errors.ts`.
 */
import * as z from 'zod';
import { closestId } from './ids.js';

type ZodIssueLike = { input?: unknown };

/** A schema-level message used only when a value is present (a missing field reads `required`). */
export const whenPresent = (message: string) => (issue: ZodIssueLike) =>
  issue.input === undefined ? undefined : message;

/**
 * An ISO calendar date `YYYY-MM-DD` that exists (rejects 2025-02-29); the engine's `IsoDate`.
 * Years outside 1900-2100 are typing errors in a clinical record ('0224-05-01', '2204-05-01');
 * that check passes a string that is not date-shaped, so a malformed date gets one message.
 * (No check here may abort: an aborting issue would stop the date-order checks of the case.)
 */
export const isoDate = z.iso
  .date({ error: whenPresent('must be a real calendar date written YYYY-MM-DD, e.g. 2024-03-15') })
  .regex(/^(?:(?!\d{4}-)|19\d\d-|20\d\d-|2100-)/, { error: 'must be a date between 1900-01-01 and 2100-12-31' })
  .meta({ id: 'IsoDate', format: 'date', description: 'A calendar date, YYYY-MM-DD, years 1900-2100.' });

export const flag = z.boolean();

/** A required, non-empty piece of text (an id, a code, a name). */
export const nonEmptyText = z.string().min(1, { error: 'must not be empty' });

/**
 * The longest text the database stores in each kind of column (the length CHECKs of the
 * migrations, packages/store/migrations): a code or a name 200 characters, a short text (a dose, a
 * unit) 1000, a note 20,000. The schemas carry the same limits, so an over-long value is refused at
 * its field with the limit (a 400 from the API) before the database sees it; a server test checks
 * the two agree.
 */
export const TEXT_MAX = { code: 200, short: 1000, note: 20_000 } as const;

/** Optional free text up to the database's limit for a note. */
export const noteText = z.string().max(TEXT_MAX.note);
/** Optional short free text (a dose, a unit) up to the database's limit. */
export const shortText = z.string().max(TEXT_MAX.short);

/** A measurement with its plausible range, inclusive, in the unit named (weights 10-400 kg). */
export function measure(min: number, max: number, unit: string) {
  const range = `must be between ${min} and ${max}${unit ? ` ${unit}` : ''}`;
  return z.number().min(min, { error: range }).max(max, { error: range });
}

/** A whole number in a range, inclusive. */
export function wholeNumber(min: number, max: number, what: string) {
  const range = `must be a whole number from ${min} to ${max} (${what})`;
  return z.number().int({ error: range }).min(min, { error: range }).max(max, { error: range });
}

/** An ALSFRS-R or ALSFRS item: 4 = normal function, 0 = none (Cedarbaum 1999). */
export const functionalRatingItem = z
  .literal([0, 1, 2, 3, 4], { error: whenPresent('must be a whole number from 0 to 4 (4 = normal, 0 = no function)') })
  .meta({ id: 'FunctionalRatingItem', description: 'An ALSFRS-R or ALSFRS item score: 4 normal ... 0 no function.' });

/**
 * A value from one of the engine's id tables (muscles, investigations). Validated against the
 * table and published as an enum in the JSON Schema, but typed `string` as the engine's facts
 * model types it, so the schema and the facts model stay mutually assignable.
 */
export function tableId(ids: readonly [string, ...string[]], what: string, id: string): z.ZodType<string, string> {
  const schema = z.enum(ids, {
    error: (issue: ZodIssueLike) => {
      if (issue.input === undefined) return undefined;
      if (typeof issue.input !== 'string') return `must be ${what} (text)`;
      const suggestion = closestId(issue.input, ids);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '; see docs/case-format.md for the list';
      return `unknown ${what} "${issue.input}"${hint}`;
    },
  });
  return schema.meta({ id });
}
