/**
 * Nutrition: weight loss against premorbid weight, BMI, dysphagia, and gastrostomy: discussed
 * early (EAN 2024), placed before FVC falls below 50 % (AAN 2009a algorithm: > 50 % low risk,
 * 30-50 % moderate, < 30 % high), with RIG or palliative options as breathing fails.
 */
import { addMonths } from '../../common/dates.js';
import { insufficient } from '../../common/result.js';
import { visitIntervalMonths } from '../cadence.js';
import { latestDecision } from '../decisions.js';
import { activeIntervention, alsfrsrItemsAtMost, bodyMassIndex, latestVc, vcTrend, weightStatus } from '../facts.js';
import { WORSENING } from '../measures.js';
import { AAN_2009A, DESPORT_2000, EAN_2024, EFNS_2012, MARIN_2011 } from '../sources.js';
import type { CareEnv, CareReason, CareRule, TriggerFact } from '../types.js';
import { type CareRuleCode, GASTROSTOMY_CODES } from './codes.js';
import { currentSymptoms, round1, rules } from './shared.js';

const DYSPHAGIA_SYMPTOMS = ['dysphagia', 'choking', 'longMeals'] as const;

function weightFacts(env: CareEnv): { loss: number; facts: TriggerFact[] } | undefined {
  const w = weightStatus(env.view);
  if (!w) return undefined;
  const ref =
    w.reference.path === 'patient.premorbidWeightKg'
      ? 'premorbid weight'
      : 'first recorded weight (premorbid not recorded)';
  return {
    loss: w.lossPercent,
    facts: [
      {
        path: w.latest.path,
        value: w.latest.kg,
        date: w.latest.date,
        unit: 'kg',
        note: `${round1(w.lossPercent)} % below ${ref}`,
      },
      {
        path: w.reference.path,
        value: w.reference.kg,
        unit: 'kg',
        ...(w.reference.date ? { date: w.reference.date } : {}),
      },
    ],
  };
}

/** Why a gastrostomy is on the table: weight loss >= 5 %, BMI < 18.5, or dysphagia. */
export function gastrostomyIndication(env: CareEnv): TriggerFact[] {
  const s = env.settings;
  const facts: TriggerFact[] = [];
  const w = weightFacts(env);
  if (w && w.loss >= s.weightLossModeratePercent) facts.push(w.facts[0]!);
  const bmi = bodyMassIndex(env.view);
  if (bmi && bmi.bmi < s.bmiUnderweightBelow) {
    facts.push({
      path: 'weights',
      value: round1(bmi.bmi),
      date: bmi.date,
      unit: 'kg/m2',
      note: `BMI < ${s.bmiUnderweightBelow}`,
    });
  }
  const swallow = alsfrsrItemsAtMost(env.view, ['swallowing'], s.swallowingItemAtMost);
  if (swallow) facts.push(...swallow.facts);
  facts.push(...currentSymptoms(env, DYSPHAGIA_SYMPTOMS));
  return facts;
}

/** Indicated, no gastrostomy yet, and the latest reliable FVC, for the timing rules. */
function timing(env: CareEnv) {
  if (activeIntervention(env.view, 'gastrostomy')) return null;
  const indication = gastrostomyIndication(env);
  if (indication.length === 0) return null;
  return { indication, vc: latestVc(env.view) };
}

const fvcFact = (vc: NonNullable<ReturnType<typeof latestVc>>, note: string): TriggerFact => ({
  path: `vitalCapacity[${vc.index}].percentPredicted`,
  value: vc.percent,
  date: vc.date,
  unit: '% predicted',
  note,
});

const gastrostomyReason = (lead: string) => (why: CareReason) =>
  `${lead} Indication: ${why.facts
    .filter((t) => !t.path.startsWith('vitalCapacity'))
    .map((t) => t.note ?? `${t.value}`)
    .join('; ')}.`;

const weightRule = (
  code: CareRuleCode,
  priority: CareRule['priority'],
  title: string,
  lead: string,
  atLeast: (env: CareEnv) => number,
  below: (env: CareEnv) => number,
  source: CareRule['source'],
): CareRule => ({
  code,
  domain: 'nutrition',
  priority,
  title,
  reason: (why) => `${why.facts[0]?.note}: ${lead}`,
  source,
  alsoSee: [AAN_2009A],
  jurisdictions: 'all',
  requiresDiagnosis: true,
  worsening: [WORSENING.weightLossRise],
  trigger: (env) => {
    const w = weightFacts(env);
    if (!w || w.loss < atLeast(env) || w.loss >= below(env)) return null;
    return { triggers: w.facts, value: round1(w.loss) };
  },
});

export const NUTRITION_RULES = rules([
  weightRule(
    'nutrition.weightLossModerate',
    'soon',
    'Dietitian review for weight loss of 5 % or more; raise gastrostomy',
    'high-calorie, high-protein diet and supplements; each 5 % loss of usual weight raises mortality; raise the gastrostomy discussion.',
    (env) => env.settings.weightLossModeratePercent,
    (env) => env.settings.weightLossSeverePercent,
    MARIN_2011,
  ),
  weightRule(
    'nutrition.weightLossSevere',
    'urgent',
    'Weight loss of 10 % or more: recommend gastrostomy',
    'weight loss over 10 % (with bulbar symptoms) is the EFNS indication for gastrostomy; early placement is favoured.',
    (env) => env.settings.weightLossSeverePercent,
    () => Number.POSITIVE_INFINITY,
    { ...EFNS_2012, verification: 'V' },
  ),
  {
    code: 'nutrition.lowBmi',
    domain: 'nutrition',
    priority: 'urgent',
    title: 'BMI below 18.5: malnutrition, recommend gastrostomy',
    reason: (why) =>
      `BMI ${why.params.value} kg/m2 is in the malnutrition range (below 18.5-20), an independent poor prognostic factor.`,
    source: DESPORT_2000,
    alsoSee: [EFNS_2012],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.bmiFall],
    trigger: (env) => {
      const bmi = bodyMassIndex(env.view);
      if (!bmi || bmi.bmi >= env.settings.bmiUnderweightBelow) return null;
      return {
        triggers: [
          {
            path: 'patient.heightCm',
            value: env.c.patient.heightCm!,
            unit: 'cm',
            date: bmi.date,
            note: `BMI ${round1(bmi.bmi)}`,
          },
        ],
        value: round1(bmi.bmi),
      };
    },
  },
  {
    code: 'nutrition.dysphagia',
    domain: 'nutrition',
    priority: 'soon',
    title: 'Swallow assessment by SLT; texture advice; nutrition education including gastrostomy',
    reason:
      'Dysphagia: refer to the speech and language therapist and dietitian (VFSS/FEES when needed), adapt textures and fluids, and explain gastrostomy.',
    source: AAN_2009A,
    alsoSee: [EAN_2024],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.swallowingFall],
    trigger: (env) => {
      const item = alsfrsrItemsAtMost(env.view, ['swallowing'], env.settings.swallowingItemAtMost);
      const symptoms = currentSymptoms(env, DYSPHAGIA_SYMPTOMS);
      if (!item && symptoms.length === 0) return null;
      return {
        triggers: [...(item?.facts ?? []), ...symptoms],
        ...(item ? { value: item.worst, since: item.since } : {}),
      };
    },
  },
  {
    code: 'nutrition.gastrostomy.discuss',
    domain: 'nutrition',
    priority: 'routine',
    title: 'Discuss gastrostomy early',
    reason: 'Discuss gastrostomy at an early stage: the benefits of early placement and the risks of a late one.',
    source: EAN_2024,
    alsoSee: [AAN_2009A],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      if (activeIntervention(env.view, 'gastrostomy')) return null;
      const discussed = (env.c.advanceCarePlans ?? []).some((p) => (p.topics ?? []).includes('gastrostomy'));
      return discussed ? null : { triggers: [{ path: 'advanceCarePlans', value: 'gastrostomy not discussed' }] };
    },
  },
  {
    code: 'nutrition.gastrostomy.beforeFvcBelow50',
    domain: 'nutrition',
    priority: 'urgent',
    title: 'Place the gastrostomy now, before FVC falls below 50 %',
    reason: gastrostomyReason(
      'FVC is nearing 50 %, below which procedural risk rises: place the gastrostomy while FVC is above 50 %.',
    ),
    source: AAN_2009A,
    alsoSee: [EFNS_2012],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.fvcFall],
    trigger: (env) => {
      const t = timing(env);
      if (!t) return null;
      const s = env.settings;
      if (!t.vc) return insufficient(['vitalCapacity'], 'gastrostomy timing is judged against FVC');
      if (t.vc.percent < s.gastrostomyFvcLowRiskAtLeastPercent) return null;
      const nextVisit = addMonths(env.asOf, visitIntervalMonths(env.ctx, s));
      const trend = vcTrend(env.view, nextVisit, s.fvcTrendPoints, s.fvcTrendSpanMonths);
      const near = t.vc.percent < s.gastrostomyFvcWarnBelowPercent;
      const crossing = trend !== undefined && trend.projectedPercent < s.gastrostomyFvcLowRiskAtLeastPercent;
      if (!near && !crossing) return null;
      const triggers = [fvcFact(t.vc, near ? `FVC < ${s.gastrostomyFvcWarnBelowPercent} %` : 'FVC')];
      if (crossing) {
        triggers.push({
          path: 'vitalCapacity',
          value: round1(trend.projectedPercent),
          date: nextVisit,
          unit: '% predicted',
          note: `projected at the next visit (${round1(trend.slopePercentPerMonth)} %/month over ${trend.points.length} tests)`,
        });
      }
      return { triggers: [...triggers, ...t.indication], value: t.vc.percent };
    },
  },
  {
    code: 'nutrition.gastrostomy.radiological',
    domain: 'nutrition',
    priority: 'soon',
    title: 'Gastrostomy with FVC 30-50 %: prefer RIG/PIG or PEG with NIV support',
    reason: gastrostomyReason(
      'FVC 30-50 %: gastrostomy is still possible but riskier; prefer radiological (RIG) or per-oral image-guided placement, or PEG with NIV support, an anaesthetic assessment and an experienced team.',
    ),
    source: AAN_2009A,
    alsoSee: [EFNS_2012],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.fvcFall],
    trigger: (env) => {
      const t = timing(env);
      const s = env.settings;
      if (!t?.vc) return null;
      if (t.vc.percent >= s.gastrostomyFvcLowRiskAtLeastPercent || t.vc.percent < s.gastrostomyFvcHighRiskBelowPercent)
        return null;
      return { triggers: [fvcFact(t.vc, 'FVC 30-50 %'), ...t.indication], value: t.vc.percent };
    },
  },
  {
    code: 'nutrition.gastrostomy.palliativeOptions',
    domain: 'nutrition',
    priority: 'soon',
    title: 'Offer palliative nutrition options',
    reason: gastrostomyReason(
      'FVC below 30 % or gastrostomy declined: offer oral intake as tolerated, nasogastric feeding for short-term or palliative use, and palliative hydration; document the goals.',
    ),
    source: AAN_2009A,
    alsoSee: [EFNS_2012],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      const t = timing(env);
      if (!t) return null;
      const triggers: TriggerFact[] = [];
      if (t.vc && t.vc.percent < env.settings.gastrostomyFvcHighRiskBelowPercent)
        triggers.push(fvcFact(t.vc, 'FVC < 30 %'));
      for (const code of GASTROSTOMY_CODES) {
        const d = latestDecision(env.c.careDecisions, code, env.asOf);
        if (d?.status === 'declined')
          triggers.push({
            path: 'careDecisions',
            value: 'declined',
            date: d.date,
            note: `gastrostomy declined (${code})`,
          });
      }
      return triggers.length > 0 ? { triggers: [...triggers, ...t.indication] } : null;
    },
  },
]);
