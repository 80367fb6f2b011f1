/** Plain-text rendering of a StagingAssessment. */
import type { StagingAssessment } from './evaluate.js';

/**
 * Staging as a few lines of text.
 *
 * @example renderStagingText(evaluateStaging(c, '2025-06-01'))
 */
export function renderStagingText(a: StagingAssessment): string {
  const lines = [`Staging (as of ${a.asOf})`];
  const k = a.kings;
  if (k.kind === 'staged') {
    const names = { bulbar: 'bulbar', upperLimb: 'upper limb', lowerLimb: 'lower limb' } as const;
    const regions = (['bulbar', 'upperLimb', 'lowerLimb'] as const).filter((r) => k.regions[r]).map((r) => names[r]);
    const flag = k.estimatedNoRegion ? ' (estimated: no region shown involved)' : '';
    lines.push(`  King's stage ${k.label}${flag}; regions involved: ${regions.join(', ') || 'none shown'}`);
    lines.push(
      `    gastrostomy (4A): ${k.gastrostomy ? 'yes' : 'no'}; NIV (4B): ${k.niv ? 'yes' : 'no'}${k.nivFromInterventionsOnly ? ' (from interventions only)' : ''}`,
    );
    for (const r of k.reasons) lines.push(`    - ${r}`);
    lines.push(`    source: ${k.sources.map((s) => s.cite).join('; ')}`);
  } else {
    lines.push(`  King's stage: ${k.reason}`);
  }
  const m = a.mitos;
  if (m.kind === 'staged') {
    lines.push(`  MiToS stage ${m.stage} (${m.reasons.join('; ')}); ${m.source.cite}`);
  } else if (m.kind === 'undetermined') {
    lines.push(`  MiToS stage undetermined: ${m.reason}`);
  } else {
    lines.push(`  MiToS stage: ${m.reason}`);
  }
  return lines.join('\n');
}
