/** The care plan as plain text, by priority, each item with its reason, triggers and source. */
import type { Source } from '../common/source.js';
import { type CareAssessment, type CareRecommendation, PRIORITY_ORDER, type TriggerFact } from './types.js';

/** 'AAN 2009a, Level A [V]' style citation. */
export function formatSource(s: Source): string {
  return `${s.cite} (${s.year})${s.level ? `, ${s.level}` : ''}${s.verification ? ` [${s.verification}]` : ''}`;
}

/** A number as a clinician reads it: at most two decimals (the JSON keeps full precision). */
export function formatValue(v: unknown): string {
  return typeof v === 'number' && !Number.isInteger(v) ? String(Number(v.toFixed(2))) : String(v);
}

function formatTrigger(t: TriggerFact): string {
  const value = `${formatValue(t.value)}${t.unit ? ` ${t.unit}` : ''}`;
  return `${t.path} = ${value}${t.date ? ` (${t.date})` : ''}${t.note ? `: ${t.note}` : ''}`;
}

function formatItem(r: CareRecommendation, asOf: string): string[] {
  const status = r.status === 'new' ? '' : ` [${r.status}${r.decisionNote ? `: ${r.decisionNote}` : ''}]`;
  const due = r.due < asOf ? `due ${r.due}, overdue` : `due ${r.due}`;
  const lines = [
    `  - ${r.title} (${due})${status}  {${r.code}}`,
    `    Why: ${r.reason}`,
    `    Facts: ${r.triggers.map(formatTrigger).join('; ')}`,
    `    Source: ${formatSource(r.source)}${r.alsoSee?.length ? `; see also ${r.alsoSee.map(formatSource).join('; ')}` : ''}`,
  ];
  if (r.cautions?.length) lines.push(`    Label cautions: ${r.cautions.map((c) => formatSource(c.source)).join('; ')}`);
  return lines;
}

/**
 * Render a care assessment for the text report.
 *
 * @example renderCareText(evaluateCare(c, '2025-06-01', { alsDiagnosed: true }))
 */
export function renderCareText(a: CareAssessment): string {
  const out = [`Care plan (${a.jurisdiction}, as of ${a.asOf}): ${a.recommendations.length} recommendations`];
  for (const p of PRIORITY_ORDER) {
    const items = a.recommendations.filter((r) => r.priority === p);
    if (items.length === 0) continue;
    out.push('', `${p.toUpperCase()} (${items.length})`);
    for (const r of items) out.push(...formatItem(r, a.asOf));
  }
  if (a.suppressed.length > 0) {
    out.push('', `Held back by recorded decisions (${a.suppressed.length})`);
    for (const s of a.suppressed) out.push(`  - ${s.recommendation.title}: ${s.why}  {${s.recommendation.code}}`);
  }
  if (a.insufficient.length > 0) {
    out.push('', `Not evaluated, facts missing (${a.insufficient.length})`);
    for (const g of a.insufficient) out.push(`  - ${g.code}: ${g.reason}`);
  }
  if (a.dataQuality.length > 0) {
    out.push('', `Data quality (${a.dataQuality.length})`);
    for (const n of a.dataQuality) out.push(`  - ${n.path}: ${n.message}`);
  }
  return out.join('\n');
}
