/** Electrodiagnosis: needle EMG per muscle and the nerve conduction summary. */
import { VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { SideSchema } from './exam.js';
import { MUSCLE_IDS } from './ids.js';
import { flag, isoDate, tableId, wholeNumber } from './primitives.js';

export const EmgMuscleSchema = z
  .strictObject({
    muscle: tableId(MUSCLE_IDS, 'muscle id', 'MuscleId'),
    side: SideSchema,
    fibrillations: flag.optional(),
    positiveSharpWaves: flag.optional(),
    fasciculationPotentials: z.enum(VOCABULARY.fasciculationPotentials).optional(),
    fasciculationsUnstable: flag.optional(),
    chronicNeurogenicMups: flag.optional(),
    reducedRecruitment: flag.optional(),
    unstableMups: flag.optional(),
    myopathicMups: flag.optional(),
    thoracicLevel: wholeNumber(1, 12, 'the thoracic segment sampled, T1-T12').optional(),
  })
  .superRefine((m, ctx) => {
    // The level only means something for the thoracic paraspinals (Brooks 2000: at or below T6).
    if (m.thoracicLevel !== undefined && m.muscle !== 'thoracicParaspinals') {
      ctx.addIssue({
        code: 'custom',
        path: ['thoracicLevel'],
        message: 'is recorded only for thoracicParaspinals (the segment sampled)',
      });
    }
  });

export const NerveConductionSchema = z.strictObject({
  sensoryAbnormal: flag.optional(),
  sensoryAbnormalExplained: flag.optional(),
  motorConductionBlock: flag.optional(),
  demyelinatingSlowing: flag.optional(),
  lowCmap: flag.optional(),
  rnsDecrement: flag.optional(),
  rnsIncrement: flag.optional(),
});

export const EmgStudySchema = z.strictObject({
  date: isoDate,
  muscles: z.array(EmgMuscleSchema),
  ncs: NerveConductionSchema.optional(),
  note: z.string().optional(),
});
