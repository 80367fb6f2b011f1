/**
 * One call: a patient's facts at a date -> the diagnostic assessment (revised El Escorial, Awaji-Shima,
 * Gold Coast, each with its trace and what would change it; red flags; workup). Diagnosis reads the
 * case as known on the date (`caseAsOf`) and never looks at a date to filter. An engine is built once
 * from its settings and keeps what it computes (tables.ts); `evaluateDiagnosis` is the convenience
 * over the default engine.
 */

import type { IsoDate } from '../common/dates.js';
import type { PatientCase } from '../facts/index.js';
import { type CaseFactsView, type CaseView, caseFactsAsOf, type PlainListKey } from '../view/asOf.js';
import type { DiagnosisAssessment } from './assessment.js';
import { awajiResult } from './awaji.js';
import { elEscorialResult } from './elEscorial.js';
import { gatherFindings } from './findings.js';
import { goldCoastResult } from './goldCoast.js';
import { recordLookup } from './investigations.js';
import { evaluateRedFlags, type FlagContext } from './redFlags.js';
import { buildRegionEvidence } from './regionEvidence.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, type DiagnosisSettings, resolveSettings } from './settings.js';
import { DiagnosisTables } from './tables.js';
import { buildWorkup } from './workup.js';

function ageAtOnset(c: PatientCase): { years: number | undefined; needs: string[] } {
  const birth = c.patient.birthDate;
  const onset = c.history?.onsetDate;
  const needs: string[] = [];
  if (!birth) needs.push('patient.birthDate');
  if (!onset) needs.push('history.onsetDate');
  if (!birth || !onset) return { years: undefined, needs };
  return { years: completedYears(birth, onset), needs };
}

/** Age in completed calendar years (birthday reached or not), as clinicians state it. */
function completedYears(birth: IsoDate, at: IsoDate): number {
  const years = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  return at.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** A diagnosis engine: built once from its settings; evaluates any number of cases with them. */
export interface DiagnosisEngine {
  /** The settings resolved over the defaults (frozen). */
  readonly settings: DiagnosisSettings;
  /**
   * Evaluate the diagnostic criteria for a case as of a date. Pure: the same facts and date always
   * give the same assessment, whatever the engine evaluated before; findings dated after `asOf` are
   * ignored.
   */
  evaluate(c: PatientCase, asOf: IsoDate): DiagnosisAssessment;
  /** The same, from the case as known on its date, when the caller has built it (`caseAsOf`) for other modules too. */
  evaluateView(v: CaseView): DiagnosisAssessment;
}

/**
 * The lists diagnosis reads (with the patient and history); the rest of the case is never looked at.
 * A diagnosis alone reads them through `caseFactsAsOf` (the as-of rule of `caseAsOf`, without
 * scoring ALSFRS records or indexing lists it never reads).
 */
const DIAGNOSIS_LISTS: readonly PlainListKey[] = [
  'exams',
  'emg',
  'investigations',
  'genetics',
  'labs',
  'redFlagJudgements',
];

/**
 * Build a diagnosis engine for a clinic's settings (unknown values fall back to the defaults). Build
 * it once and keep it: it remembers the classifications, searches and texts it has computed.
 *
 * @example
 * const engine = createDiagnosisEngine({ rostralReading: 'R1' });
 * engine.evaluate(patientCase, '2025-03-01').elEscorial.category // 'probable'
 */
export function createDiagnosisEngine(settings?: Partial<DiagnosisSettings>): DiagnosisEngine {
  const t = new DiagnosisTables(resolveSettings(settings));
  return Object.freeze({
    settings: t.settings,
    evaluate: (c: PatientCase, asOf: IsoDate) => evaluateView(t, caseFactsAsOf(c, asOf, DIAGNOSIS_LISTS)),
    evaluateView: (v: CaseView) => evaluateView(t, v),
  });
}

const DEFAULT_ENGINE = createDiagnosisEngine();

/**
 * Evaluate the diagnostic criteria for a case as of a date, with the default engine (or, given
 * settings other than the defaults, with an engine built for this one call: a caller with its own
 * settings builds its engine once, `createDiagnosisEngine`). Pure: the same facts, date and settings
 * always give the same assessment; findings dated after `asOf` are ignored.
 *
 * @example
 * const d = evaluateDiagnosis(patientCase, '2025-03-01');
 * d.elEscorial.category // 'probable'
 * d.goldCoast.met // true
 */
export function evaluateDiagnosis(
  c: PatientCase,
  asOf: IsoDate,
  settings?: Partial<DiagnosisSettings>,
): DiagnosisAssessment {
  return engineFor(settings).evaluate(c, asOf);
}

/**
 * `evaluateDiagnosis` from the case as known on its date (`caseAsOf`), for a caller that builds the
 * view once for several modules.
 *
 * @example evaluateDiagnosisView(caseAsOf(patientCase, '2025-03-01')).goldCoast.met // true
 */
export function evaluateDiagnosisView(v: CaseView, settings?: Partial<DiagnosisSettings>): DiagnosisAssessment {
  return engineFor(settings).evaluateView(v);
}

function engineFor(settings: Partial<DiagnosisSettings> | undefined): DiagnosisEngine {
  const resolved = resolveSettings(settings);
  return resolved === DEFAULT_DIAGNOSIS_SETTINGS ? DEFAULT_ENGINE : createDiagnosisEngine(resolved);
}

function evaluateView(t: DiagnosisTables, v: CaseFactsView): DiagnosisAssessment {
  const { case: c, asOf } = v;
  const s = t.settings;
  const f = gatherFindings(v, t.findings);
  const { regions, masks } = buildRegionEvidence(f, s, t.evidence);
  const records = recordLookup(c, f);

  const eec = masks.revisedElEscorial;
  const lmnAny = eec.lmnClinical | masks.awaji.lmnEmg;
  let lmnAnyComponent = 0;
  let lmnBilateral = 0;
  for (let i = 0; i < 4; i++) {
    const sides = f.regions[i]!.lmnBySide;
    if (sides[0] || sides[1] || sides[2]) lmnAnyComponent |= 1 << i;
    const r = regions[i]!.sets.revisedElEscorial.lmnClinicalSides;
    if (r.includes('left') && r.includes('right')) lmnBilateral |= 1 << i;
  }
  const age = ageAtOnset(c);
  const history = c.history ?? {};
  const flagCtx: FlagContext = {
    f,
    umn: eec.umn,
    lmn: lmnAny,
    lmnAnyComponent,
    lmnBilateral,
    sex: c.patient.sex,
    ageAtOnsetYears: age.years,
    ageNeeds: age.needs,
    history,
    labs: c.labs ?? [],
    records,
    asOf,
    judgements: c.redFlagJudgements,
  };
  const { flags, notJudged } = evaluateRedFlags(flagCtx);
  const { workup, exclusions } = buildWorkup({
    records,
    bulbarInvolved: ((eec.umn | lmnAny | lmnAnyComponent) & 1) !== 0,
    bulbarExamined: f.regions[0].examined,
    umn: eec.umn,
    lmn: lmnAny,
    sex: c.patient.sex,
    familyHistory: history.familyHistory?.als === true || history.familyHistory?.ftd === true,
    flags,
  });

  const input = { c, asOf, s, t, regions, masks, exclusions };
  const elEscorial = elEscorialResult(input);
  const awaji = awajiResult(input);
  const goldCoast = goldCoastResult(input);

  const needs: string[] = [];
  if (f.examDates.length === 0) needs.push('exams');
  for (const n of goldCoast.needs) if (!needs.includes(n)) needs.push(n);

  return {
    asOf,
    settings: t.settingsUsed,
    elEscorial,
    awaji,
    goldCoast,
    regions,
    redFlags: flags,
    redFlagsNotJudged: notJudged,
    workup,
    exclusions,
    findings: {
      examDates: f.examDates,
      emgDates: f.emgDates,
      ignoredSigns: f.ignoredSigns,
      unknownMuscles: f.unknownMuscles,
      ncs: f.ncs,
      other: f.other,
    },
    needs,
  };
}
