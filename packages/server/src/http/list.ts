/**
 * The list envelope's cursors: the place of a page's last item in the list's order, written as
 * base64url JSON so a client treats it as opaque. A cursor this server did not write (or one of
 * another list) is refused with 400 at `cursor`, never read as "from the start".
 */
import * as z from 'zod';
import { validationFailed } from './errors.js';

export function encodeCursor(place: unknown): string {
  return Buffer.from(JSON.stringify(place), 'utf8').toString('base64url');
}

/** The place a cursor names, checked against the list's shape of a place. */
export function decodeCursor<S extends z.ZodType>(schema: S, text: string | undefined): z.output<S> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw validationFailed([
      {
        in: 'query',
        path: 'cursor',
        message: 'is not a cursor of this list: send the previous page’s nextCursor unchanged',
      },
    ]);
  }
  return parsed.data;
}

/** The place of a fact in its kind's list: placing date (null last), recorded at (exact, as text), id. */
export const FactPlaceSchema = z.tuple([z.iso.date().nullable(), z.string().min(1).max(64), z.uuid()]);

/** The place of a list paged by position (a sorted search, a computed list): how many came before. */
export const OffsetPlaceSchema = z.tuple([z.number().int().min(0).max(10_000_000)]);

/** The place of an audit event: its id (the log pages backwards, newest first). */
export const AuditPlaceSchema = z.tuple([z.number().int().min(0)]);

/** An account's place: its username (unique). */
export const UsernamePlaceSchema = z.tuple([z.string().min(1).max(200)]);

/** A token's place: created at (exact, as text) and id. */
export const TokenPlaceSchema = z.tuple([z.string().min(1).max(64), z.uuid()]);

/** The envelope of a page of a list paged by position. */
export function offsetPage<T>(items: T[], offset: number, limit: number, total: number) {
  const next = offset + items.length;
  return { items, page: { limit, nextCursor: next < total ? encodeCursor([next]) : null, total } };
}
