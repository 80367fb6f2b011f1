/**
 * The engine, built once from a clinic's settings (as Hono builds its router once): it holds
 * everything the modules compute once and keep (the diagnosis tables, texts and scratch space), so
 * no module keeps state of its own, and two engines never share any. A server or CLI builds one at
 * start and calls it for every patient; `assess` and `evaluateDiagnosis` remain as conveniences over
 * a default engine.
 */
import { type Assessment, type AssessmentSettings, assessWith } from './assess.js';
import type { IsoDate } from './common/dates.js';
import { createDiagnosisEngine, type DiagnosisAssessment } from './diagnosis/index.js';
import type { PatientCase } from './facts/index.js';

export interface Engine {
  /** The settings it was built from (each module falls back to its documented defaults). */
  readonly settings: Readonly<AssessmentSettings>;
  /** The full assessment of a case as of a date (`assess`), with this engine's settings. */
  assess(c: PatientCase, asOf: IsoDate): Assessment;
  /** The diagnostic assessment alone (`evaluateDiagnosis`), with this engine's settings. */
  evaluateDiagnosis(c: PatientCase, asOf: IsoDate): DiagnosisAssessment;
}

/**
 * Build an engine for a clinic's settings, once; then assess any number of cases with it.
 *
 * @example
 * const engine = createEngine({ diagnosis: { rostralReading: 'R1' }, care: { jurisdiction: 'EU' } });
 * engine.assess(patientCase, '2024-06-11').diagnosis.elEscorial.category // 'probable'
 */
export function createEngine(settings: AssessmentSettings = {}): Engine {
  const frozen = Object.freeze({ ...settings });
  const diagnosis = createDiagnosisEngine(frozen.diagnosis);
  return Object.freeze({
    settings: frozen,
    assess: (c: PatientCase, asOf: IsoDate) => assessWith(diagnosis.evaluateView, c, asOf, frozen),
    evaluateDiagnosis: (c: PatientCase, asOf: IsoDate) => diagnosis.evaluate(c, asOf),
  });
}
