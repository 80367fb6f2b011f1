/**
 * The multidisciplinary team: the specialist clinic (AAN 2009b Level B), referrals by discipline
 * and trigger (care reference M4 matrix), and the visit cadence (every ~3 months, shorter for
 * fast progressors). A referral recorded as 'done' returns when a new trigger run begins after it.
 */
import { addMonths, type IsoDate } from '../../common/dates.js';
import type { Source } from '../../common/source.js';
import { isFastProgressor, visitIntervalMonths } from '../cadence.js';
import { latestDecision } from '../decisions.js';
import {
  activeIntervention,
  alsfrsrItemsAtMost,
  bodyMassIndex,
  lastVisitDate,
  latestVc,
  weightLossSince,
  weightStatus,
} from '../facts.js';
import { AAN_2009A, AAN_2009B, EAN_2024, NICE_NG42, NICE_QS126 } from '../sources.js';
import type { CareEnv, CareRule, Priority, TriggerFact } from '../types.js';
import { nivCriteriaMet } from './breathing.js';
import { GASTROSTOMY_CODES, type ReferralDiscipline } from './codes.js';
import { currentSymptoms, diagnosisFact, laterDate, round1, rules } from './shared.js';

/** The M4 referral matrix is synthesised from these guidelines; its exact thresholds are [M]. */
const REFERRAL_MATRIX: Source = Object.freeze({
  cite: 'AAN 2009a/b, NICE NG42, EAN 2024 (referral matrix)',
  year: 2024,
  detail: 'Referral triggers by discipline, synthesised in the care reference (M4)',
  verification: 'M',
});

interface Condition {
  facts: TriggerFact[];
  since?: IsoDate;
}

const none: Condition = { facts: [] };

function itemCondition(env: CareEnv, items: Parameters<typeof alsfrsrItemsAtMost>[1], atMost: number): Condition {
  const r = alsfrsrItemsAtMost(env.view, items, atMost);
  return r ? { facts: r.facts, since: r.since } : none;
}

function weightCondition(env: CareEnv, atLeastPercent: number): Condition {
  const w = weightStatus(env.view);
  if (!w || w.lossPercent < atLeastPercent) return none;
  const since = weightLossSince(env.view, atLeastPercent);
  return {
    facts: [
      {
        path: w.latest.path,
        value: w.latest.kg,
        date: w.latest.date,
        unit: 'kg',
        note: `${round1(w.lossPercent)} % weight loss`,
      },
    ],
    ...(since ? { since } : {}),
  };
}

interface Referral {
  discipline: ReferralDiscipline;
  title: string;
  priority: Priority;
  /** Referred at diagnosis as well as on the triggers. */
  atDiagnosis: boolean;
  conditions: (env: CareEnv) => Condition[];
  source?: Source;
}

const REFERRALS: readonly Referral[] = [
  {
    discipline: 'speechAndLanguage',
    title: 'Refer to speech and language therapy (swallow and communication)',
    priority: 'soon',
    atDiagnosis: false,
    conditions: (env) => [
      itemCondition(env, ['speech', 'swallowing'], 3),
      { facts: currentSymptoms(env, ['dysphagia', 'choking']) },
    ],
  },
  {
    discipline: 'dietitian',
    title: 'Refer to the dietitian',
    priority: 'soon',
    atDiagnosis: true,
    conditions: (env) => {
      const bmi = bodyMassIndex(env.view);
      return [
        weightCondition(env, env.settings.weightLossModeratePercent),
        bmi && bmi.bmi < env.settings.dietitianBmiBelow
          ? {
              facts: [
                {
                  path: 'weights',
                  value: round1(bmi.bmi),
                  date: bmi.date,
                  unit: 'kg/m2',
                  note: `BMI < ${env.settings.dietitianBmiBelow}`,
                },
              ],
            }
          : none,
      ];
    },
  },
  {
    discipline: 'physiotherapy',
    title: 'Refer to physiotherapy',
    priority: 'routine',
    atDiagnosis: true,
    conditions: (env) => [itemCondition(env, ['walking'], 3), { facts: currentSymptoms(env, ['falls']) }],
  },
  {
    discipline: 'occupationalTherapy',
    title: 'Refer to occupational therapy',
    priority: 'routine',
    atDiagnosis: false,
    conditions: (env) => [itemCondition(env, ['handwriting', 'cutting', 'dressing'], 2)],
  },
  {
    discipline: 'respiratory',
    title: 'Refer to the respiratory (ventilation) service',
    priority: 'soon',
    atDiagnosis: true,
    source: NICE_QS126,
    conditions: (env) => [{ facts: activeIntervention(env.view, 'niv') ? [] : nivCriteriaMet(env) }],
  },
  {
    discipline: 'socialWork',
    title: 'Refer to social work (benefits, work, insurance, equipment)',
    priority: 'routine',
    atDiagnosis: true,
    conditions: () => [],
  },
  {
    discipline: 'psychology',
    title: 'Refer to psychology',
    priority: 'soon',
    atDiagnosis: false,
    source: EAN_2024,
    conditions: (env) => [
      { facts: currentSymptoms(env, ['depression', 'anxiety', 'caregiverStrain', 'pseudobulbarAffect']) },
    ],
  },
  {
    discipline: 'palliativeCare',
    title: 'Involve specialist palliative care',
    priority: 'soon',
    atDiagnosis: false,
    source: NICE_NG42,
    conditions: (env) => palliativeTriggers(env),
  },
  {
    discipline: 'gastrostomyService',
    title: 'Refer to gastroenterology or interventional radiology for gastrostomy placement',
    priority: 'soon',
    atDiagnosis: false,
    conditions: (env) => {
      if (activeIntervention(env.view, 'gastrostomy')) return [];
      return GASTROSTOMY_CODES.map((code) => {
        const d = latestDecision(env.c.careDecisions, code, env.asOf);
        return d?.status === 'accepted'
          ? {
              facts: [{ path: 'careDecisions', value: 'accepted', date: d.date, note: `gastrostomy agreed (${code})` }],
              since: d.date,
            }
          : none;
      });
    },
  },
];

/** Palliative care at the latest at the first of: NIV or gastrostomy, FVC < 50 %, weight loss >= 10 %, a severe symptom. */
function palliativeTriggers(env: CareEnv): Condition[] {
  const out: Condition[] = [];
  for (const kind of ['niv', 'gastrostomy'] as const) {
    const iv = activeIntervention(env.view, kind);
    if (iv)
      out.push({
        facts: [{ path: `interventions[${iv.index}].kind`, value: kind, date: iv.item.startDate }],
        since: iv.item.startDate,
      });
  }
  const vc = latestVc(env.view);
  if (vc && vc.percent < env.settings.nivFvcPercentBelow) {
    out.push({
      facts: [
        { path: `vitalCapacity[${vc.index}].percentPredicted`, value: vc.percent, date: vc.date, note: 'FVC < 50 %' },
      ],
    });
  }
  out.push(weightCondition(env, env.settings.weightLossSeverePercent));
  const severe = env.view.indexed.symptoms
    .filter(({ item }) => item.severity === 'severe' && item.date >= addMonths(env.asOf, -3))
    .map(({ item, index }) => ({
      path: `symptoms[${index}].severity`,
      value: 'severe',
      date: item.date,
      note: item.symptom,
    }));
  out.push({ facts: severe });
  return out;
}

const DIAGNOSIS_PATHS = ['ctx.alsDiagnosed', 'history.diagnosisDate'];

function referralRule(r: Referral): CareRule {
  return {
    code: `team.refer.${r.discipline}`,
    domain: 'team',
    priority: r.priority,
    title: r.title,
    reason: (why) => {
      const atDiagnosisOnly = why.facts.length === 1 && DIAGNOSIS_PATHS.includes(why.facts[0]!.path);
      return atDiagnosisOnly
        ? `${r.title}: part of the team from diagnosis.`
        : `${r.title}: ${why.facts.map((t) => t.note?.split(' [')[0] ?? `${t.path} ${t.value}`).join('; ')}.`;
    },
    source: r.source ?? REFERRAL_MATRIX,
    alsoSee: [{ ...AAN_2009B, level: 'Level B (multidisciplinary care)' }],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      const met = r.conditions(env).filter((k) => k.facts.length > 0);
      if (met.length === 0 && !r.atDiagnosis) return null;
      const since = met
        .map((k) => k.since)
        .filter((d): d is IsoDate => d !== undefined)
        .sort()
        .at(-1);
      const facts = met.length > 0 ? met.flatMap((k) => k.facts) : [diagnosisFact(env)];
      return { triggers: facts, ...(since ? { since } : {}) };
    },
  };
}

export const TEAM_RULES = rules([
  {
    code: 'team.multidisciplinaryClinic',
    domain: 'team',
    priority: 'soon',
    title: 'Refer to a specialist multidisciplinary ALS/MND clinic',
    reason: 'Specialist multidisciplinary care should be considered to improve care and prolong survival (Level B).',
    source: { ...AAN_2009B, level: 'Level B' },
    alsoSee: [EAN_2024, NICE_NG42],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => ({ triggers: [diagnosisFact(env)] }),
  },
  ...REFERRALS.map(referralRule),
  {
    code: 'team.visitCadence',
    domain: 'team',
    priority: 'routine',
    title: 'Book the next clinic visit',
    reasonParams: (hit, env) => ({
      ...(hit.value !== undefined ? { value: hit.value } : {}),
      ...(hit.due !== undefined ? { due: hit.due } : {}),
      fastProgressor: isFastProgressor(env.ctx, env.settings),
      intervalMonths: isFastProgressor(env.ctx, env.settings)
        ? env.settings.fastProgressorVisitIntervalMonths
        : env.settings.visitIntervalMonths,
    }),
    reason: ({ params }) =>
      params.fastProgressor
        ? `Fast progression (ΔFS ${typeof params.value === 'number' ? round1(params.value) : params.value} points/month): see every ${params.intervalMonths} months.`
        : `Clinic visits every ${params.intervalMonths} months, shorter for fast progressors or after major changes.`,
    source: AAN_2009A,
    alsoSee: [NICE_QS126],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      const last = lastVisitDate(env.view);
      const months = visitIntervalMonths(env.ctx, env.settings);
      const due = last ? addMonths(last, months) : env.asOf;
      const rate = env.ctx.progressionRatePerMonth;
      const triggers: TriggerFact[] = [{ path: 'lastVisit', value: last ?? 'none', note: `every ${months} months` }];
      if (typeof rate === 'number')
        triggers.push({ path: 'ctx.progressionRatePerMonth', value: rate, unit: 'points/month' });
      return { triggers, due: laterDate(due, env.asOf), ...(typeof rate === 'number' ? { value: rate } : {}) };
    },
  },
]);
