/**
 * Label restrictions that differ by jurisdiction, as data beside the approval table: a national
 * label that advises against starting a drug below a given FVC, or contraindicates it above a
 * liver-test threshold. The interpreter reads them for every drug offer and shows each one that
 * applies (or cannot be checked) as a caution on the offer, with the label cited.
 */
import type { Source } from '../common/source.js';
import type { DmtDrug, Formulation } from './approvals.js';
import { latestLab, latestVc } from './facts.js';
import { RADICUT_ORAL_JP_LABEL, RILUTEK_SMPC, RILUZOLE_JP_LABEL } from './sources.js';
import type { CareEnv, Jurisdiction, TriggerFact } from './types.js';

/** What the label asks. */
export type LabelAdvice = 'doNotStart' | 'contraindicated' | 'benefitNotEstablished';

export type LabelRestrictionCode =
  | 'riluzole.jp.fvcBelow60'
  | 'riluzole.eu.aminotransferasesAbove3xUln'
  | 'edaravone.jp.fvcBelow70';

export interface LabelRestriction {
  code: LabelRestrictionCode;
  drug: DmtDrug;
  jurisdiction: Jurisdiction;
  /** Absent: every formulation of the drug. */
  formulation?: Formulation;
  measure: 'fvcPercentPredicted' | 'aminotransferaseTimesUln';
  /** The restriction applies below this value (FVC) ... */
  below?: number;
  /** ... or above it (ALT/AST as a multiple of ULN, before treatment). */
  above?: number;
  advice: LabelAdvice;
  /** What the label says, in a clinician's words. */
  text: string;
  source: Source;
}

export const LABEL_RESTRICTIONS: readonly LabelRestriction[] = [
  {
    code: 'riluzole.jp.fvcBelow60',
    drug: 'riluzole',
    jurisdiction: 'JP',
    measure: 'fvcPercentPredicted',
    below: 60,
    advice: 'doNotStart',
    text: 'the Japanese label says not to give riluzole when FVC has fallen below 60 % of predicted, as no effect can be expected',
    source: RILUZOLE_JP_LABEL,
  },
  {
    code: 'riluzole.eu.aminotransferasesAbove3xUln',
    drug: 'riluzole',
    jurisdiction: 'EU',
    measure: 'aminotransferaseTimesUln',
    above: 3,
    advice: 'contraindicated',
    text: 'the EU SmPC contraindicates riluzole in hepatic disease or with baseline transaminases above 3 x ULN',
    source: RILUTEK_SMPC,
  },
  {
    code: 'edaravone.jp.fvcBelow70',
    drug: 'edaravone',
    jurisdiction: 'JP',
    formulation: 'oral',
    measure: 'fvcPercentPredicted',
    below: 70,
    advice: 'benefitNotEstablished',
    text: 'the Japanese label says efficacy and safety are not established with FVC below 70 % of predicted (or ALS severity grade 4 or more): weigh risk and benefit',
    source: RADICUT_ORAL_JP_LABEL,
  },
];

/** A label restriction that applies to this patient, or that could not be checked. */
export interface LabelCaution {
  code: LabelRestrictionCode;
  advice: LabelAdvice;
  /** 'applies': the measure is past the threshold; 'unchecked': the measure is not recorded. */
  finding: 'applies' | 'unchecked';
  text: string;
  source: Source;
  facts: readonly TriggerFact[];
}

function measured(r: LabelRestriction, env: CareEnv): { value: number; fact: TriggerFact } | undefined {
  if (r.measure === 'fvcPercentPredicted') {
    const vc = latestVc(env.view);
    if (!vc) return undefined;
    return {
      value: vc.percent,
      fact: {
        path: `vitalCapacity[${vc.index}].percentPredicted`,
        value: vc.percent,
        date: vc.date,
        unit: '%',
        note: `FVC ${vc.percent} %`,
      },
    };
  }
  // Before treatment: the worst recorded ALT or AST as a multiple of its upper limit.
  let worst: { value: number; fact: TriggerFact } | undefined;
  for (const test of ['alt', 'ast']) {
    const lab = latestLab(env.view, [test]);
    const uln = lab?.item.upperLimitOfNormal;
    if (!lab || uln === undefined || uln <= 0) continue;
    const value = lab.item.value / uln;
    if (!worst || value > worst.value) {
      const note = `${test.toUpperCase()} ${Math.round(value * 10) / 10} x ULN`;
      worst = { value, fact: { path: `labs[${lab.index}].value`, value: lab.item.value, date: lab.item.date, note } };
    }
  }
  return worst;
}

/**
 * The label cautions for offering `drug` here on asOf, restricted to the formulations being
 * offered (a restriction on one formulation is shown only when that formulation is offered).
 */
export function labelCautions(
  drug: DmtDrug,
  env: CareEnv,
  offeredFormulations: readonly Formulation[] = [],
  restrictions: readonly LabelRestriction[] = LABEL_RESTRICTIONS,
): LabelCaution[] {
  const out: LabelCaution[] = [];
  for (const r of restrictions) {
    if (r.drug !== drug || r.jurisdiction !== env.jurisdiction) continue;
    if (r.formulation !== undefined && !offeredFormulations.includes(r.formulation)) continue;
    const m = measured(r, env);
    const base = { code: r.code, advice: r.advice, text: r.text, source: r.source };
    if (!m) {
      out.push({ ...base, finding: 'unchecked', facts: [] });
      continue;
    }
    const past = (r.below !== undefined && m.value < r.below) || (r.above !== undefined && m.value > r.above);
    if (past) out.push({ ...base, finding: 'applies', facts: [m.fact] });
  }
  return out;
}

/** One caution as a sentence for the reason text. */
export function cautionSentence(c: LabelCaution): string {
  const what =
    c.finding === 'applies'
      ? c.facts.map((f) => f.note).join(', ')
      : `${c.code.includes('fvc') ? 'FVC' : 'ALT/AST'} not recorded`;
  return `Caution (${c.source.cite}): ${what}; ${c.text}.`;
}

/** A reason's text followed by its label cautions, one sentence each. */
export function withCautions(text: string, cautions: readonly LabelCaution[] | undefined): string {
  return cautions && cautions.length > 0 ? `${text} ${cautions.map(cautionSentence).join(' ')}` : text;
}
