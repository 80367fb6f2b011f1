/** Electrodiagnosis: needle EMG per muscle and the nerve conduction summary. */
import { VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { SideSchema } from './exam.js';
import { MUSCLE_IDS } from './ids.js';
import { flag, isoDate, noteText, tableId, wholeNumber } from './primitives.js';

const MUSCLE_ABNORMALITIES = [
  'fibrillations',
  'positiveSharpWaves',
  'fasciculationsUnstable',
  'chronicNeurogenicMups',
  'reducedRecruitment',
  'unstableMups',
  'myopathicMups',
] as const;
const NCS_ABNORMALITIES = [
  'sensoryAbnormal',
  'motorConductionBlock',
  'demyelinatingSlowing',
  'lowCmap',
  'rnsDecrement',
  'rnsIncrement',
] as const;

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
    normal: flag.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.normal === true) {
      const found: string[] = MUSCLE_ABNORMALITIES.filter((k) => m[k] === true);
      if (m.fasciculationPotentials === 'simple' || m.fasciculationPotentials === 'complex')
        found.push('fasciculationPotentials');
      if (found.length)
        ctx.addIssue({ code: 'custom', path: ['normal'], message: `is true but ${found.join(', ')} recorded` });
    }
    // The level only means something for the thoracic paraspinals (Brooks 2000: at or below T6).
    if (m.thoracicLevel !== undefined && m.muscle !== 'thoracicParaspinals') {
      ctx.addIssue({
        code: 'custom',
        path: ['thoracicLevel'],
        message: 'is recorded only for thoracicParaspinals (the segment sampled)',
      });
    }
  });

export const NerveConductionSchema = z
  .strictObject({
    normal: flag.optional(),
    sensoryAbnormal: flag.optional(),
    sensoryAbnormalExplained: flag.optional(),
    motorConductionBlock: flag.optional(),
    demyelinatingSlowing: flag.optional(),
    lowCmap: flag.optional(),
    rnsDecrement: flag.optional(),
    rnsIncrement: flag.optional(),
  })
  .superRefine((n, ctx) => {
    const found = n.normal === true ? NCS_ABNORMALITIES.filter((k) => n[k] === true) : [];
    if (found.length)
      ctx.addIssue({ code: 'custom', path: ['normal'], message: `is true but ${found.join(', ')} recorded` });
  });

export const EmgStudySchema = z.strictObject({
  date: isoDate,
  muscles: z.array(EmgMuscleSchema),
  ncs: NerveConductionSchema.optional(),
  note: noteText.optional(),
});
