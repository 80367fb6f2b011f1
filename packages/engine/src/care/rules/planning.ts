/**
 * Planning ahead: advance care planning at diagnosis and again at the key stages (first NIV or
 * gastrostomy decision, FVC < 50 %, speech failing, cognitive change, and at least yearly),
 * caregiver support, and the US Medicare hospice criteria for ALS.
 */
import { addMonths, type IsoDate } from '../../common/dates.js';
import { latestDecision } from '../decisions.js';
import {
  activeIntervention,
  activeMedication,
  alsfrsrItem,
  alsfrsrItemsAtMost,
  latestScreening,
  latestVc,
  weightStatus,
} from '../facts.js';
import { WORSENING } from '../measures.js';
import { AAN_2009B, EAN_2024, MEDICARE_HOSPICE_LCD, NEURO_PLANS, NICE_NG42 } from '../sources.js';
import type { CareEnv, TriggerFact } from '../types.js';
import { GASTROSTOMY_CODES, VENTILATION_CODES } from './codes.js';
import { currentSymptoms, diagnosisFact, rules } from './shared.js';

/** Dated events after which the advance care plan should be revisited. */
function acpTriggers(env: CareEnv): TriggerFact[] {
  const { c, asOf, view, settings } = env;
  const out: TriggerFact[] = [];
  for (const kind of ['niv', 'gastrostomy'] as const) {
    const iv = activeIntervention(view, kind);
    if (iv)
      out.push({
        path: `interventions[${iv.index}].startDate`,
        value: kind,
        date: iv.item.startDate,
        note: `${kind} started`,
      });
  }
  for (const code of [...GASTROSTOMY_CODES, 'breathing.niv.offer']) {
    const d = latestDecision(c.careDecisions, code, asOf);
    if (d) out.push({ path: 'careDecisions', value: d.status, date: d.date, note: `decision on ${code}` });
  }
  const vcs = view.indexed.vitalCapacity.filter(({ item }) => item.reliable !== false);
  const latest = latestVc(view);
  if (latest && latest.percent < settings.nivFvcPercentBelow) {
    let since = latest.date;
    for (let i = vcs.length - 1; i >= 0 && vcs[i]!.item.percentPredicted < settings.nivFvcPercentBelow; i--)
      since = vcs[i]!.item.date;
    out.push({
      path: `vitalCapacity[${latest.index}].percentPredicted`,
      value: latest.percent,
      date: since,
      note: 'FVC < 50 %',
    });
  }
  const speech = alsfrsrItemsAtMost(view, ['speech'], 2);
  if (speech)
    out.push({ ...speech.facts[0]!, date: speech.since, note: 'speech failing: plan before communication is lost' });
  const ecas = latestScreening(view, ['ecas']);
  if (ecas && (ecas.item.score <= settings.ecasTotalAtMost || ecas.item.abnormal)) {
    out.push({
      path: `screenings[${ecas.index}].score`,
      value: ecas.item.score,
      date: ecas.item.date,
      note: 'cognitive change: plan before capacity is lost',
    });
  }
  return out;
}

/** ALSFRS-R anchors read as the Medicare "rapid progression" items (independent to dependent within 12 months) [S]. */
function rapidProgression(env: CareEnv): TriggerFact[] | null {
  const records = env.view.indexed.alsfrsr;
  const latest = records.at(-1);
  const yearAgo = addMonths(env.asOf, -12);
  const earlier = records.filter(({ item }) => item.date >= yearAgo && item !== latest?.item);
  if (!latest || earlier.length === 0) return null;
  const steps: [Parameters<typeof alsfrsrItem>[1], number, number, string][] = [
    ['walking', 3, 1, 'independent walking to wheelchair or bed'],
    ['speech', 4, 1, 'normal to barely intelligible speech'],
    ['swallowing', 4, 2, 'normal to puréed diet'],
    ['dressing', 3, 1, 'independent to major help in daily activities'],
  ];
  const facts: TriggerFact[] = [];
  for (const [item, from, to, note] of steps) {
    const was = Math.max(...earlier.map(({ item: r }) => alsfrsrItem(r, item) ?? 0));
    const now = alsfrsrItem(latest.item, item) ?? 4;
    if (was < from || now > to) return null;
    facts.push({
      path: `alsfrsr[${latest.index}].${item}`,
      value: now,
      date: latest.item.date,
      note: `${note} within 12 months`,
    });
  }
  return facts;
}

export const PLANNING_RULES = rules([
  {
    code: 'planning.advanceCarePlan.offer',
    domain: 'planning',
    priority: 'soon',
    title: 'Offer advance care planning',
    reason:
      'Offer advance care planning from diagnosis: preferences on NIV and tracheostomy, gastrostomy, resuscitation, place of death, a proxy, and an advance decision (ADRT/POLST).',
    source: NICE_NG42,
    alsoSee: [{ ...AAN_2009B, level: 'Level U' }, NEURO_PLANS],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) =>
      (env.c.advanceCarePlans ?? []).length > 0
        ? null
        : { triggers: [diagnosisFact(env), { path: 'advanceCarePlans', value: 'none recorded' }] },
  },
  {
    code: 'planning.advanceCarePlan.revisit',
    domain: 'planning',
    priority: 'soon',
    title: 'Revisit the advance care plan',
    reason: (why) => `Revisit the advance care plan: ${why.facts.map((t) => t.note).join('; ')}.`,
    source: NICE_NG42,
    alsoSee: [NEURO_PLANS],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      const last = env.view.indexed.advanceCarePlans.at(-1);
      if (!last) return null;
      const after = acpTriggers(env).filter((t) => t.date !== undefined && t.date > last.item.date);
      if (addMonths(last.item.date, env.settings.advanceCarePlanReviewMonths) <= env.asOf) {
        after.push({
          path: `advanceCarePlans[${last.index}].date`,
          value: last.item.date,
          date: addMonths(last.item.date, env.settings.advanceCarePlanReviewMonths),
          note: `last plan over ${env.settings.advanceCarePlanReviewMonths} months old`,
        });
      }
      if (after.length === 0) return null;
      const since = after
        .map((t) => t.date as IsoDate)
        .sort()
        .at(-1)!;
      return { triggers: after, since };
    },
  },
  {
    code: 'planning.caregiverSupport',
    domain: 'planning',
    priority: 'soon',
    title: 'Support the caregiver: respite, support groups, psychological support',
    reasonParams: (_hit, env) => ({ jurisdiction: env.jurisdiction }),
    reason: (why) =>
      `Caregiver strain: offer respite, support groups and psychological support.${why.params.jurisdiction === 'UK' ? ' Carers have a statutory right to a carer’s assessment.' : ''}`,
    source: NICE_NG42,
    alsoSee: [EAN_2024],
    jurisdictions: 'all',
    requiresDiagnosis: false,
    worsening: [WORSENING.zaritRise],
    trigger: (env) => {
      const facts = currentSymptoms(env, ['caregiverStrain']);
      const zarit = latestScreening(env.view, ['zarit', 'zbi']);
      let value: number | undefined;
      if (zarit && (zarit.item.score >= env.settings.zaritAtLeast || zarit.item.abnormal)) {
        facts.push({
          path: `screenings[${zarit.index}].score`,
          value: zarit.item.score,
          date: zarit.item.date,
          note: `Zarit >= ${env.settings.zaritAtLeast}`,
        });
        value = zarit.item.score;
      }
      return facts.length > 0 ? { triggers: facts, ...(value !== undefined ? { value } : {}) } : null;
    },
  },
  {
    code: 'planning.hospiceEligibility',
    domain: 'planning',
    priority: 'soon',
    title: 'Assess hospice eligibility (Medicare ALS criteria)',
    reason: (why) =>
      `Medicare hospice criteria for ALS may be met: ${why.facts.map((t) => t.note).join('; ')}. A neurologist's evaluation within 3 months of admission is advised by some contractors.`,
    source: MEDICARE_HOSPICE_LCD,
    jurisdictions: ['US'],
    requiresDiagnosis: true,
    trigger: (env) => {
      const { c, asOf, view, settings } = env;
      // (a) Critically impaired breathing: VC < 30 %, dyspnoea at rest, oxygen at rest, and ventilation declined.
      const vc = latestVc(view, true);
      const fr = view.indexed.alsfrsr.at(-1);
      const dyspnoeaAtRest =
        (fr && (alsfrsrItem(fr.item, 'dyspnoea') ?? 4) <= 1) ||
        currentSymptoms(env, ['dyspnoea']).some((f) => f.note?.endsWith('(severe)'));
      const oxygen = activeMedication(view, 'oxygen');
      const declined = VENTILATION_CODES.map((code) => latestDecision(c.careDecisions, code, asOf)).find(
        (d) => d?.status === 'declined',
      );
      if (vc && vc.percent < settings.hospiceVcPercentBelow && dyspnoeaAtRest && oxygen && declined) {
        return {
          triggers: [
            {
              path: `vitalCapacity[${vc.index}].percentPredicted`,
              value: vc.percent,
              date: vc.date,
              note: `(a) vital capacity < ${settings.hospiceVcPercentBelow} %`,
            },
            { path: fr ? `alsfrsr[${fr.index}].dyspnoea` : 'symptoms', value: 'at rest', note: '(a) dyspnoea at rest' },
            { path: `medications[${oxygen.index}].drug`, value: oxygen.item.drug, note: '(a) oxygen at rest' },
            {
              path: 'careDecisions',
              value: 'declined',
              date: declined.date,
              note: `(a) ventilation declined (${declined.code})`,
            },
          ],
        };
      }
      // (b)/(c) Rapid progression with critical nutritional impairment or a life-threatening complication.
      const rapid = rapidProgression(env);
      if (!rapid) return null;
      const w = view.indexed.weights;
      const losing =
        w.length >= 2 && w.at(-1)!.item.weightKg < w.at(-2)!.item.weightKg && weightStatus(view) !== undefined;
      const noFeedingTube = !activeIntervention(view, 'gastrostomy');
      const complications = currentSymptoms(env, ['recurrentChestInfections']);
      const extra: TriggerFact[] = [];
      if (losing && noFeedingTube) {
        extra.push({
          path: `weights[${w.at(-1)!.index}].weightKg`,
          value: w.at(-1)!.item.weightKg,
          date: w.at(-1)!.item.date,
          note: '(b) continuing weight loss without artificial feeding; confirm intake insufficient and dehydration',
        });
      }
      for (const f of complications)
        extra.push({ ...f, note: '(c) recurrent chest infections; confirm recurrent aspiration pneumonia' });
      return extra.length > 0 ? { triggers: [...rapid, ...extra] } : null;
    },
  },
]);
