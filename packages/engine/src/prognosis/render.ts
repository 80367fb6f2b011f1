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
  // Westeneng 2018 give the C9orf72 model; without a C9orf72 result the 7-predictor TRICALS
  // profile is used, and the reader must see that beside the figure, not only in the model name.
  const model = e.model === 'tricals7' ? ' [7-predictor model: C9orf72 not tested or uncertain]' : '';
  lines.push(
    `  Median survival from onset, given event-free on ${a.asOf}: ${e.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf.toFixed(1)} months ` +
      `(${e.medianSurvivalDate}; ${e.medianRemainingMonths.toFixed(1)} months from now)${model}`,
  );
  lines.push(
    `  Median survival from onset, unconditional (all patients at onset, as in the paper): ${e.medianSurvivalMonthsFromOnsetUnconditional.toFixed(1)} months${model}`,
  );
  lines.push(`  Outcome: ${e.outcome}`);
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
