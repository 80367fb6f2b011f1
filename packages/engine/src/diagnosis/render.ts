/** Plain-text rendering of a diagnostic assessment, for the CLI and printable summaries. */
import type { DiagnosisAssessment, TraceStep } from './assessment.js';
import type { AwajiCategory, ElEscorialCategory } from './classify.js';
import type { WhatWouldChange } from './phrase.js';

export const CATEGORY_LABEL: Readonly<Record<ElEscorialCategory | AwajiCategory, string>> = {
  definite: 'clinically definite ALS',
  probable: 'clinically probable ALS',
  probableLabSupported: 'clinically probable, laboratory-supported ALS',
  possible: 'clinically possible ALS',
  unclassified: 'unclassified (a pattern the criteria do not cover)',
  notMet: 'not met',
};

const MARK: Readonly<Record<TraceStep['result'], string>> = { met: '+', notMet: '-', pending: '?', info: '·' };

/** "babinski(l,r) spasticity(r)": each sign once, with its sides. */
function groupedSigns(signs: DiagnosisAssessment['regions'][number]['umnSigns']): string {
  const sides = new Map<string, string[]>();
  for (const x of signs) {
    const list = sides.get(x.sign) ?? [];
    if (!list.includes(x.side[0]!)) list.push(x.side[0]!);
    sides.set(x.sign, list);
  }
  return [...sides].map(([sign, s]) => `${sign}(${s.join(',')})`).join(' ');
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function categoryLine(
  name: string,
  category: ElEscorialCategory | AwajiCategory,
  anatomical: string,
  status: string,
  statusText: string,
): string {
  const base = `${name}: ${CATEGORY_LABEL[category]}`;
  if (status === 'prerequisitesMet') return base;
  if (status === 'pendingExclusions') return `${base}, ${statusText}`;
  return `${base} (${statusText}; the signs alone give: ${CATEGORY_LABEL[anatomical as ElEscorialCategory]})`;
}

function changes(out: string[], label: string, list: readonly WhatWouldChange[]): void {
  for (const w of list) {
    out.push(`  ${label} → ${w.target === 'met' ? 'met' : CATEGORY_LABEL[w.target as ElEscorialCategory]}:`);
    w.alternatives.forEach((a, i) => {
      const prefix = w.alternatives.length > 1 ? `    ${i === 0 ? 'either' : 'or'}: ` : '    ';
      out.push(`${prefix}${a.actions.map((x) => x.text).join('; and ')}`);
    });
  }
}

/** Render an assessment as readable text: results, region table, what would change it, red flags, workup, trace, settings. */
export function renderDiagnosisText(d: DiagnosisAssessment): string {
  const out: string[] = [];
  const e = d.elEscorial;
  const a = d.awaji;
  const g = d.goldCoast;
  out.push(`Diagnostic criteria as of ${d.asOf}`, '');
  out.push(categoryLine('Revised El Escorial (Brooks 2000)', e.category, e.anatomicalCategory, e.status, e.statusText));
  out.push(`  familial, laboratory-supported: ${e.familialLabSupported ? 'yes' : 'no'} (${e.familial.detail})`);
  out.push(categoryLine('Awaji-Shima (de Carvalho 2008)', a.category, a.anatomicalCategory, a.status, a.statusText));
  out.push(`Gold Coast (Shefner 2020): ${g.met ? 'ALS (all three conditions met)' : 'not met'}`);
  for (const c of g.conditions) out.push(`  ${c.number}. ${c.state}: ${c.detail}`);
  if (e.pendingExclusions.length) out.push(`Pending exclusions: ${e.pendingExclusions.map((t) => t.name).join(', ')}`);

  out.push('', 'Regions (UMN | clinical LMN rEEC/Awaji | clinical LMN Gold Coast | EMG rEEC | EMG Awaji/Gold Coast)');
  for (const r of d.regions) {
    const umn = r.umnSigns.length ? groupedSigns(r.umnSigns) : '-';
    const yes = (b: boolean): string => (b ? 'yes' : 'no');
    const emgE = r.sets.revisedElEscorial.lmnEmg;
    const emgA = r.sets.awaji.lmnEmg;
    out.push(
      `  ${pad(r.region, 12)} ${pad(umn, 40)} ${pad(yes(r.sets.revisedElEscorial.lmnClinical), 4)} ${pad(yes(r.sets.goldCoast.lmnClinical), 4)} ${pad(yes(emgE.present), 4)} ${yes(emgA.present)}${emgA.present ? ` (${emgA.muscles.join(' + ')})` : ''}`,
    );
  }

  out.push('', 'What would change it');
  changes(out, 'Revised El Escorial', e.whatWouldChange);
  changes(out, 'Awaji-Shima', a.whatWouldChange);
  changes(out, 'Gold Coast', g.whatWouldChange);
  const confirm = [...new Set([...e.toConfirm, ...a.toConfirm, ...g.toConfirm])];
  for (const t of confirm) out.push(`  to confirm: ${t}`);
  if (!e.whatWouldChange.length && !a.whatWouldChange.length && !g.whatWouldChange.length && !confirm.length)
    out.push('  nothing: every result is at its highest level');

  out.push('', 'Red flags');
  if (!d.redFlags.length) out.push('  none');
  for (const f of d.redFlags) {
    out.push(`  ! ${f.finding} → think of ${f.mimics.join(', ')}`);
    out.push(
      `    separating test: ${f.tests.map((t) => `${t.name} [${t.status}]`).join(', ')}${f.status === 'open' ? ' (keeps exclusions open)' : ''}`,
    );
    if (f.judgement)
      out.push(
        `    judged ${f.judgement.judgement === 'explained' ? 'explained' : 'not explained (keeps exclusions open)'} by ${f.judgement.by}, ${f.judgement.date}${f.judgement.note ? `: ${f.judgement.note}` : ''}`,
      );
    else if (f.status === 'awaitingJudgement')
      out.push(
        "    negative tests do not exclude the mimic: awaiting the clinician's judgement (keeps exclusions open)",
      );
    if (f.note) out.push(`    note: ${f.note}`);
  }
  for (const n of d.redFlagsNotJudged) out.push(`  ? ${n.code}: cannot be judged without ${n.needs.join(', ')}`);

  out.push('', 'Workup');
  for (const w of d.workup) {
    const box = w.status === 'done' ? '[x]' : w.status === 'abnormal' ? '[!]' : '[ ]';
    const review =
      w.review === 'needed'
        ? ', review needed'
        : w.review === 'explains'
          ? ', explains the signs'
          : w.review === 'doesNotExplain'
            ? ', does not explain the signs'
            : '';
    const value = w.value !== undefined ? ` ${w.value}${w.unit ? ` ${w.unit}` : ''}` : '';
    out.push(`  ${box} ${w.name}: ${w.status}${value}${review}${w.required ? '' : ' (optional)'}: ${w.why.join('; ')}`);
  }

  out.push('', 'Trace');
  for (const [name, steps] of [
    ['Revised El Escorial', e.trace],
    ['Awaji-Shima', a.trace],
    ['Gold Coast', g.trace],
  ] as const) {
    out.push(`  ${name}`);
    for (const t of steps) out.push(`    ${MARK[t.result]} ${t.step}: ${t.detail}`);
  }

  out.push('', 'Settings');
  for (const s of d.settings) out.push(`  ${s.name} = ${s.value}${s.isDefault ? ' (default)' : ''}: ${s.meaning}`);
  if (d.needs.length) out.push('', `Missing facts: ${d.needs.join(', ')}`);
  return out.join('\n');
}
