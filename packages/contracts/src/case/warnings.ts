/**
 * Warnings: a valid case whose fact will not count as the clinician may expect. Unlike an error, a
 * warning never refuses the case; it names the field and why, so `betz evaluate` (on standard error)
 * and the API can show it next to the result instead of the fact silently not counting.
 */
import type { PatientCase } from '@betz/engine';
import type { CaseIssue } from './errors.js';

/** Thoracic paraspinal EMG counts only at or below T6 (Brooks 2000; the engine's rule in diagnosis/emg.ts). */
const LOWEST_UNCOUNTED_THORACIC_LEVEL = 5;

/**
 * The warnings of a valid case, each with its path and reason.
 *
 * @example
 * caseWarnings({ ...c, emg: [{ date: '2024-03-08', muscles: [{ muscle: 'thoracicParaspinals', side: 'right' }] }] })
 * // [{ path: 'emg[0].muscles[0].thoracicLevel', message: 'not recorded: …' }]
 */
export function caseWarnings(c: PatientCase): CaseIssue[] {
  const out: CaseIssue[] = [];
  (c.emg ?? []).forEach((study, i) => {
    study.muscles.forEach((m, j) => {
      if (m.muscle !== 'thoracicParaspinals') return;
      const path = `emg[${i}].muscles[${j}].thoracicLevel`;
      if (m.thoracicLevel === undefined) {
        out.push({
          path,
          message:
            'not recorded: thoracic paraspinals count only when sampled at or below T6, so this muscle does not count until its level is given',
        });
      } else if (m.thoracicLevel <= LOWEST_UNCOUNTED_THORACIC_LEVEL) {
        out.push({
          path,
          message: `T${m.thoracicLevel} is above T6: thoracic paraspinals count only when sampled at or below T6, so this muscle does not count`,
        });
      }
    });
  });
  return out;
}
