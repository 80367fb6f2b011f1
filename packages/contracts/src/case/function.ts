/** Function and measurements: ALSFRS-R, the original ALSFRS, breathing tests, weight. */
import { VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { functionalRatingItem, isoDate, measure } from './primitives.js';

const ADMINISTRATION = z.enum(VOCABULARY.administration);

type ItemFive = { cuttingWithoutGastrostomy?: unknown; cuttingWithGastrostomy?: unknown };

/**
 * Item 5 is scored as 5a (no gastrostomy) or 5b (gastrostomy), never both (Cedarbaum 1999).
 * ALSFRS-R records need exactly one; imported original-ALSFRS records may lack the item (the
 * engine then answers "undetermined") but may not carry both.
 */
function itemFiveIssue(record: ItemFive, required: boolean): { path: string[]; message: string } | undefined {
  // The refinement runs even when the record is not an object (`when: () => true`): that is
  // already reported as the wrong type, and must not throw.
  if (typeof record !== 'object' || record === null) return undefined;
  const a = record.cuttingWithoutGastrostomy !== undefined;
  const b = record.cuttingWithGastrostomy !== undefined;
  if (a && b) {
    const message =
      'item 5 is scored once: give cuttingWithoutGastrostomy (5a) or cuttingWithGastrostomy (5b), not both';
    return { path: ['cuttingWithGastrostomy'], message };
  }
  if (required && !a && !b) {
    const message =
      'item 5 is missing: give cuttingWithoutGastrostomy (5a) or, with a gastrostomy, cuttingWithGastrostomy (5b)';
    return { path: ['cuttingWithoutGastrostomy'], message };
  }
  return undefined;
}

const itemFiveExactlyOnce = {
  oneOf: [{ required: ['cuttingWithoutGastrostomy'] }, { required: ['cuttingWithGastrostomy'] }],
};
const itemFiveAtMostOnce = { not: { required: ['cuttingWithoutGastrostomy', 'cuttingWithGastrostomy'] } };

export const AlsfrsrRecordSchema = z
  .strictObject({
    date: isoDate,
    speech: functionalRatingItem,
    salivation: functionalRatingItem,
    swallowing: functionalRatingItem,
    handwriting: functionalRatingItem,
    cuttingWithoutGastrostomy: functionalRatingItem.optional(),
    cuttingWithGastrostomy: functionalRatingItem.optional(),
    dressing: functionalRatingItem,
    turningInBed: functionalRatingItem,
    walking: functionalRatingItem,
    climbingStairs: functionalRatingItem,
    dyspnoea: functionalRatingItem,
    orthopnoea: functionalRatingItem,
    respiratoryInsufficiency: functionalRatingItem,
    administeredBy: ADMINISTRATION.optional(),
    respondedBy: z.enum(VOCABULARY.respondedBy).optional(),
  })
  .superRefine(
    (record, ctx) => {
      const issue = itemFiveIssue(record, true);
      if (issue) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: () => true },
  )
  .meta(itemFiveExactlyOnce);

export const AlsfrsOriginalRecordSchema = z
  .strictObject({
    date: isoDate,
    speech: functionalRatingItem,
    salivation: functionalRatingItem,
    swallowing: functionalRatingItem,
    handwriting: functionalRatingItem,
    cuttingWithoutGastrostomy: functionalRatingItem.optional(),
    cuttingWithGastrostomy: functionalRatingItem.optional(),
    dressing: functionalRatingItem,
    turningInBed: functionalRatingItem,
    walking: functionalRatingItem,
    climbingStairs: functionalRatingItem,
    respiratory: functionalRatingItem,
    administeredBy: ADMINISTRATION.optional(),
  })
  .superRefine(
    (record, ctx) => {
      const issue = itemFiveIssue(record, false);
      if (issue) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: () => true },
  )
  .meta(itemFiveAtMostOnce);

export const VitalCapacitySchema = z.strictObject({
  date: isoDate,
  kind: z.enum(VOCABULARY.vitalCapacityKind),
  posture: z.enum(VOCABULARY.posture),
  percentPredicted: measure(0, 200, '% predicted'),
  litres: measure(0, 10, 'L').optional(),
  reliable: z.boolean().optional(),
});

export const RespiratoryTestSchema = z.strictObject({
  date: isoDate,
  snipCmH2O: measure(0, 250, 'cmH2O').optional(),
  mipCmH2O: measure(0, 250, 'cmH2O (the magnitude: 60 means -60 cmH2O)').optional(),
  mepCmH2O: measure(0, 350, 'cmH2O').optional(),
  peakCoughFlowLPerMin: measure(0, 1000, 'L/min').optional(),
  nocturnalSpo2At88MinutesContinuous: measure(0, 1440, 'minutes').optional(),
  paco2MmHg: measure(10, 150, 'mmHg').optional(),
  spo2Percent: measure(0, 100, '%').optional(),
});

export const WeightRecordSchema = z.strictObject({
  date: isoDate,
  weightKg: measure(10, 400, 'kg'),
});
