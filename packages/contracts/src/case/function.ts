/** Function and measurements: ALSFRS-R, the original ALSFRS, breathing tests, weight. */
import { ITEM_FIVE_REQUIRED, VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { functionalRatingItem, isoDate, measure } from './primitives.js';

const ADMINISTRATION = z.enum(VOCABULARY.administration);

type ItemFive = { cuttingWithoutGastrostomy?: unknown; cuttingWithGastrostomy?: unknown };

/**
 * Item 5 is scored as 5a (no gastrostomy) or 5b (gastrostomy), never both (Cedarbaum 1999).
 * Whether it is required is the engine's rule (`ITEM_FIVE_REQUIRED`: both instruments), so a
 * record the engine would drop is refused here, naming the field.
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

/** The refinement that reports `itemFiveIssue` on a record (runs even on a non-object, see above). */
const checkItemFive =
  (required: boolean) =>
  (record: ItemFive, ctx: z.RefinementCtx): void => {
    const issue = itemFiveIssue(record, required);
    if (issue) ctx.addIssue({ code: 'custom', ...issue });
  };

const itemFiveExactlyOnce = {
  oneOf: [{ required: ['cuttingWithoutGastrostomy'] }, { required: ['cuttingWithGastrostomy'] }],
};
const itemFiveAtMostOnce = { not: { required: ['cuttingWithoutGastrostomy', 'cuttingWithGastrostomy'] } };

/** Items 1-9, shared by the ALSFRS-R and the original ALSFRS (item 5 as 5a or 5b). */
const itemsOneToNine = {
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
};

export const AlsfrsrRecordSchema = z
  .strictObject({
    ...itemsOneToNine,
    dyspnoea: functionalRatingItem,
    orthopnoea: functionalRatingItem,
    respiratoryInsufficiency: functionalRatingItem,
    administeredBy: ADMINISTRATION.optional(),
    respondedBy: z.enum(VOCABULARY.respondedBy).optional(),
  })
  .superRefine(checkItemFive(ITEM_FIVE_REQUIRED.alsfrsr), { when: () => true })
  .meta(ITEM_FIVE_REQUIRED.alsfrsr ? itemFiveExactlyOnce : itemFiveAtMostOnce);

export const AlsfrsOriginalRecordSchema = z
  .strictObject({
    ...itemsOneToNine,
    respiratory: functionalRatingItem,
    administeredBy: ADMINISTRATION.optional(),
  })
  .superRefine(checkItemFive(ITEM_FIVE_REQUIRED.alsfrsOriginal), { when: () => true })
  .meta(ITEM_FIVE_REQUIRED.alsfrsOriginal ? itemFiveExactlyOnce : itemFiveAtMostOnce);

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
