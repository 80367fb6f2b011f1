/**
 * One call from a patient's facts to the full assessment: diagnosis, function, staging,
 * prognosis and care, each from its own module, with the results one layer needs from another
 * passed along here (and only here): prognosis takes "clinically definite" from the diagnosis;
 * care takes its context from diagnosis, function and staging.
 */
import {
  type CareAssessment,
  type CareContext,
  type CareSettings,
  evaluateCareView,
  renderCareText,
} from './care/index.js';
import { type ClinicSettings, clinicSettingsUsed, renderClinicSettingsText } from './clinicSettings.js';
import type { IsoDate } from './common/dates.js';
import {
  type DiagnosisAssessment,
  type DiagnosisSettings,
  evaluateDiagnosisView,
  renderDiagnosisText,
} from './diagnosis/index.js';
import { CASE_FACT_KINDS, type FactKindEntry, type PatientCase } from './facts/index.js';
import {
  evaluateFunctionView,
  type FunctionAssessment,
  type FunctionSettings,
  renderFunctionText,
} from './function/index.js';
import {
  evaluatePrognosisView,
  type PrognosisAssessment,
  type PrognosisSettings,
  renderPrognosisText,
} from './prognosis/index.js';
import { evaluateStagingView, renderStagingText, type StagingAssessment } from './staging/index.js';
import { type CaseView, caseAsOf } from './view/index.js';

/** Everything Betz derives from one patient's facts as of one date. */
export interface Assessment {
  patientId: string;
  asOf: IsoDate;
  diagnosis: DiagnosisAssessment;
  function: FunctionAssessment;
  staging: StagingAssessment;
  prognosis: PrognosisAssessment;
  care: CareAssessment;
  /** The clinic settings used: the jurisdiction and every diagnosis reading (defaults included). */
  settings: ClinicSettings;
}

/** Settings per module; each falls back to that module's documented defaults. */
export interface AssessmentSettings {
  diagnosis?: Partial<DiagnosisSettings>;
  function?: Partial<FunctionSettings>;
  prognosis?: Partial<PrognosisSettings>;
  care?: Partial<CareSettings>;
}

/**
 * The full assessment of a case as of a date (no clock: `asOf` is "today"; facts dated after it
 * are ignored). Pure: the same case, date and settings always give the same assessment.
 *
 * @example
 * const a = assess(patientCase, '2024-06-11');
 * a.diagnosis.elEscorial.category // 'probable'
 * a.care.recommendations[0]?.priority // 'urgent'
 */
export function assess(c: PatientCase, asOf: IsoDate, settings: AssessmentSettings = {}): Assessment {
  return assessWith((view) => evaluateDiagnosisView(view, settings.diagnosis), c, asOf, settings);
}

/** `assess` with the diagnosis of a given engine (`createEngine`); the other modules take `settings`. */
export function assessWith(
  diagnose: (view: CaseView) => DiagnosisAssessment,
  c: PatientCase,
  asOf: IsoDate,
  settings: AssessmentSettings,
): Assessment {
  // The case as known on asOf, built once: every module reads this one view.
  const view = caseAsOf(c, asOf);
  const diagnosis = diagnose(view);
  const fn = evaluateFunctionView(view, settings.function);
  const staging = evaluateStagingView(view);
  const prognosis = evaluatePrognosisView(view, prognosisInput(diagnosis), settings.prognosis);
  const care = evaluateCareView(view, careContext(diagnosis, fn, staging), settings.care);
  const used = clinicSettingsUsed(diagnosis.settings, care.settings.jurisdiction);
  return { patientId: c.patient.id, asOf, diagnosis, function: fn, staging, prognosis, care, settings: used };
}

/**
 * ENCALS uses revised El Escorial "clinically definite" as a predictor (Westeneng 2018), a
 * property of the signs: the anatomical category decides it, also while exclusions are pending.
 * When progression is not documented or another disease explains the signs, the patient is not
 * in the model's population as ALS, and it stays unknown (the prognosis names it as missing).
 */
export function prognosisInput(d: DiagnosisAssessment): { definiteElEscorial?: boolean } {
  const e = d.elEscorial;
  if (e.status !== 'prerequisitesMet' && e.status !== 'pendingExclusions') return {};
  return { definiteElEscorial: e.anatomicalCategory === 'definite' };
}

/** The revised El Escorial and Awaji categories that diagnose ALS (all but unclassified and not met). */
const DIAGNOSTIC_EL_ESCORIAL = new Set(['definite', 'probable', 'probableLabSupported', 'possible']);
const DIAGNOSTIC_AWAJI = new Set(['definite', 'probable', 'possible']);

/**
 * What the care rules need from the other layers. ALS counts as diagnosed when a criteria set is
 * met with its prerequisites (progression documented, exclusions complete); as not diagnosed when
 * an investigation explains the signs (another disease); otherwise it is left unknown, and the
 * care engine falls back to a recorded clinical diagnosis (`history.diagnosisDate`).
 */
export function careContext(d: DiagnosisAssessment, fn: FunctionAssessment, s: StagingAssessment): CareContext {
  const ctx: CareContext = { alsDiagnosed: undefined, progressionRatePerMonth: fn.progressionRate };
  const e = d.elEscorial;
  if (e.status === 'alternativeExplanation') ctx.alsDiagnosed = false;
  else if (e.status === 'prerequisitesMet') {
    if (DIAGNOSTIC_EL_ESCORIAL.has(e.category)) {
      ctx.alsDiagnosed = true;
      ctx.diagnosisCategory = `${e.category} (revised El Escorial)`;
    } else if (d.goldCoast.met) {
      ctx.alsDiagnosed = true;
      ctx.diagnosisCategory = 'Gold Coast criteria met';
    } else if (DIAGNOSTIC_AWAJI.has(d.awaji.category)) {
      ctx.alsDiagnosed = true;
      ctx.diagnosisCategory = `${d.awaji.category} (Awaji-Shima)`;
    }
  }
  if (s.kings.kind === 'staged') ctx.kingsStage = s.kings.stage;
  if (s.mitos.kind === 'staged') ctx.mitosStage = s.mitos.stage;
  return ctx;
}

/**
 * The latest date of a recorded fact in the case: the default assessment date of the CLI, so a
 * report depends on the file and not on the day it is run. Dates that plan rather than record
 * (a decision deferred `until`) do not count. Undefined when the case holds no dated fact.
 *
 * @example latestFactDate({ schemaVersion: 1, patient: { id: 'p' }, weights: [{ date: '2024-05-02', weightKg: 70 }] }) // '2024-05-02'
 */
export function latestFactDate(c: PatientCase): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const see = (date: unknown) => {
    if (typeof date === 'string' && (latest === undefined || date > latest)) latest = date;
  };
  // Every date field the catalogue says records an event; planned dates are not in these lists.
  for (const entry of CASE_FACT_KINDS as readonly FactKindEntry[]) {
    const value = c[entry.caseKey!];
    if (value === undefined) continue;
    const facts = (Array.isArray(value) ? value : [value]) as readonly Record<string, unknown>[];
    for (const fact of facts) {
      if (entry.placedBy !== null) see(fact[entry.placedBy]);
      for (const field of entry.otherDates) see(fact[field]);
    }
  }
  return latest;
}

/** The assessment as a plain-text report: each module's own rendering, in clinical order. */
export function renderAssessmentText(a: Assessment): string {
  return [
    `Betz assessment of patient ${a.patientId} as of ${a.asOf}`,
    renderDiagnosisText(a.diagnosis),
    renderFunctionText(a.function),
    renderStagingText(a.staging),
    renderPrognosisText(a.prognosis),
    renderCareText(a.care),
    renderClinicSettingsText(a.settings),
  ].join('\n\n');
}
