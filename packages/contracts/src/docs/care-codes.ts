/**
 * docs/care-recommendations.md, every care recommendation code with what raises it and its source,
 * generated from the engine's rule catalogue so the list cannot fall behind it: `npm run schemas`
 * writes it, and a test fails when the committed page is stale.
 */
import { CARE_RULES, type CareRule, type Source, TRIGGER_MEASURES } from '@betz/engine';

export const CARE_CODES_DOC_PATH = 'docs/care-recommendations.md';

/** The domains in the order the page lists them, each with its heading. */
const DOMAINS: Record<CareRule['domain'], string> = {
  dmt: 'Disease-modifying treatment (`dmt.`)',
  breathing: 'Breathing (`breathing.`)',
  nutrition: 'Nutrition (`nutrition.`)',
  symptoms: 'Symptoms (`symptoms.`)',
  genetics: 'Genetics (`genetics.`)',
  team: 'The team and referrals (`team.`)',
  planning: 'Planning ahead (`planning.`)',
  monitoring: 'Monitoring (`monitoring.`)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** When the rule applies beyond its trigger: diagnosis, jurisdictions, the drug's licence. */
function conditions(rule: CareRule): string {
  const parts = [
    rule.requiresDiagnosis ? 'diagnosed ALS' : 'any patient',
    rule.jurisdictions === 'all' ? '' : `only in ${rule.jurisdictions.join(', ')}`,
    rule.offersDrug ? `only where ${rule.offersDrug} is licensed on the assessment date` : '',
    rule.recurEveryMonths
      ? `done lapses after ${rule.recurEveryMonths} month${rule.recurEveryMonths === 1 ? '' : 's'}`
      : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** The reason as written when it is fixed text; a reason worded from the case's values says what it watches. */
function why(rule: CareRule): string {
  const measures = (rule.worsening ?? []).map((w) => TRIGGER_MEASURES[w.measure].label);
  const watches = measures.length > 0 ? ` Watches: ${measures.join(', ')}.` : '';
  const text =
    typeof rule.reason === 'string'
      ? rule.reason
      : "Worded from the patient's values (the assessment's `why` names each fact it read).";
  return `${text}${watches}`;
}

/** A source as cited: the citation (with its year when the citation lacks it), grade, check. */
function source(s: Source): string {
  const year = s.cite.includes(String(s.year)) ? '' : ` (${s.year})`;
  return `${s.cite}${year}${s.level ? `, ${s.level}` : ''}${s.verification ? ` [${s.verification}]` : ''}`;
}

function row(rule: CareRule): string {
  const sources = [rule.source, ...(rule.alsoSee ?? [])].map(source).join('; ');
  return `| \`${rule.code}\` | ${rule.priority} | ${cell(rule.title)} | ${cell(why(rule))} | ${cell(conditions(rule))} | ${cell(sources)} |`;
}

/** The whole page, as `npm run schemas` writes it. */
export function careCodesDoc(): string {
  const sections = (Object.keys(DOMAINS) as CareRule['domain'][]).map((domain) =>
    [
      `## ${DOMAINS[domain]}`,
      '',
      '| code | priority | what to do | when and why | applies to | source |',
      '| --- | --- | --- | --- | --- | --- |',
      ...CARE_RULES.filter((r) => r.domain === domain).map(row),
    ].join('\n'),
  );
  return `<!-- generated from the care rule catalogue (packages/engine/src/care/rules) by \`npm run schemas\`: do not edit by hand -->
# Care recommendation codes

Every recommendation in an assessment's care plan (\`care.recommendations[]\`) carries one of these
codes, a priority (\`urgent\`, \`soon\`, \`routine\`), the reason in words and as data (\`why\`: the
values and the case facts it read, by path), its source and a due date. A care decision (the
\`careDecisions\` of a case file, \`POST /api/v1/patients/{id}/care-decisions\`) names the
recommendation it answers by one of these codes.

${CARE_RULES.length} codes. Sources: the citation, its year, the guideline's grade where it gives one, and in
brackets how the rule was checked: V or R, read in the named source; K, S or M, from memory or a
secondary summary and still to be checked against the source.

${sections.join('\n\n')}
`;
}
