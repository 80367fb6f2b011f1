/**
 * The fact kinds the API records under a patient, each with its URL segment, its data schema
 * (the case file's schema for that fact, so the API accepts exactly what a case file does) and an
 * example. Every kind has the same five routes: list, create, read (with its history), correct
 * (a new version, with a reason) and retract (with a reason; nothing is deleted).
 */
import { FACT_KIND_CATALOGUE, type FactKindEntry, type FactKindName, factApiPath } from '@betz/engine';
import * as z from 'zod';
import {
  AdvanceCarePlanSchema,
  AllergySchema,
  CareDecisionSchema,
  EndpointsSchema,
  InterventionSchema,
  LabResultSchema,
  MedicationSchema,
  ScreeningSchema,
  SymptomReportSchema,
} from '../case/care.js';
import { EmgStudySchema } from '../case/emg.js';
import { ExamSchema } from '../case/exam.js';
import {
  AlsfrsOriginalRecordSchema,
  AlsfrsrRecordSchema,
  RespiratoryTestSchema,
  VitalCapacitySchema,
  WeightRecordSchema,
} from '../case/function.js';
import { GeneticResultSchema, HistorySchema, InvestigationSchema, RedFlagJudgementSchema } from '../case/history.js';
import { isoDate, nonEmptyText } from '../case/primitives.js';
import {
  CursorTextSchema,
  IsoDateSchema,
  listLimit,
  ReasonSchema,
  TimestampSchema,
  UuidSchema,
  VersionSchema,
} from './common.js';

/** A patient identifier: the issuing system and the number. Identifying: never in research views. */
export const IdentifierSchema = z.strictObject({
  system: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, {
      error: 'must be a short code for the issuing system, e.g. mrn or nhs',
    }),
  value: nonEmptyText.max(1000),
});

/** A clinic visit; facts recorded at it may name it (`visitId`). */
export const VisitSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(['clinic', 'telephone', 'video', 'home', 'ward', 'other']).optional(),
  clinician: z.string().max(20000).optional(),
  note: z.string().max(20000).optional(),
});

/** A referral to another service, from request to first appointment (store-only, like visits). */
export const ReferralSchema = z
  .strictObject({
    date: isoDate,
    service: nonEmptyText.max(200),
    status: z.enum(['requested', 'accepted', 'seen', 'declined', 'cancelled']).optional(),
    /** The care recommendation it acts on (a care engine code). */
    careCode: nonEmptyText.max(200).optional(),
    seenDate: isoDate.optional(),
    note: z.string().max(20000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.seenDate !== undefined && r.seenDate < r.date) {
      ctx.addIssue({ code: 'custom', path: ['seenDate'], message: `is before the referral date (${r.date})` });
    }
  });

/** What the contracts add to a kind of the catalogue: the schema of its data and an example. */
interface FactData {
  data: z.ZodType;
  example: Record<string, unknown>;
}

/** Each kind's data schema and example: a kind of the catalogue without them fails the build and a test. */
export const FACT_DATA = {
  identifier: { data: IdentifierSchema, example: { system: 'mrn', value: 'SYN-000123' } },
  visit: { data: VisitSchema, example: { date: '2025-03-01', kind: 'clinic' } },
  history: {
    data: HistorySchema,
    example: { onsetDate: '2024-06-01', onsetSite: 'cervical', onsetSide: 'right', diagnosisDate: '2025-01-15' },
  },
  exam: {
    data: ExamSchema,
    example: {
      date: '2025-03-01',
      regions: [
        {
          region: 'cervical',
          side: 'right',
          weakness: true,
          wasting: true,
          fasciculations: true,
          umnSigns: ['hoffmann'],
        },
        { region: 'bulbar', side: 'midline', umnSigns: ['jawJerk'] },
      ],
    },
  },
  emgStudy: {
    data: EmgStudySchema,
    example: {
      date: '2025-03-02',
      muscles: [{ muscle: 'firstDorsalInterosseous', side: 'right', fibrillations: true, chronicNeurogenicMups: true }],
      ncs: { sensoryAbnormal: false },
    },
  },
  investigation: { data: InvestigationSchema, example: { code: 'b12', date: '2025-02-01', result: 'normal' } },
  redFlagJudgement: {
    data: RedFlagJudgementSchema,
    example: { date: '2025-03-01', code: 'motorConductionBlock', judgement: 'explained', by: 'Dr A. Synthetic' },
  },
  geneticResult: { data: GeneticResultSchema, example: { gene: 'C9orf72', classification: 'negative' } },
  alsfrsr: {
    data: AlsfrsrRecordSchema,
    example: {
      date: '2025-03-01',
      speech: 4,
      salivation: 4,
      swallowing: 4,
      handwriting: 3,
      cuttingWithoutGastrostomy: 3,
      dressing: 3,
      turningInBed: 4,
      walking: 4,
      climbingStairs: 4,
      dyspnoea: 4,
      orthopnoea: 4,
      respiratoryInsufficiency: 4,
    },
  },
  alsfrsOriginal: {
    data: AlsfrsOriginalRecordSchema,
    example: {
      date: '2010-03-01',
      speech: 4,
      salivation: 4,
      swallowing: 4,
      handwriting: 3,
      cuttingWithoutGastrostomy: 3,
      dressing: 3,
      turningInBed: 4,
      walking: 4,
      climbingStairs: 4,
      respiratory: 4,
    },
  },
  vitalCapacity: {
    data: VitalCapacitySchema,
    example: { date: '2025-03-01', kind: 'FVC', posture: 'sitting', percentPredicted: 82 },
  },
  respiratoryTest: { data: RespiratoryTestSchema, example: { date: '2025-03-01', snipCmH2O: 62 } },
  weight: { data: WeightRecordSchema, example: { date: '2025-03-01', weightKg: 72.4 } },
  symptom: { data: SymptomReportSchema, example: { date: '2025-03-01', symptom: 'cramps', severity: 'moderate' } },
  screening: { data: ScreeningSchema, example: { date: '2025-03-01', instrument: 'phq9', score: 6 } },
  lab: {
    data: LabResultSchema,
    example: { date: '2025-03-01', test: 'alt', value: 31, unit: 'U/L', upperLimitOfNormal: 40 },
  },
  medication: {
    data: MedicationSchema,
    example: { drug: 'riluzole', startDate: '2025-01-20', dose: '50 mg twice daily' },
  },
  allergy: { data: AllergySchema, example: { substance: 'penicillin', reaction: 'hypersensitivity' } },
  intervention: { data: InterventionSchema, example: { kind: 'niv', startDate: '2025-02-10', hoursPerDay: 8 } },
  careDecision: {
    data: CareDecisionSchema,
    example: {
      code: 'breathing.niv.offer',
      status: 'declined',
      date: '2025-03-01',
      reason: 'not ready',
      triggerMeasure: 'fvcPercentPredicted',
      triggerValue: 48,
    },
  },
  referral: {
    data: ReferralSchema,
    example: {
      date: '2025-03-01',
      service: 'dietitian',
      status: 'requested',
      careCode: 'team.multidisciplinaryClinic',
    },
  },
  advanceCarePlan: { data: AdvanceCarePlanSchema, example: { date: '2025-03-01', topics: ['niv', 'proxy'] } },
  endpoints: { data: EndpointsSchema, example: { tracheostomyDate: '2025-05-05' } },
} as const satisfies Record<FactKindName, FactData>;

export interface FactRoute extends FactData {
  /** The store's name for the kind (audit events name it too). */
  kind: FactKindName;
  /** URL segment: `/patients/{patientId}/<path>` (the engine's `factApiPath`: the case key, kebab-cased). */
  path: string;
  /** Segments the kind answered at before: redirected (308) to `path`, deprecated in the OpenAPI document. */
  formerPaths: readonly string[];
  /** One fact, in words: "weight", "ALSFRS-R". */
  label: string;
}

/** The fact kinds, in the order of the case model: the catalogue's path and label, with their schema. */
export const FACT_ROUTES: readonly FactRoute[] = FACT_KIND_CATALOGUE.map((entry) => ({
  kind: entry.kind,
  path: factApiPath(entry),
  formerPaths: (entry as FactKindEntry).formerApiPaths ?? [],
  // A kind kept once per patient says so where a person reads it (the API's summaries).
  label: entry.cardinality === 'one' ? `${entry.label} (one per patient)` : entry.label,
  ...FACT_DATA[entry.kind],
}));

/** The kinds the API records: the catalogue's. */
export type ApiFactKind = FactKindName;

export const FactCreateBodySchema = (data: z.ZodType) =>
  z.strictObject({
    /** The visit this was recorded at (a visit of the same patient). */
    visitId: UuidSchema.optional(),
    data,
  });

export const FactCorrectBodySchema = (data: z.ZodType) =>
  z.strictObject({
    version: VersionSchema,
    reason: ReasonSchema,
    data,
    /** Move to another visit, or `null` for none; omit to keep. */
    visitId: UuidSchema.nullable().optional(),
  });

export const FactRetractBodySchema = z.strictObject({ version: VersionSchema, reason: ReasonSchema });

export const FactRecordSchema = (data: z.ZodType) =>
  z.object({
    id: UuidSchema,
    kind: z.string(),
    patientId: UuidSchema,
    visitId: UuidSchema.nullable(),
    version: z.number().int(),
    recordedAt: TimestampSchema,
    recordedBy: UuidSchema,
    updatedAt: TimestampSchema,
    updatedBy: UuidSchema,
    changeReason: z.string().nullable(),
    retracted: z.object({ at: TimestampSchema, by: UuidSchema, reason: z.string() }).nullable(),
    data,
  });

export const FactParamsSchema = z.object({ patientId: UuidSchema, factId: UuidSchema });

/**
 * A kind's list, in clinical order (placing date, undated last; then when recorded; then id), paged
 * by cursor. `visitId`: only facts recorded at that visit. `from`/`to`: only facts whose placing
 * date (the catalogue's `placedBy`: `date`, a medication's `startDate`) is within, both inclusive;
 * refused for a kind without one (identifiers, history, allergies, endpoints).
 */
export const FactListQuerySchema = z
  .object({
    includeRetracted: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
    visitId: UuidSchema.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    limit: listLimit(),
    cursor: CursorTextSchema.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `is before from (${q.from})` });
    }
  });
