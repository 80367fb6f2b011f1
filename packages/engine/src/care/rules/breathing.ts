/**
 * Breathing: NIV criteria (CMS respiratory assist device criteria as used by AAN 2009a; SNIP and
 * orthopnoea from AAN 2009a; the European composite of Leigh 2003), unreliable FVC in bulbar
 * weakness, cough assistance by peak cough flow, tracheostomy discussion, NIV adherence.
 */
import type { Source } from '../../common/source.js';
import { activeIntervention, activeMedication, alsfrsrItemsAtMost, latestRespiratory, latestVc } from '../facts.js';
import { type TriggerMeasure, WORSENING } from '../measures.js';
import { AAN_2009A, CMS_RAD, LEIGH_2003, NEURO_PLANS, NICE_QS126, NIV4MND } from '../sources.js';
import type { CareEnv, TriggerFact } from '../types.js';
import { currentSymptoms, rules } from './shared.js';

export interface NivCriterion {
  id: string;
  label: string;
  source: Source;
  /** The clinical measure the criterion reads, so a declined offer returns when it worsens. */
  measure?: TriggerMeasure;
  /** The fact meeting the criterion, or null. */
  test: (env: CareEnv) => TriggerFact | null;
}

const RESPIRATORY_SYMPTOMS = [
  'dyspnoea',
  'orthopnoea',
  'morningHeadache',
  'daytimeSleepiness',
  'weakCough',
  'recurrentChestInfections',
] as const;

function respiratorySymptom(env: CareEnv): TriggerFact | null {
  const items = alsfrsrItemsAtMost(env.view, ['dyspnoea', 'orthopnoea', 'respiratoryInsufficiency'], 3);
  if (items) return items.facts[0]!;
  return currentSymptoms(env, RESPIRATORY_SYMPTOMS)[0] ?? null;
}

function measure(env: CareEnv, key: Parameters<typeof latestRespiratory>[1], ok: (v: number) => boolean, note: string) {
  const r = latestRespiratory(env.view, key);
  return r && ok(r.value) ? { path: r.path, value: r.value, date: r.date, note } : null;
}

/** Any one is enough to offer NIV (care reference §2.2, N1-N7). */
export const NIV_CRITERIA: readonly NivCriterion[] = [
  {
    id: 'fvc',
    label: 'FVC below 50 % predicted',
    source: CMS_RAD,
    measure: 'fvcPercentPredicted',
    test: (env) => {
      const vc = latestVc(env.view);
      if (!vc || vc.percent >= env.settings.nivFvcPercentBelow) return null;
      return {
        path: `vitalCapacity[${vc.index}].percentPredicted`,
        value: vc.percent,
        date: vc.date,
        unit: '% predicted',
        note: `${vc.record.kind} ${vc.record.posture} < ${env.settings.nivFvcPercentBelow} %`,
      };
    },
  },
  {
    id: 'mip',
    label: 'MIP weaker than 60 cmH2O',
    source: CMS_RAD,
    measure: 'mipCmH2O',
    test: (env) =>
      measure(
        env,
        'mipCmH2O',
        (v) => v < env.settings.nivMipCmH2OBelow,
        `MIP weaker than -${env.settings.nivMipCmH2OBelow} cmH2O`,
      ),
  },
  {
    id: 'snip',
    label: 'SNIP below 40 cmH2O',
    source: AAN_2009A,
    measure: 'snipCmH2O',
    test: (env) =>
      measure(
        env,
        'snipCmH2O',
        (v) => v < env.settings.nivSnipCmH2OBelow,
        `SNIP < ${env.settings.nivSnipCmH2OBelow} cmH2O`,
      ),
  },
  {
    id: 'nocturnalDesaturation',
    label: 'Nocturnal SpO2 <= 88 % for 5 minutes or more',
    source: CMS_RAD,
    measure: 'nocturnalSpo2At88Minutes',
    test: (env) =>
      measure(
        env,
        'nocturnalSpo2At88MinutesContinuous',
        (v) => v >= env.settings.nivNocturnalDesaturationMinutesAtLeast,
        `SpO2 <= 88 % for >= ${env.settings.nivNocturnalDesaturationMinutesAtLeast} min`,
      ),
  },
  {
    id: 'paco2',
    label: 'Awake PaCO2 45 mmHg or more',
    source: CMS_RAD,
    measure: 'paco2MmHg',
    test: (env) =>
      measure(
        env,
        'paco2MmHg',
        (v) => v >= env.settings.nivPaco2MmHgAtLeast,
        `PaCO2 >= ${env.settings.nivPaco2MmHgAtLeast} mmHg`,
      ),
  },
  {
    id: 'orthopnoea',
    label: 'Orthopnoea',
    source: AAN_2009A,
    measure: 'orthopnoeaItem',
    test: (env) => {
      const items = alsfrsrItemsAtMost(env.view, ['orthopnoea'], env.settings.orthopnoeaItemAtMost);
      if (items) return items.facts[0]!;
      return currentSymptoms(env, ['orthopnoea'])[0] ?? null;
    },
  },
  {
    // Under the default thresholds this never fires alone (its gas limbs imply the CMS ones); it
    // is kept so the European/NICE reading shows in the trace and survives a clinic's changes.
    id: 'europeanComposite',
    label: 'Symptom + (FVC <= 80 % or SNIP <= 40) + (nocturnal desaturation or morning PaCO2 >= 6.5 kPa)',
    source: LEIGH_2003,
    test: (env) => {
      const s = env.settings;
      const symptom = respiratorySymptom(env);
      const vc = latestVc(env.view);
      const muscle =
        (vc && vc.percent <= s.compositeFvcPercentAtMost) ||
        measure(env, 'snipCmH2O', (v) => v <= s.compositeSnipCmH2OAtMost, '') !== null;
      const gas =
        measure(env, 'nocturnalSpo2At88MinutesContinuous', (v) => v >= s.nivNocturnalDesaturationMinutesAtLeast, '') ??
        measure(env, 'paco2MmHg', (v) => v >= s.compositeMorningPaco2MmHgAtLeast, '');
      if (!symptom || !muscle || !gas) return null;
      return { ...symptom, note: 'European composite: symptom + muscle weakness + gas exchange' };
    },
  },
];

/** The NIV criteria met on asOf, each with the fact that meets it. */
function metCriteria(env: CareEnv): { criterion: NivCriterion; fact: TriggerFact }[] {
  const met: { criterion: NivCriterion; fact: TriggerFact }[] = [];
  for (const k of NIV_CRITERIA) {
    const f = k.test(env);
    if (f)
      met.push({ criterion: k, fact: { ...f, note: `${k.label} [${k.source.cite}]${f.note ? `: ${f.note}` : ''}` } });
  }
  return met;
}

/** The NIV criteria met on asOf, as trigger facts (each note names its criterion). */
export function nivCriteriaMet(env: CareEnv): TriggerFact[] {
  return metCriteria(env).map((m) => m.fact);
}

/**
 * Today's value of each NIV criterion's measure, for comparison with a declined offer. FVC is
 * given whenever measured, met or not: it is the measure a clinic follows (and the one a new
 * decision stores), so a later fall in it re-raises the offer even when another criterion met
 * first. The count of criteria met is kept for decisions stored before measures were named.
 */
function nivMeasures(env: CareEnv, met: ReturnType<typeof metCriteria>): Partial<Record<TriggerMeasure, number>> {
  const out: Partial<Record<TriggerMeasure, number>> = { nivCriteriaMet: met.length };
  for (const { criterion, fact } of met) {
    if (criterion.measure && typeof fact.value === 'number') out[criterion.measure] = fact.value;
  }
  const vc = latestVc(env.view);
  if (vc) out.fvcPercentPredicted = vc.percent;
  return out;
}

const ventilated = (env: CareEnv) =>
  activeIntervention(env.view, 'niv') ??
  activeIntervention(env.view, 'tracheostomy') ??
  activeIntervention(env.view, 'invasiveVentilation');

function peakCoughFlowBand(env: CareEnv, atLeast: number, below: number) {
  if (activeIntervention(env.view, 'coughAssist')) return null;
  const pcf = latestRespiratory(env.view, 'peakCoughFlowLPerMin');
  if (!pcf || pcf.value < atLeast || pcf.value >= below) return null;
  return { triggers: [{ path: pcf.path, value: pcf.value, date: pcf.date, unit: 'L/min' }], value: pcf.value };
}

export const BREATHING_RULES = rules([
  {
    code: 'breathing.niv.offer',
    domain: 'breathing',
    priority: 'urgent',
    title: 'Offer non-invasive ventilation (bilevel) and refer to the ventilation service',
    reason: (why) =>
      `NIV criteria met: ${why.facts.map((t) => t.note?.split(' [')[0]).join('; ')}. NIV prolongs survival (Level B) and may improve quality of life; severe bulbar weakness is not a reason to withhold it.`,
    source: { ...AAN_2009A, level: 'Level B' },
    alsoSee: [CMS_RAD, LEIGH_2003, NICE_QS126],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    // "Worse" is per criterion, in its own unit: a declined offer at FVC 48 % returns at 43 %
    // (issue 8, defect 4: counting criteria met missed a deeper fall in the same criterion).
    worsening: [
      WORSENING.fvcFall,
      WORSENING.snipFall,
      WORSENING.mipFall,
      WORSENING.paco2Rise,
      WORSENING.desaturationRise,
      WORSENING.orthopnoeaFall,
      WORSENING.nivCriterionAdded,
    ],
    untaggedMeasure: 'nivCriteriaMet',
    trigger: (env) => {
      if (ventilated(env)) return null;
      const met = metCriteria(env);
      if (met.length === 0) return null;
      const measures = nivMeasures(env, met);
      return {
        triggers: met.map((m) => m.fact),
        ...(measures.fvcPercentPredicted !== undefined ? { value: measures.fvcPercentPredicted } : {}),
        measures,
      };
    },
  },
  {
    code: 'breathing.fvcUnreliable',
    domain: 'breathing',
    priority: 'soon',
    title: 'FVC unreliable: use SNIP, symptoms and overnight oximetry instead',
    reason:
      'The latest vital capacity is flagged unreliable (e.g. poor mouth seal in bulbar weakness) and no SNIP was measured since: do not treat it as normal; measure SNIP and check nocturnal oximetry or capnography.',
    source: NIV4MND,
    alsoSee: [{ ...AAN_2009A, level: 'Level C (SNP, oximetry)' }],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      const last = latestVc(env.view, true);
      if (last?.record.reliable !== false) return null;
      const snip = latestRespiratory(env.view, 'snipCmH2O');
      if (snip !== undefined && snip.date >= last.date) return null;
      return {
        triggers: [{ path: `vitalCapacity[${last.index}].reliable`, value: false, date: last.date }],
        since: last.date,
      };
    },
  },
  {
    code: 'breathing.coughAssist',
    domain: 'breathing',
    priority: 'soon',
    title: 'Start mechanical insufflation-exsufflation (cough assist) and train the carer',
    reason: (why) =>
      `Peak cough flow ${why.params.value} L/min is below 270 L/min: MI-E may be considered, especially during chest infections (Level C).`,
    source: { ...AAN_2009A, level: 'Level C' },
    alsoSee: [NEURO_PLANS],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.peakCoughFlowFall],
    trigger: (env) =>
      peakCoughFlowBand(
        env,
        env.settings.peakCoughFlowIneffectiveBelowLPerMin,
        env.settings.peakCoughFlowAssistBelowLPerMin,
      ),
  },
  {
    code: 'breathing.coughIneffective',
    domain: 'breathing',
    priority: 'urgent',
    title: 'Cough ineffective: assisted cough now, consider a suction device',
    reason: (why) =>
      `Peak cough flow ${why.params.value} L/min is below 160 L/min (2.7 L/s), the level below which cough does not clear secretions: start assisted cough (MI-E) and consider suction.`,
    source: { ...AAN_2009A, level: 'Level C' },
    alsoSee: [NEURO_PLANS],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.peakCoughFlowFall],
    trigger: (env) =>
      peakCoughFlowBand(env, Number.NEGATIVE_INFINITY, env.settings.peakCoughFlowIneffectiveBelowLPerMin),
  },
  {
    code: 'breathing.tracheostomyDiscussion',
    domain: 'breathing',
    priority: 'soon',
    title: 'Discuss tracheostomy ventilation and record the decision in the advance care plan',
    reason:
      'On NIV: discuss invasive ventilation (benefits, burdens, 24-hour care, cost) and record the choice; TIV may be considered for those who want long-term support (Level C).',
    source: { ...AAN_2009A, level: 'Level C' },
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.nivHoursRise],
    trigger: (env) => {
      const niv = activeIntervention(env.view, 'niv');
      if (!niv) return null;
      if (activeIntervention(env.view, 'tracheostomy') || activeIntervention(env.view, 'invasiveVentilation'))
        return null;
      const hours = niv.item.hoursPerDay;
      const discussed = (env.c.advanceCarePlans ?? []).some(
        (p) => p.date >= niv.item.startDate && (p.topics ?? []).includes('tracheostomy'),
      );
      const longHours = hours !== undefined && hours >= env.settings.tracheostomyDiscussionNivHoursPerDay;
      if (discussed && !longHours) return null;
      const triggers: TriggerFact[] = [
        { path: `interventions[${niv.index}].startDate`, value: niv.item.startDate, note: 'NIV started' },
      ];
      if (longHours) triggers.push({ path: `interventions[${niv.index}].hoursPerDay`, value: hours, unit: 'h/day' });
      return { triggers, value: hours ?? 0, since: niv.item.startDate };
    },
  },
  {
    code: 'breathing.nivAdherence',
    domain: 'breathing',
    priority: 'soon',
    title: 'Improve NIV use: check mask fit, leak and symptoms; download device data',
    reason: (why) =>
      `NIV used ${why.params.value} h a day, under 4 h: the minimum adherence marker. Check interface, leak, secretions and symptom relief.`,
    source: CMS_RAD,
    alsoSee: [NEURO_PLANS],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    worsening: [WORSENING.nivHoursFall],
    trigger: (env) => {
      const niv = activeIntervention(env.view, 'niv');
      if (!niv) return null;
      const hours = niv.item.hoursPerDay;
      if (hours === undefined) {
        return {
          kind: 'insufficient',
          needs: [`interventions[${niv.index}].hoursPerDay`],
          reason: 'insufficient data: NIV hours of use not recorded',
        };
      }
      if (hours >= env.settings.nivMinHoursPerDay) return null;
      return {
        triggers: [{ path: `interventions[${niv.index}].hoursPerDay`, value: hours, unit: 'h/day' }],
        value: hours,
      };
    },
  },
  {
    code: 'breathing.oxygenWithoutNiv',
    domain: 'breathing',
    priority: 'soon',
    title: 'Oxygen without NIV: review (risk of worsening hypercapnia)',
    reason:
      'Oxygen alone can worsen hypercapnia in respiratory muscle weakness: give it only alongside NIV, and assess for NIV.',
    source: NEURO_PLANS,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const o2 = activeMedication(env.view, 'oxygen');
      if (!o2 || ventilated(env)) return null;
      return { triggers: [{ path: `medications[${o2.index}].drug`, value: o2.item.drug }] };
    },
  },
]);
