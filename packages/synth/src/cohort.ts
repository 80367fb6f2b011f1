/**
 * Seeded, reproducible synthetic patients as PatientCase objects (synthetic data only). Patient
 * `index` under `seed` is always the same person, whatever the cohort size.
 *
 * @example const cases = generateCohort({ seed: 42, size: 1000 });
 */
import type { AlsfrsOriginalRecord, Exam, History, IsoDate, Medication, PatientCase } from '@betz/engine';
import { DAYS_PER_MONTH, dayOf, isoOfDay } from './days.js';
import { emgAt, examAt, geneticsAt, workupAt } from './exam.js';
import {
  type EventType,
  type Latent,
  type MimicKind,
  type OnsetRegion,
  type Phenotype,
  sampleAlsLatent,
} from './latent.js';
import { mimicFindings, sampleMimicLatent } from './mimics.js';
import { SYNTH_PARAMETERS as P } from './params.js';
import { hash32, Rng } from './prng.js';
import { buildCourse } from './trajectory.js';

export interface SynthOptions {
  seed: number;
  size: number;
  /** Diagnoses (first specialist visits) fall between these dates; data are cut at `endDate`. */
  startDate?: IsoDate;
  endDate?: IsoDate;
  /** Fraction of referred patients who are mimics. Default SYNTH_PARAMETERS.mimicFraction. */
  mimicFraction?: number;
  idPrefix?: string;
}

/** What the generator meant, for tests and benchmarks (never part of a case). */
export interface SyntheticTruth {
  id: string;
  mimic: MimicKind | null;
  phenotype: Phenotype;
  onsetRegion: OnsetRegion;
  ratePointsPerMonth: number;
  diagnosticDelayMonths: number;
  /** Composite endpoint, months from onset (may fall after the data cut). */
  eventMonthsFromOnset: number;
  eventType: EventType | null;
  /** UMN and LMN signs on the diagnosis exam in bulbar + 2 spinal or 3 spinal regions (rEEC definite, simplified). */
  definiteElEscorialAtDiagnosis: boolean;
  genes: string[];
}

export interface SyntheticPatient {
  case: PatientCase;
  truth: SyntheticTruth;
}

export const DEFAULT_SYNTH_START: IsoDate = '2013-01-01';
export const DEFAULT_SYNTH_END: IsoDate = '2025-06-30';

function definiteOnExam(exam: Exam): boolean {
  const both = new Set<string>();
  const umn = new Set<string>();
  const lmn = new Set<string>();
  for (const r of exam.regions) {
    if ((r.umnSigns?.length ?? 0) > 0) umn.add(r.region);
    if (r.wasting || r.weaknessLmnType) lmn.add(r.region);
  }
  for (const r of umn) if (lmn.has(r)) both.add(r);
  const spinal = ['cervical', 'thoracic', 'lumbosacral'].filter((r) => both.has(r)).length;
  return (both.has('bulbar') && spinal >= 2) || spinal >= 3;
}

/** Tofersen FDA accelerated approval, 25 April 2023 (care.md §1.4). */
const TOFERSEN_FDA_DAY = dayOf('2023-04-25');

function medications(rng: Rng, l: Latent, dxDay: number, endDay: number): Medication[] {
  const out: Medication[] = [];
  const start = dxDay + rng.int(0, 60);
  if (start <= endDay && rng.chance(P.riluzole.value))
    out.push({ drug: 'riluzole', startDate: isoOfDay(start), dose: '50 mg twice daily' });
  const tofersenFrom = TOFERSEN_FDA_DAY;
  if (l.genes.SOD1 && l.geneticTested && Math.max(start, tofersenFrom) + 60 <= endDay && rng.chance(0.7)) {
    out.push({ drug: 'tofersen', startDate: isoOfDay(Math.max(start, tofersenFrom) + 60), route: 'intrathecal' });
  }
  return out;
}

/** One synthetic patient: deterministic in (seed, index). */
export function generatePatient(
  seed: number,
  index: number,
  opts: Omit<SynthOptions, 'seed' | 'size'> = {},
): SyntheticPatient {
  return patientAt(
    seed,
    index,
    opts,
    dayOf(opts.startDate ?? DEFAULT_SYNTH_START),
    dayOf(opts.endDate ?? DEFAULT_SYNTH_END),
  );
}

function patientAt(
  seed: number,
  index: number,
  opts: Omit<SynthOptions, 'seed' | 'size'>,
  startDay: number,
  endDay: number,
): SyntheticPatient {
  const rng = new Rng(hash32(hash32(seed >>> 0) + Math.imul(index + 1, 0x9e3779b9)));
  let l = sampleAlsLatent(rng);
  if (rng.chance(opts.mimicFraction ?? P.mimicFraction.value)) l = sampleMimicLatent(rng, l);
  const id = `${opts.idPrefix ?? 'SYN'}-${String(index + 1).padStart(6, '0')}`;
  const dxDay = startDay + Math.floor(rng.next() * Math.max(1, endDay - 30 - startDay));
  const onsetDay = Math.round(dxDay - l.diagnosticDelayMonths * DAYS_PER_MONTH);
  const birthDay = Math.round(onsetDay - l.ageAtOnsetYears * 365.25);
  const course = buildCourse(rng, l, onsetDay, dxDay, endDay);
  const history: History = {
    onsetDate: isoOfDay(onsetDay),
    onsetSite: l.onsetRegion,
    progression: { documented: true, by: 'history', precededByNormalFunction: true },
    familyHistory: { als: l.familial, ftd: l.familial && !!l.genes.C9orf72 && rng.chance(0.5) },
  };
  if (l.onsetRegion === 'cervical' || l.onsetRegion === 'lumbosacral') history.onsetSide = l.onsetSide;
  if (l.ftd !== undefined) history.ftd = l.ftd;
  const c: PatientCase = {
    schemaVersion: 1,
    patient: {
      id,
      sex: l.sex,
      birthDate: isoOfDay(birthDay),
      heightCm: Math.round(l.heightCm),
      premorbidWeightKg: Math.round(l.premorbidWeightKg * 10) / 10,
    },
    history,
    alsfrsr: course.alsfrsr,
    vitalCapacity: course.vitalCapacity,
    weights: course.weights,
  };
  let definite = false;
  if (l.mimic) {
    const m = mimicFindings(rng, l, dxDay);
    c.exams = [m.exam];
    c.emg = [m.emg];
    c.investigations = m.investigations;
    if (m.genetics.length > 0) c.genetics = m.genetics;
  } else {
    history.diagnosisDate = isoOfDay(dxDay);
    const exams: Exam[] = [examAt(rng, l, onsetDay, dxDay - rng.int(0, 20), true)];
    definite = definiteOnExam(exams[0]!);
    for (let v = 4; v < course.visitDays.length; v += 4)
      exams.push(examAt(rng, l, onsetDay, course.visitDays[v]!, false));
    c.exams = exams;
    c.emg = [emgAt(rng, l, onsetDay, dxDay - rng.int(7, 40))];
    c.investigations = workupAt(rng, l, dxDay - rng.int(14, 60));
    const geneDay = dxDay + rng.int(30, 180);
    if (l.geneticTested && geneDay <= endDay) {
      c.genetics = geneticsAt(rng, l, geneDay, P.geneticTesting.value.vusFraction);
      c.investigations.push({
        code: 'geneticPanel',
        date: isoOfDay(geneDay),
        result: Object.keys(l.genes).length > 0 ? 'abnormal' : 'normal',
      });
    }
    const meds = medications(rng, l, dxDay, endDay);
    if (meds.length > 0) c.medications = meds;
    if (course.interventions.length > 0) c.interventions = course.interventions;
    if (Object.keys(course.endpoints).length > 0) c.endpoints = course.endpoints;
    // A few patients also carry an original 10-item ALSFRS from a research study (kept as such).
    const first = course.alsfrsr[0];
    if (first && rng.chance(0.02)) {
      const { dyspnoea, orthopnoea: _o, respiratoryInsufficiency: _r, respondedBy: _b, ...items } = first;
      const original: AlsfrsOriginalRecord = { ...items, respiratory: dyspnoea, administeredBy: 'clinician' };
      c.alsfrsOriginal = [original];
    }
  }
  return {
    case: c,
    truth: {
      id,
      mimic: l.mimic,
      phenotype: l.phenotype,
      onsetRegion: l.onsetRegion,
      ratePointsPerMonth: l.ratePointsPerMonth,
      diagnosticDelayMonths: l.diagnosticDelayMonths,
      eventMonthsFromOnset: l.eventMonths,
      eventType: l.mimic ? null : l.eventType,
      definiteElEscorialAtDiagnosis: definite,
      genes: Object.keys(l.genes),
    },
  };
}

/** A cohort with what the generator meant for each patient. */
export function generateCohortWithTruth(opts: SynthOptions): { cases: PatientCase[]; truth: SyntheticTruth[] } {
  const cases = new Array<PatientCase>(opts.size);
  const truth = new Array<SyntheticTruth>(opts.size);
  const startDay = dayOf(opts.startDate ?? DEFAULT_SYNTH_START);
  const endDay = dayOf(opts.endDate ?? DEFAULT_SYNTH_END);
  for (let i = 0; i < opts.size; i++) {
    const p = patientAt(opts.seed, i, opts, startDay, endDay);
    cases[i] = p.case;
    truth[i] = p.truth;
  }
  return { cases, truth };
}

/** A cohort of synthetic patients. */
export function generateCohort(opts: SynthOptions): PatientCase[] {
  return generateCohortWithTruth(opts).cases;
}
