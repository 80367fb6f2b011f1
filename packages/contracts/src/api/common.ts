/**
 * Building blocks of the REST API's request and response schemas (`/api/v1`): ids, dates,
 * paging, and the one error shape every failure uses.
 */
import * as z from 'zod';

export const UuidSchema = z.uuid({ error: 'must be an id (a UUID)' });
export const IsoDateSchema = z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' });
/** An instant, ISO 8601 in UTC (`2025-03-01T09:30:00.000Z`). */
export const TimestampSchema = z.iso.datetime();

/** A non-negative whole number from a query string (`?limit=50`). */
export const queryInt = (min: number, max: number, fallback: number) =>
  z
    .string()
    .max(9, { error: 'must be a whole number' })
    .regex(/^\d{1,9}$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    )
    .optional()
    .transform((v) => v ?? fallback);

/** A short free-text reason for a correction or a retraction. */
export const ReasonSchema = z.string().trim().min(1, { error: 'give a reason' }).max(2000);

/** The version the client read, sent back with an edit (optimistic concurrency). */
export const VersionSchema = z.number().int().min(1);

export const ApiIssueSchema = z.object({
  /** Where: `body`, `query` or `path` (the URL). */
  in: z.enum(['body', 'query', 'path']),
  /** The field, as in a case file (`data.regions[0].side`); '' for the whole body. */
  path: z.string(),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** Stable error codes (a client switches on these, never on the message). */
export const API_ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'version_conflict',
  'conflict',
  'rate_limited',
  'setup_closed',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  /** Every invalid field (validation_failed). */
  issues: z.array(ApiIssueSchema).optional(),
  /** The record's version now (version_conflict), to re-read and retry from. */
  currentVersion: z.number().int().optional(),
  /** Quote it when reporting a problem: it finds the request in the server log. */
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/**
 * Every collection the API returns is one envelope: `{ items, page: { limit, nextCursor, total? } }`.
 * A page holds at most `limit` items (default `LIST_LIMIT_DEFAULT`, at most `LIST_LIMIT_MAX`; a
 * larger `limit` is refused with 400 naming it, never silently cut). `nextCursor` is opaque: send it
 * back as `cursor` for the next page, with the same filters; `null` on the last page. `total`
 * (every item the filters match, across pages) is given where counting is cheap: a patient's facts,
 * the patient list, the research cohort; not the audit log.
 */
export const LIST_LIMIT_DEFAULT = 100;
export const LIST_LIMIT_MAX = 500;

/** `limit` of a list: 1 to `LIST_LIMIT_MAX`, default `LIST_LIMIT_DEFAULT`. */
export const listLimit = () => queryInt(1, LIST_LIMIT_MAX, LIST_LIMIT_DEFAULT);

/** The opaque cursor of a list (base64url of the last item's place in the list's order). */
export const CursorTextSchema = z
  .string()
  .max(600, { error: 'must be the nextCursor of the previous page, unchanged' })
  .regex(/^[A-Za-z0-9_-]{1,600}$/, { error: 'must be the nextCursor of the previous page, unchanged' });

export const ListPageSchema = z.object({
  limit: z.number().int(),
  /** Send back as `cursor` for the next page; `null`: this is the last page. */
  nextCursor: z.string().nullable(),
  /** How many items the filters match across all pages (where counting is cheap). */
  total: z.number().int().optional(),
});

/** The envelope of a list of `item`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), page: ListPageSchema });

/** `limit` and `cursor` (the previous page's `nextCursor`) of a list. */
export const PageQuerySchema = z.object({
  limit: listLimit(),
  cursor: CursorTextSchema.optional(),
});
