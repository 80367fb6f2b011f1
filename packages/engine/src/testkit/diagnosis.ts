/**
 * Small builders of synthetic cases for the diagnosis tests: regions, EMG muscles, a complete
 * exclusion workup. Synthetic data only.
 */

import { CORE_TESTS, type InvestigationCode } from '../diagnosis/catalogue.js';
import type {
  EmgMuscle,
  Exam,
  Investigation,
  NerveConduction,
  OtherExamFindings,
  PatientCase,
  Region,
  RegionExam,
  Side,
  UmnSign,
} from '../facts/index.js';

export const EXAM_DATE = '2024-03-01';
export const EMG_DATE = '2024-03-08';
export const AS_OF = '2024-06-01';

export interface RegionSpec {
  umn?: UmnSign[];
  wasting?: boolean;
  weakness?: boolean;
  lmnType?: boolean;
  fasc?: boolean;
  side?: Side;
}

export function region(r: Region, spec: RegionSpec): RegionExam {
  const e: RegionExam = { region: r, side: spec.side ?? (r === 'bulbar' || r === 'thoracic' ? 'midline' : 'right') };
  if (spec.umn) e.umnSigns = spec.umn;
  if (spec.weakness || spec.lmnType) e.weakness = true;
  if (spec.lmnType) e.weaknessLmnType = true;
  if (spec.wasting) e.wasting = true;
  if (spec.fasc) e.fasciculations = true;
  return e;
}

/** Typical UMN sign of each region. */
export const UMN: Readonly<Record<Region, UmnSign[]>> = {
  bulbar: ['jawJerk'],
  cervical: ['hoffmann'],
  thoracic: ['pathologicalTrunkReflexes'],
  lumbosacral: ['babinski'],
};

/** A muscle with chronic neurogenic change and fibrillations: LMN evidence in every set. */
export function denervated(muscle: string, side: Side = 'right', extra: Partial<EmgMuscle> = {}): EmgMuscle {
  return { muscle, side, fibrillations: true, positiveSharpWaves: true, chronicNeurogenicMups: true, ...extra };
}

/** Chronic change with fasciculation potentials only: LMN evidence under Awaji and Gold Coast, not revised El Escorial. */
export function fasciculationOnly(muscle: string, side: Side = 'right', extra: Partial<EmgMuscle> = {}): EmgMuscle {
  return { muscle, side, fasciculationPotentials: 'complex', chronicNeurogenicMups: true, ...extra };
}

export function normalMuscle(muscle: string, side: Side = 'right'): EmgMuscle {
  return { muscle, side };
}

/** Every core test (NCS/EMG included) plus both first-line MRIs, normal. */
export function completeWorkup(date = '2024-03-15', extra: InvestigationCode[] = []): Investigation[] {
  const codes: InvestigationCode[] = [...CORE_TESTS, 'mriBrain', 'mriCervicalSpine', ...extra];
  return codes.map((code) => ({ code, date, result: 'normal' }));
}

export interface CaseSpec {
  regions?: RegionExam[];
  muscles?: EmgMuscle[];
  ncs?: NerveConduction;
  other?: OtherExamFindings;
  progression?: boolean | 'electrophysiology' | 'unrecorded';
  workup?: Investigation[] | 'complete';
  sex?: PatientCase['patient']['sex'];
  birthDate?: string;
  onsetDate?: string;
}

/** A case with one examination and (when muscles are given) one EMG study. */
export function makeCase(spec: CaseSpec): PatientCase {
  const exam: Exam = { date: EXAM_DATE, regions: spec.regions ?? [] };
  if (spec.other) exam.other = spec.other;
  const c: PatientCase = {
    schemaVersion: 1,
    patient: { id: 'synthetic-test', sex: spec.sex ?? 'female', birthDate: spec.birthDate ?? '1960-05-01' },
    history: { onsetDate: spec.onsetDate ?? '2023-06-01' },
    exams: [exam],
  };
  if (spec.progression !== 'unrecorded') {
    c.history!.progression =
      spec.progression === 'electrophysiology'
        ? { documented: true, by: 'electrophysiology', precededByNormalFunction: true }
        : { documented: spec.progression ?? true, by: 'history', precededByNormalFunction: true };
  }
  if (spec.muscles || spec.ncs) {
    c.emg = [{ date: EMG_DATE, muscles: spec.muscles ?? [] }];
    if (spec.ncs) c.emg[0]!.ncs = spec.ncs;
  }
  const w = spec.workup ?? 'complete';
  c.investigations = w === 'complete' ? completeWorkup() : w;
  return c;
}
