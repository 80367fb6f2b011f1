/**
 * Riluzole: offer at diagnosis (AAN 2009a Level A; EAN 2024) and the US label's safety rules:
 * liver tests before and monthly for three months then periodically, ALT/AST > 5 x ULN, raised
 * bilirubin, neutropenia with fever in the first two months, interstitial lung disease, CYP1A2
 * interactions, and anaphylaxis as the one labelled contraindication.
 */
import { addDays, addMonths, daysBetween } from '../../common/dates.js';
import { insufficient } from '../../common/result.js';
import type { PatientCase } from '../../facts/index.js';
import { latestDecision } from '../decisions.js';
import { activeMedication, activeMedicationsOfClass, allergyToDrug, drugCodeOf, latestLab } from '../facts.js';
import { WORSENING } from '../measures.js';
import { AAN_2009A, AAN_QUALITY_2013, EAN_2024, RILUZOLE_LABEL, RILUZOLE_OLD_LABEL } from '../sources.js';
import type { CareEnv, TriggerFact } from '../types.js';
import { currentSymptoms, diagnosisFact, round1, rules, timesUln, ulnFact, upcomingLimit } from './shared.js';

/**
 * The CYP1A2 inhibitors (strong: ciprofloxacin, enoxacin, fluvoxamine; moderate: mexiletine,
 * methoxsalen, zileuton, vemurafenib, thiabendazole) and inducers (rifampicin; moderate: phenytoin,
 * ritonavir, teriflunomide; also smoking) are classes in the drug table (facts/drugs.ts)
 * [M: FDA drug-interaction table].
 */

/** A riluzole entry stopped by asOf (the case as known then holds no later stop date). */
function everStopped(c: PatientCase) {
  return (c.medications ?? []).find((m) => drugCodeOf(m) === 'riluzole' && m.stopDate !== undefined);
}

/** A new start is in question: not on riluzole, never stopped, no anaphylaxis, offer not declined. */
function riluzoleCandidate(env: CareEnv): boolean {
  const { c, asOf, view } = env;
  if (activeMedication(view, 'riluzole') || everStopped(c)) return false;
  if (allergyToDrug(view, 'riluzole', ['anaphylaxis'])) return false;
  const d = latestDecision(c.careDecisions, 'dmt.riluzole.offer', asOf);
  return !(d && (d.status === 'declined' || d.status === 'contraindicated'));
}

function onRiluzole(env: CareEnv) {
  return activeMedication(env.view, 'riluzole');
}

export const RILUZOLE_RULES = rules([
  {
    code: 'dmt.riluzole.offer',
    domain: 'dmt',
    priority: 'soon',
    title: 'Offer riluzole 50 mg twice daily',
    reason:
      'ALS is diagnosed and riluzole is not on the medication list: it prolongs survival (Level A); offer it as a lifelong option at diagnosis, 1 h before or 2 h after meals; 50 mg once daily may already work if twice daily is not tolerated.',
    source: { ...AAN_2009A, level: 'Level A' },
    alsoSee: [EAN_2024, RILUZOLE_LABEL],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    offersDrug: 'riluzole',
    trigger: (env) => {
      const { c, view } = env;
      if (activeMedication(view, 'riluzole') || everStopped(c)) return null;
      if (allergyToDrug(view, 'riluzole', ['anaphylaxis'])) return null;
      return { triggers: [diagnosisFact(env), { path: 'medications', value: 'no riluzole' }] };
    },
  },
  {
    code: 'dmt.riluzole.baselineLiverTests',
    domain: 'dmt',
    priority: 'soon',
    title: 'Measure ALT, AST and bilirubin before riluzole starts',
    reason: 'The label asks for serum aminotransferases before and during riluzole treatment.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      if (!riluzoleCandidate(env)) return null;
      const since = addDays(env.asOf, -env.settings.riluzoleBaselineLftWindowDays);
      const recent = latestLab(env.view, ['alt', 'ast'], since);
      if (recent) return null;
      return {
        triggers: [
          {
            path: 'labs',
            value: 'no ALT/AST',
            note: `none in the last ${env.settings.riluzoleBaselineLftWindowDays} days`,
          },
        ],
      };
    },
  },
  {
    code: 'dmt.riluzole.liverTestSchedule',
    domain: 'dmt',
    priority: 'soon',
    title: 'Liver tests on riluzole (monthly for 3 months, then periodically)',
    reason: (why) =>
      `Riluzole: monitor for liver injury every month for the first 3 months, then periodically (every 3 months locally); next due ${why.params.due}.`,
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    recurEveryMonths: 1,
    trigger: (env) => {
      const med = onRiluzole(env);
      if (!med) return null;
      const start = med.item.startDate;
      if (start === undefined) {
        return insufficient([`medications[${med.index}].startDate`], 'the liver-test schedule counts from the start');
      }
      const last = latestLab(env.view, ['alt', 'ast'], start);
      const from = last?.item.date ?? start;
      // Monthly while the next monthly check still falls within the first months, then periodic.
      const monthly = addMonths(from, 1);
      const firstMonthsEnd = addMonths(start, env.settings.riluzoleMonthlyLftMonths);
      const next = monthly <= firstMonthsEnd ? monthly : addMonths(from, env.settings.riluzolePeriodicLftMonths);
      if (next > upcomingLimit(env)) return null;
      const triggers: TriggerFact[] = [
        { path: `medications[${med.index}].startDate`, value: start, note: 'riluzole started' },
      ];
      if (last) triggers.push({ path: `labs[${last.index}].date`, value: last.item.date, note: 'last liver test' });
      return { triggers, due: next, since: next };
    },
  },
  {
    code: 'dmt.riluzole.aminotransferasesAbove5xUln',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Riluzole not recommended: ALT or AST above 5 x ULN',
    reason: (why) =>
      `Aminotransferase ${round1(why.params.value ?? 0)} x ULN on riluzole: the label does not recommend continuing above 5 x ULN (trials stopped treatment there).`,
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    worsening: [WORSENING.aminotransferaseRise],
    trigger: (env) => aminotransferaseBand(env, env.settings.riluzoleStopAboveUlnMultiple, Number.POSITIVE_INFINITY),
  },
  {
    code: 'dmt.riluzole.aminotransferases3to5xUln',
    domain: 'dmt',
    priority: 'soon',
    title: 'Repeat liver tests more often (ALT or AST 3-5 x ULN on riluzole)',
    reason: (why) =>
      `Aminotransferase ${round1(why.params.value ?? 0)} x ULN: the trials continued riluzole below 5 x ULN with closer monitoring; ALT usually fell below 2 x ULN within 2-6 months.`,
    source: RILUZOLE_OLD_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    worsening: [WORSENING.aminotransferaseRise],
    dueInDays: 14,
    trigger: (env) =>
      aminotransferaseBand(env, env.settings.riluzoleWarnAboveUlnMultiple, env.settings.riluzoleStopAboveUlnMultiple),
  },
  {
    code: 'dmt.riluzole.liverDysfunction',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Stop riluzole: evidence of liver dysfunction',
    reason:
      'Bilirubin above the upper limit of normal on riluzole: the label says to discontinue when there is evidence of liver dysfunction.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const med = onRiluzole(env);
      if (!med) return null;
      const r = timesUln(env, 'bilirubin', med.item.startDate);
      if (r === undefined) return null;
      if ('kind' in r) return r;
      return r.timesUln > 1 ? { triggers: [ulnFact(r, 'bilirubin above ULN')], value: r.timesUln } : null;
    },
  },
  {
    code: 'dmt.riluzole.baselineBilirubin',
    domain: 'dmt',
    priority: 'soon',
    title: 'Prescribe riluzole with caution: raised baseline bilirubin',
    reason:
      'Bilirubin above the upper limit before riluzole: the older label says baseline bilirubin elevation should preclude use; check liver function first.',
    source: RILUZOLE_OLD_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      if (!riluzoleCandidate(env)) return null;
      const r = timesUln(env, 'bilirubin');
      if (r === undefined) return null;
      if ('kind' in r) return r;
      return r.timesUln > 1 ? { triggers: [ulnFact(r, 'bilirubin above ULN')] } : null;
    },
  },
  {
    code: 'dmt.riluzole.feverCheckBloodCount',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Full blood count with differential (fever in the first 2 months of riluzole)',
    reason:
      'Severe neutropenia (ANC < 500/mm3) has been reported within the first 2 months of riluzole; a febrile illness needs a blood count.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const med = onRiluzole(env);
      const start = med?.item.startDate;
      if (!med || start === undefined) return null;
      const fever = currentSymptoms(env, ['fever'], start).filter(
        (f) => f.date !== undefined && daysBetween(start, f.date) <= env.settings.riluzoleNeutropeniaWindowDays,
      );
      return fever.length > 0 ? { triggers: fever } : null;
    },
  },
  {
    code: 'dmt.riluzole.severeNeutropenia',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Severe neutropenia on riluzole: review and consider stopping',
    reason: 'Absolute neutrophil count below 500/mm3 on riluzole: severe neutropenia is a labelled warning.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const med = onRiluzole(env);
      if (!med) return null;
      const anc = latestLab(env.view, ['anc', 'neutrophils'], med.item.startDate);
      if (!anc) return null;
      const perMm3 = ancPerMm3(anc.item.value, anc.item.unit);
      if (perMm3 === undefined) {
        return insufficient([`labs[${anc.index}].unit`], 'ANC unit must be /mm3, /uL or 10^9/L');
      }
      if (perMm3 >= env.settings.riluzoleAncSevereBelowPerMm3) return null;
      return {
        triggers: [
          { path: `labs[${anc.index}].value`, value: anc.item.value, date: anc.item.date, note: `${perMm3}/mm3` },
        ],
      };
    },
  },
  {
    code: 'dmt.riluzole.interstitialLungDisease',
    domain: 'dmt',
    priority: 'soon',
    title: 'Consider interstitial lung disease (new cough on riluzole)',
    reason:
      'Interstitial lung disease, including hypersensitivity pneumonitis, occurs with riluzole: image the chest; stop riluzole at once if it is confirmed.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const med = onRiluzole(env);
      if (!med) return null;
      const cough = currentSymptoms(env, ['cough'], med.item.startDate);
      return cough.length > 0 ? { triggers: cough } : null;
    },
  },
  {
    code: 'dmt.riluzole.cyp1a2Interaction',
    domain: 'dmt',
    priority: 'soon',
    title: 'Riluzole interaction: CYP1A2 inhibitor or inducer',
    reason: (why) =>
      `Riluzole is cleared by CYP1A2: inhibitors raise its exposure and adverse effects, inducers lower its efficacy (${why.facts
        .map((t) => t.value)
        .join(', ')}).`,
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      if (!onRiluzole(env)) return null;
      const found = [
        ...activeMedicationsOfClass(env.view, 'cyp1a2Inhibitor').map((m) => ({ m, note: 'CYP1A2 inhibitor' })),
        ...activeMedicationsOfClass(env.view, 'cyp1a2Inducer').map((m) => ({ m, note: 'CYP1A2 inducer' })),
      ];
      if (found.length === 0) return null;
      return {
        triggers: found.map(({ m, note }) => ({ path: `medications[${m.index}].drug`, value: m.item.drug, note })),
      };
    },
  },
  {
    code: 'dmt.riluzole.contraindicated',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Stop riluzole: anaphylaxis to riluzole recorded',
    reason: 'Severe hypersensitivity (anaphylaxis) to riluzole is the labelled contraindication.',
    source: RILUZOLE_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      if (!onRiluzole(env)) return null;
      const a = allergyToDrug(env.view, 'riluzole', ['anaphylaxis']);
      return a ? { triggers: [{ path: `allergies[${a.index}].reaction`, value: 'anaphylaxis' }] } : null;
    },
  },
  {
    code: 'dmt.riluzole.yearlyDiscussion',
    domain: 'dmt',
    priority: 'routine',
    title: 'Discuss riluzole again and document it',
    reason:
      'Not on riluzole after declining or stopping it: document a riluzole discussion at least once a year (AAN quality measure).',
    source: AAN_QUALITY_2013,
    jurisdictions: 'all',
    requiresDiagnosis: true,
    recurEveryMonths: 12,
    trigger: (env) => {
      const { c, asOf, view } = env;
      if (activeMedication(view, 'riluzole') || allergyToDrug(view, 'riluzole', ['anaphylaxis'])) return null;
      const declined = latestDecision(c.careDecisions, 'dmt.riluzole.offer', asOf);
      const stopped = everStopped(c);
      const last = [declined?.status === 'declined' ? declined.date : undefined, stopped?.stopDate]
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1);
      if (last === undefined || addMonths(last, env.settings.riluzoleDiscussionMonths) > asOf) return null;
      return { triggers: [{ path: 'careDecisions', value: last, note: 'last declined or stopped' }] };
    },
  },
]);

function aminotransferaseBand(env: CareEnv, above: number, atMost: number) {
  const med = onRiluzole(env);
  if (!med) return null;
  const readings = [timesUln(env, 'alt', med.item.startDate), timesUln(env, 'ast', med.item.startDate)];
  const missing = readings.find((r) => r !== undefined && 'kind' in r);
  const usable = readings.filter(
    (r): r is Exclude<typeof r, undefined | { kind: 'insufficient' }> => r !== undefined && !('kind' in r),
  );
  const worst = usable.reduce<(typeof usable)[number] | undefined>(
    (w, r) => (!w || r.timesUln > w.timesUln ? r : w),
    undefined,
  );
  if (worst && worst.timesUln > above && worst.timesUln <= atMost) {
    return { triggers: [ulnFact(worst, worst.lab.item.test)], value: worst.timesUln };
  }
  if (worst && worst.timesUln > atMost) return null;
  return missing && 'kind' in missing ? missing : null;
}

/** ANC in cells per mm3 from the common units; undefined when the unit is unknown. */
export function ancPerMm3(value: number, unit: string | undefined): number | undefined {
  const u = (unit ?? '').toLowerCase().replace(/\s/g, '');
  if (/^(cells)?\/(mm3|mm³|ul|µl|μl)$/.test(u)) return value;
  if (/^(x)?10(\^|\*\*|\*)?9\/l$/.test(u) || u === 'g/l' || u === '10e9/l') return value * 1000;
  return undefined;
}
