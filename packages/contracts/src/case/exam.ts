/** Neurological examination: region findings by side, and the non-motor findings red flags use. */
import { VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { flag, isoDate, noteText } from './primitives.js';

export const RegionSchema = z.enum(VOCABULARY.region);
export const SideSchema = z.enum(VOCABULARY.side);
export const SexSchema = z.enum(VOCABULARY.sex);

export const UmnSignSchema = z.enum(VOCABULARY.umnSign);

export const RegionExamSchema = z
  .strictObject({
    region: RegionSchema,
    side: SideSchema,
    normal: flag.optional(),
    umnSigns: z.array(UmnSignSchema).optional(),
    weakness: flag.optional(),
    weaknessLmnType: flag.optional(),
    wasting: flag.optional(),
    fasciculations: flag.optional(),
    note: noteText.optional(),
  })
  .superRefine((e, ctx) => {
    // "Examined and normal" cannot sit beside a sign found in the same entry.
    if (e.normal !== true) return;
    const found = [
      e.umnSigns?.length ? 'umnSigns' : '',
      ...(['weakness', 'weaknessLmnType', 'wasting', 'fasciculations'] as const).filter((k) => e[k] === true),
    ].filter(Boolean);
    if (found.length)
      ctx.addIssue({ code: 'custom', path: ['normal'], message: `is true but ${found.join(', ')} recorded` });
  });

export const OtherExamFindingsSchema = z.strictObject({
  objectiveSensoryLoss: flag.optional(),
  sensoryLevel: flag.optional(),
  ocularMotilityAbnormal: flag.optional(),
  ptosis: flag.optional(),
  fatigableWeakness: flag.optional(),
  sphincterDysfunction: flag.optional(),
  cerebellarSigns: flag.optional(),
  extrapyramidalSigns: flag.optional(),
  autonomicFeatures: flag.optional(),
  gynaecomastia: flag.optional(),
  perioralFasciculations: flag.optional(),
  posturalTremor: flag.optional(),
  fingerFlexorQuadricepsWeakness: flag.optional(),
  headDrop: flag.optional(),
  splitHand: flag.optional(),
  isolatedDysphagia: flag.optional(),
  hemiparesis: flag.optional(),
  neckOrRadicularPain: flag.optional(),
  lumbarRadicularPain: flag.optional(),
  cognitiveOrBehaviouralChange: flag.optional(),
  dissociatedSensoryLoss: flag.optional(),
  unilateralTongueWasting: flag.optional(),
  symmetricWeakness: flag.optional(),
  proximalPredominantWeakness: flag.optional(),
});

export const ExamSchema = z.strictObject({
  date: isoDate,
  examiner: noteText.optional(),
  regions: z.array(RegionExamSchema),
  other: OtherExamFindingsSchema.optional(),
});
