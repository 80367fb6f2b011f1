/** Plain-text rendering of a FunctionAssessment (for the CLI and printable summaries). */
import type { FunctionAssessment } from './evaluate.js';
import type { TrendResult } from './trend.js';

const ADMINISTERED = {
  clinician: 'clinician-administered',
  self: 'self-administered',
  phone: 'by phone',
  app: 'by app',
};
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const signed = (n: number, digits = 1) => (n >= 0 ? '+' : '') + n.toFixed(digits);

function trendLine(label: string, t: TrendResult, unit: string): string {
  if (t.kind === 'insufficient') return `${label}: ${t.reason}`;
  if (t.kind === 'notMeaningful') {
    const est = t.fit ? ` (estimate ${signed(t.fit.slopePerMonth, 2)} ${unit}/month, not meaningful)` : '';
    return `${label}: not meaningful: ${t.reasons.join('; ')}${est}`;
  }
  const ci = t.fit.confidenceInterval;
  const ciText = ci ? `, ${Math.round(t.fit.confidenceLevel * 100)}% CI ${f2(ci[0])} to ${f2(ci[1])}` : '';
  const se = t.fit.standardError !== null ? `, SE ${f2(t.fit.standardError)}` : '';
  return `${label}: ${signed(t.fit.slopePerMonth, 2)} ${unit}/month${se}${ciText} (${t.reason})`;
}

/**
 * Function as a few lines of text.
 *
 * @example renderFunctionText(evaluateFunction(c, '2025-06-01'))
 */
export function renderFunctionText(a: FunctionAssessment): string {
  const lines: string[] = [`Function (as of ${a.asOf})`];
  if (a.alsfrsr.kind === 'scored') {
    const d = a.alsfrsr.domains;
    const mode = a.alsfrsr.administeredBy ? `, ${ADMINISTERED[a.alsfrsr.administeredBy]}` : '';
    const who = mode + (a.alsfrsr.respondedBy === 'caregiver' ? ', answered by a caregiver' : '');
    lines.push(
      `  ALSFRS-R ${a.alsfrsr.total}/48 on ${a.alsfrsr.date}${who} (item 5 as ${a.alsfrsr.item5Form}): ` +
        `bulbar ${d.bulbar}/12, fine motor ${d.fineMotor}/12, gross motor ${d.grossMotor}/12, respiratory ${d.respiratory}/12`,
    );
  } else {
    lines.push(`  ALSFRS-R: ${a.alsfrsr.reason}`);
  }
  if (a.alsfrsOriginal) {
    lines.push(`  Original ALSFRS (separate scale) ${a.alsfrsOriginal.total}/40 on ${a.alsfrsOriginal.date}`);
  }
  lines.push(
    a.progressionRate !== null
      ? `  Progression rate: ${a.progressionRateReason}`
      : `  Progression rate: not computed: ${a.progressionRateReason}`,
  );
  lines.push(`  ${trendLine('ALSFRS-R slope', a.slope, 'points')}${a.slopeBand ? ` [${a.slopeBand}]` : ''}`);
  const vc = a.vitalCapacity;
  lines.push(
    vc.latest
      ? `  Vital capacity: ${f1(vc.latest.percentPredicted)}% predicted (${vc.latest.kind}, ${vc.latest.posture}) on ${vc.latest.date}`
      : '  Vital capacity: none recorded',
  );
  if (vc.latest) lines.push(`  ${trendLine(`VC slope (${vc.series})`, vc.trend, '% predicted')}`);
  const w = a.weight;
  if (w.latest) {
    const parts = [`${f1(w.latest.weightKg)} kg on ${w.latest.date}`];
    if (w.bmi !== null) parts.push(`BMI ${f1(w.bmi)}`);
    if (w.fromPremorbid) parts.push(`${signed(w.fromPremorbid.percent)}% from premorbid`);
    if (w.fromDiagnosis) parts.push(`${signed(w.fromDiagnosis.percent)}% from diagnosis`);
    lines.push(`  Weight: ${parts.join(', ')}`);
  } else {
    lines.push('  Weight: none recorded');
  }
  if (a.problems.length > 0) {
    lines.push(`  Records left out (${a.problems.length} problem(s)):`);
    for (const p of a.problems) lines.push(`    ${p.path}: ${p.message}`);
  }
  return lines.join('\n');
}
