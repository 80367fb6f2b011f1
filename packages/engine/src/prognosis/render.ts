/** Plain-text rendering of a PrognosisAssessment. */
import type { PrognosisAssessment } from './evaluate.js';

const pct = (p: number) => `${(p * 100).toFixed(0)}%`;

/**
 * The prognosis as a few lines of text.
 *
 * @example renderPrognosisText(evaluatePrognosis(c, '2025-06-01', { definiteElEscorial: true }))
 */
export function renderPrognosisText(a: PrognosisAssessment): string {
  const lines = [`Prognosis (as of ${a.asOf})`];
  const e = a.encals;
  if (e.kind === 'declined') {
    lines.push(`  ENCALS prediction not given: ${e.reason} (${e.source.cite}: ${e.source.detail})`);
    return lines.join('\n');
  }
  if (e.kind === 'insufficient') {
    lines.push(`  ENCALS prediction: ${e.reason}`);
    return lines.join('\n');
  }
  lines.push(`  ${e.modelName}; linear predictor ${e.linearPredictor.toFixed(3)}`);
  lines.push(
    `  Predicted median ${e.medianSurvivalMonthsFromOnset.toFixed(1)} months from onset (${e.medianSurvivalDate}; ` +
      `${e.medianRemainingMonths.toFixed(1)} months from now); ${e.outcome}`,
  );
  lines.push(
    `  Event-free from now: ${e.survivalAtHorizons.map((h) => `${h.horizonMonths} months ${pct(h.probability)}`).join(', ')}`,
  );
  if (e.riskGroup) {
    lines.push(`  Prognostic group (approximation, not the paper's cut-offs): ${e.riskGroup.label}`);
  }
  for (const n of e.notes) lines.push(`  - ${n}`);
  for (const c of e.cautions) lines.push(`  ! ${c}`);
  lines.push(`  source: ${e.sources.map((s) => s.cite).join('; ')}`);
  return lines.join('\n');
}
