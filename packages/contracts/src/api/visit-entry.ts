/**
 * One visit's entry in one request: the visit (new, or an existing one) and every fact taken at it,
 * recorded together or not at all. Each fact is `{ kind, data }` with that kind's data schema, so an
 * invalid field is named where it is: `facts[2].data.regions[0].side`, `visit.date`.
 */
import * as z from 'zod';
import { ReasonSchema, UuidSchema, VersionSchema } from './common.js';
import { FACT_ROUTES, FactRecordSchema, VisitSchema } from './facts.js';

/** The kinds a visit entry may record: every kind but the visit itself. */
export const VISIT_ENTRY_KINDS = FACT_ROUTES.filter((r) => r.kind !== 'visit');

/** One fact of the entry: its kind (the catalogue's name) and its data. */
export const VisitEntryFactSchema = z.discriminatedUnion(
  'kind',
  VISIT_ENTRY_KINDS.map((r) => z.strictObject({ kind: z.literal(r.kind), data: r.data })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<string>; data: z.ZodType }>,
    ...z.ZodObject<{ kind: z.ZodLiteral<string>; data: z.ZodType }>[],
  ],
);

/**
 * A stored fact the visit changes (a medication stopped at it): its kind, id, the version it was
 * read at, the reason, and the whole new data (that kind's schema), as a correction.
 */
export const VisitEntryCorrectionSchema = z.discriminatedUnion(
  'kind',
  VISIT_ENTRY_KINDS.map((r) =>
    z.strictObject({
      kind: z.literal(r.kind),
      factId: UuidSchema,
      version: VersionSchema,
      reason: ReasonSchema,
      data: r.data,
    }),
  ) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<string>; data: z.ZodType }>,
    ...z.ZodObject<{ kind: z.ZodLiteral<string>; data: z.ZodType }>[],
  ],
);

/** At most this many facts in one entry (a whole clinic visit is a few dozen). */
export const VISIT_ENTRY_MAX_FACTS = 200;

export const VisitEntryBodySchema = z
  .strictObject({
    /** A new visit; or `visitId` for one already recorded (exactly one of the two). */
    visit: VisitSchema.optional(),
    visitId: UuidSchema.optional(),
    facts: z.array(VisitEntryFactSchema).max(VISIT_ENTRY_MAX_FACTS),
    /** Stored facts this visit corrects, in the same transaction (a newer version refuses all). */
    corrections: z.array(VisitEntryCorrectionSchema).max(VISIT_ENTRY_MAX_FACTS).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.visit === undefined) === (body.visitId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: body.visit === undefined ? ['visit'] : ['visitId'],
        message:
          body.visit === undefined
            ? 'give the visit (its date at least) or the id of a visit already recorded'
            : 'give either a new visit or a visit id, not both',
      });
    }
  });
export type VisitEntryBody = z.infer<typeof VisitEntryBodySchema>;

/** What was recorded: the visit and the facts, in the order of the request. */
export const VisitEntryResponseSchema = z.object({
  visit: FactRecordSchema(VisitSchema),
  facts: z.array(FactRecordSchema(z.record(z.string(), z.unknown()))),
  /** The corrected facts' new versions, in the order of `corrections`. */
  corrected: z.array(FactRecordSchema(z.record(z.string(), z.unknown()))),
});
