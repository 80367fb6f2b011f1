/** History, investigations and genetic results. */
import { normaliseGeneSymbol, VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { SideSchema } from './exam.js';
import { INVESTIGATION_CODES, RED_FLAG_CODES } from './ids.js';
import { flag, isoDate, nonEmptyText, noteText, shortText, TEXT_MAX, tableId, wholeNumber } from './primitives.js';

export const OnsetSiteSchema = z.enum(VOCABULARY.onsetSite);

export const HistorySchema = z.strictObject({
  onsetDate: isoDate.optional(),
  onsetSite: OnsetSiteSchema.optional(),
  onsetSide: SideSchema.optional(),
  diagnosisDate: isoDate.optional(),
  progression: z
    .strictObject({
      documented: flag,
      by: z.enum(VOCABULARY.progressionBy).optional(),
      precededByNormalFunction: flag.optional(),
      note: noteText.optional(),
    })
    .optional(),
  familyHistory: z
    .strictObject({
      als: flag.optional(),
      ftd: flag.optional(),
      diseases: z.array(z.enum(VOCABULARY.familyHistoryDisease)).optional(),
      relatives: noteText.optional(),
    })
    .optional(),
  weaknessTempo: z.enum(VOCABULARY.weaknessTempo).optional(),
  ftd: flag.optional(),
  priorPolio: flag.optional(),
  priorRadiotherapy: flag.optional(),
  bariatricSurgery: flag.optional(),
  heavyMetalExposure: flag.optional(),
  zincExposure: flag.optional(),
  adrenalInsufficiency: flag.optional(),
  htlv1EndemicOrigin: flag.optional(),
  bloodTransfusion: flag.optional(),
  ancestry: noteText.optional(),
});

export const InvestigationSchema = z.strictObject({
  code: tableId(INVESTIGATION_CODES, 'investigation code', 'InvestigationCode'),
  date: isoDate.optional(),
  result: z.enum(VOCABULARY.investigationResult),
  value: z.number().optional(),
  unit: shortText.optional(),
  note: noteText.optional(),
  explainsPresentation: flag.optional(),
});

/** A clinician's judgement of a red flag: it closes the flag (explained) or keeps it open (not explained). */
export const RedFlagJudgementSchema = z.strictObject({
  date: isoDate,
  code: tableId(RED_FLAG_CODES, 'red-flag code', 'RedFlagCode'),
  judgement: z.enum(VOCABULARY.redFlagJudgement),
  by: nonEmptyText.max(TEXT_MAX.short),
  note: noteText.optional(),
});

export const VariantClassificationSchema = z.enum(VOCABULARY.variantClassification);

/**
 * A gene symbol. A gene Betz knows (the engine's gene table) is stored in its HGNC spelling
 * whatever the case it was written in ('sod1' -> 'SOD1', 'C9ORF72' -> 'C9orf72'), so every rule
 * reads it the same way; an unknown symbol is kept as written (no rule reads it).
 */
export const GeneSymbolSchema = nonEmptyText.max(TEXT_MAX.code).overwrite(normaliseGeneSymbol);

export const GeneticResultSchema = z.strictObject({
  gene: GeneSymbolSchema,
  classification: VariantClassificationSchema,
  variant: noteText.optional(),
  date: isoDate.optional(),
  // C9orf72 expansions run to thousands of repeats; AR and ATXN2 CAG counts are tens.
  repeatCount: wholeNumber(0, 10_000, 'repeat units').optional(),
});
