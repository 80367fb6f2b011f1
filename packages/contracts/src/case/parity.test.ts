/**
 * The case-file schema and the engine's facts model describe the same thing twice; these checks
 * make them fail together when either drifts. The type checks run in `tsc -p tsconfig.json`
 * (part of `npm test`); the runtime checks below make the same promise about values.
 */
import type { PatientCase } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { MUSCLE_IDS } from './ids.js';
import { parseCase } from './parse.js';
import type { PatientCaseSchema } from './patient-case.js';

/** True only when A and B are the same type (every field, optionality and literal alike). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Compile-time parity: a field added to, removed from or retyped in either side breaks the build.
const outputIsTheFactsModel: Equals<z.output<typeof PatientCaseSchema>, PatientCase> = true;
const inputIsTheFactsModel: Equals<z.input<typeof PatientCaseSchema>, PatientCase> = true;
// And the weaker promise each direction of use needs: a parsed case feeds the engine, an engine case validates.
const parsedFeedsEngine = (c: z.output<typeof PatientCaseSchema>): PatientCase => c;
const engineCaseIsSchemaInput = (c: PatientCase): z.input<typeof PatientCaseSchema> => c;

describe('parity of the case schema and the engine facts model', () => {
  it('holds at compile time (the constants above only compile when it does)', () => {
    expect([outputIsTheFactsModel, inputIsTheFactsModel]).toEqual([true, true]);
    expect(typeof parsedFeedsEngine).toBe('function');
    expect(typeof engineCaseIsSchemaInput).toBe('function');
  });

  it('accepts a case that sets every field of the facts model', () => {
    const result = parseCase(everyField());
    expect(result).toEqual({ ok: true, case: everyField() });
  });
});

/** A case with every optional field of `PatientCase` present (typed, so a new field must be added here). */
export function everyField(): Required<PatientCase> {
  return {
    schemaVersion: 1,
    patient: { id: 'synthetic-0001', sex: 'female', birthDate: '1958-04-02', heightCm: 168, premorbidWeightKg: 64 },
    history: {
      onsetDate: '2023-03-01',
      onsetSite: 'cervical',
      onsetSide: 'right',
      diagnosisDate: '2023-11-20',
      progression: { documented: true, by: 'examination', precededByNormalFunction: true, note: 'spread to left arm' },
      familyHistory: { als: false, ftd: false, relatives: 'none known' },
      ftd: false,
      priorPolio: false,
      priorRadiotherapy: false,
      bariatricSurgery: false,
      heavyMetalExposure: false,
      ancestry: 'not recorded',
    },
    exams: [
      {
        date: '2023-11-20',
        examiner: 'synthetic clinician',
        regions: [
          {
            region: 'cervical',
            side: 'right',
            umnSigns: ['hyperreflexia', 'hoffmann'],
            weakness: true,
            weaknessLmnType: true,
            wasting: true,
            fasciculations: true,
            note: 'first dorsal interosseous wasted',
          },
        ],
        other: {
          objectiveSensoryLoss: false,
          sensoryLevel: false,
          ocularMotilityAbnormal: false,
          ptosis: false,
          fatigableWeakness: false,
          sphincterDysfunction: false,
          cerebellarSigns: false,
          extrapyramidalSigns: false,
          autonomicFeatures: false,
          gynaecomastia: false,
          perioralFasciculations: false,
          posturalTremor: false,
          fingerFlexorQuadricepsWeakness: false,
          headDrop: false,
          splitHand: true,
          isolatedDysphagia: false,
          hemiparesis: false,
          neckOrRadicularPain: false,
          cognitiveOrBehaviouralChange: false,
        },
      },
    ],
    emg: [
      {
        date: '2023-11-22',
        muscles: [
          {
            muscle: 'thoracicParaspinals',
            side: 'right',
            fibrillations: true,
            positiveSharpWaves: true,
            fasciculationPotentials: 'complex',
            fasciculationsUnstable: true,
            chronicNeurogenicMups: true,
            reducedRecruitment: true,
            unstableMups: true,
            myopathicMups: false,
            thoracicLevel: 9,
          },
          { muscle: MUSCLE_IDS[0], side: 'midline' },
        ],
        ncs: {
          sensoryAbnormal: false,
          sensoryAbnormalExplained: false,
          motorConductionBlock: false,
          demyelinatingSlowing: false,
          lowCmap: true,
          rnsDecrement: false,
          rnsIncrement: false,
        },
        note: 'synthetic study',
      },
    ],
    investigations: [
      { code: 'ck', date: '2023-11-20', result: 'abnormal', value: 410, unit: 'U/L', note: 'mild rise' },
    ],
    genetics: [{ gene: 'C9orf72', classification: 'negative', variant: 'none', date: '2023-12-10', repeatCount: 2 }],
    alsfrsr: [
      {
        date: '2023-11-20',
        speech: 4,
        salivation: 4,
        swallowing: 4,
        handwriting: 2,
        cuttingWithoutGastrostomy: 2,
        dressing: 3,
        turningInBed: 4,
        walking: 4,
        climbingStairs: 4,
        dyspnoea: 4,
        orthopnoea: 4,
        respiratoryInsufficiency: 4,
        administeredBy: 'clinician',
        respondedBy: 'patient',
      },
    ],
    alsfrsOriginal: [
      {
        date: '2023-11-20',
        speech: 4,
        salivation: 4,
        swallowing: 4,
        handwriting: 2,
        cuttingWithGastrostomy: 2,
        dressing: 3,
        turningInBed: 4,
        walking: 4,
        climbingStairs: 4,
        respiratory: 4,
        administeredBy: 'self',
      },
    ],
    vitalCapacity: [
      { date: '2023-11-20', kind: 'FVC', posture: 'sitting', percentPredicted: 88, litres: 3.1, reliable: true },
    ],
    respiratory: [
      {
        date: '2023-11-20',
        snipCmH2O: 70,
        mipCmH2O: 65,
        mepCmH2O: 90,
        peakCoughFlowLPerMin: 380,
        nocturnalSpo2At88MinutesContinuous: 0,
        paco2MmHg: 40,
        spo2Percent: 97,
      },
    ],
    weights: [{ date: '2023-11-20', weightKg: 61.5 }],
    symptoms: [{ date: '2023-11-20', symptom: 'cramps', severity: 'mild', note: 'at night' }],
    screenings: [{ date: '2023-11-20', instrument: 'phq9', score: 4, abnormal: false }],
    labs: [{ date: '2023-11-20', test: 'alt', value: 22, unit: 'U/L', upperLimitOfNormal: 40 }],
    medications: [
      {
        drug: 'riluzole',
        startDate: '2023-12-01',
        stopDate: '2024-01-01',
        dose: '50 mg bd',
        route: 'oral',
        note: 'nausea',
      },
    ],
    allergies: [{ substance: 'penicillin', reaction: 'hypersensitivity' }],
    interventions: [
      { kind: 'niv', startDate: '2024-02-01', stopDate: '2024-03-01', hoursPerDay: 8, note: 'nocturnal' },
    ],
    careDecisions: [
      {
        code: 'gastrostomyDiscussion',
        status: 'deferred',
        date: '2024-01-10',
        reason: 'wants time',
        until: '2024-04-10',
        triggerValue: 5,
        triggerMeasure: 'weightLossPercent',
      },
    ],
    advanceCarePlans: [{ date: '2024-01-10', topics: ['niv', 'resuscitation'] }],
    endpoints: { deathDate: '2025-06-01', tracheostomyDate: '2025-05-01', nivOver23hDate: '2025-04-01' },
  };
}
