/**
 * Edaravone (label; flag outside the MCI186-19 trial population, never block; only the
 * formulations licensed here on asOf), tofersen for SOD1-ALS with its label alerts, sodium
 * phenylbutyrate-taurursodiol (a discussion while it was licensed; after its withdrawal a
 * discussion for those still on it, never a new start), and mecobalamin in Japan only.
 */
import { tofersenEligibility } from '../../genetics/tofersen.js';
import { approvalStatus, firstWithdrawal, isOfferable, isWithdrawn, licensedFormulations } from '../approvals.js';
import {
  ALSFRSR_ITEMS,
  activeMedication,
  allergyTo,
  alsfrsrItem,
  latestAlsfrsr,
  latestVc,
  monthsSinceOnset,
} from '../facts.js';
import {
  AMYLYX_ALBRIOZA_CA_2022,
  AMYLYX_WITHDRAWAL_2024,
  EAN_2023_PRESENTATION,
  EAN_2024,
  EDARAVONE_TRIAL_2017,
  FDA_RELYVRIO_2022,
  HC_ALBRIOZA_DHPC_2024,
  MECOBALAMIN_JP_2024,
  QALSODY_LABEL,
  QALSODY_SMPC,
  RADICAVA_LABEL,
} from '../sources.js';
import type { CareEnv, CareReason, TriggerFact } from '../types.js';
import { currentSymptoms, diagnosisFact, round1, rules } from './shared.js';

const SULFITE_NAMES = [
  'sulfite',
  'sulfites',
  'sulphite',
  'sulphites',
  'bisulfite',
  'sodium bisulfite',
  'metabisulfite',
];

/**
 * Where a person stands against the edaravone pivotal trial's enrolment (duration <= 2 years,
 * FVC >= 80 %, every ALSFRS-R item >= 2). Facts outside it are flagged; unknowns are named.
 */
export function edaravoneTrialPopulation(env: CareEnv): { outside: TriggerFact[]; unknown: string[] } {
  const { c, view, settings } = env;
  const outside: TriggerFact[] = [];
  const unknown: string[] = [];
  const months = monthsSinceOnset(view);
  if (months === undefined) unknown.push('history.onsetDate');
  else if (months > settings.edaravoneTrialMaxDiseaseMonths) {
    outside.push({
      path: 'history.onsetDate',
      value: c.history!.onsetDate!,
      note: `disease duration ${round1(months)} months > ${settings.edaravoneTrialMaxDiseaseMonths}`,
    });
  }
  const vc = latestVc(view);
  if (!vc) unknown.push('vitalCapacity');
  else if (vc.percent < settings.edaravoneTrialMinFvcPercent) {
    outside.push({
      path: `vitalCapacity[${vc.index}].percentPredicted`,
      value: vc.percent,
      date: vc.date,
      note: `FVC < ${settings.edaravoneTrialMinFvcPercent} %`,
    });
  }
  const fr = latestAlsfrsr(view);
  if (!fr) unknown.push('alsfrsr');
  else {
    const low = ALSFRSR_ITEMS.filter((it) => (alsfrsrItem(fr.item, it) ?? 4) < settings.edaravoneTrialMinItemScore);
    if (low.length > 0) {
      outside.push({
        path: `alsfrsr[${fr.index}]`,
        value: low.join(', '),
        date: fr.item.date,
        note: `item(s) < ${settings.edaravoneTrialMinItemScore}`,
      });
    }
  }
  return { outside, unknown };
}

/** The licensed forms of edaravone as the offer names them (params.formulations: 'iv', 'oral' or 'iv,oral'). */
const EDARAVONE_FORMS: Record<string, string> = {
  'iv,oral': 'IV 60 mg over 60 min, or oral suspension 105 mg after an overnight fast',
  iv: 'IV only, 60 mg over 60 min (the oral suspension is not licensed here on this date)',
  oral: 'oral suspension only, 105 mg after an overnight fast (IV not offered here on this date)',
};

const edaravoneReason = (why: CareReason): string => {
  const outside = why.facts.filter((t) => t.path !== 'ctx.alsDiagnosed' && t.path !== 'history.diagnosisDate');
  const flag =
    outside.length > 0
      ? ` Outside the pivotal trial population (${outside.map((t) => t.note).join('; ')}): evidence uncertain; this is not a contraindication.`
      : '';
  const forms = EDARAVONE_FORMS[String(why.params.formulations ?? 'iv,oral')] ?? EDARAVONE_FORMS['iv,oral'];
  return `Edaravone is licensed here: ${forms}; cycle 1 daily for 14 days then 14 days off, later cycles 10 of 14 days then 14 off. It contains sodium bisulfite (allergic-type reactions, more often in asthma). EAN 2024 gives only a provisional recommendation.${flag}`;
};

const onTofersen = (env: CareEnv) => activeMedication(env.view, 'tofersen');

function tofersenSymptoms(env: CareEnv, symptoms: Parameters<typeof currentSymptoms>[1]) {
  const med = onTofersen(env);
  if (!med) return null;
  const found = currentSymptoms(env, symptoms, med.item.startDate);
  return found.length > 0 ? { triggers: found } : null;
}

export const OTHER_DMT_RULES = rules([
  {
    code: 'dmt.edaravone.discuss',
    domain: 'dmt',
    priority: 'routine',
    // The title names no formulation: oral and IV were licensed on different dates (US, Canada,
    // Japan), and the reason names only the forms licensed here on asOf.
    title: 'Discuss edaravone as an option',
    reason: edaravoneReason,
    reasonParams: (_hit, env) => ({
      formulations: licensedFormulations('edaravone', env.jurisdiction, env.asOf).join(','),
    }),
    source: RADICAVA_LABEL,
    alsoSee: [EDARAVONE_TRIAL_2017, EAN_2024],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    offersDrug: 'edaravone',
    trigger: (env) => {
      if (activeMedication(env.view, 'edaravone')) return null;
      if (!isOfferable('edaravone', env.jurisdiction, env.asOf)) return null;
      return { triggers: [diagnosisFact(env), ...edaravoneTrialPopulation(env).outside] };
    },
  },
  {
    code: 'dmt.edaravone.outsideTrialPopulation',
    domain: 'dmt',
    priority: 'routine',
    title: 'Review edaravone: outside the pivotal trial population',
    reason: (why) =>
      `On edaravone outside the MCI186-19 enrolment criteria (${why.facts.map((t) => t.note).join('; ')}): benefit there is uncertain; review with the patient. The label does not restrict use to these criteria.`,
    source: EDARAVONE_TRIAL_2017,
    alsoSee: [RADICAVA_LABEL],
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      if (!activeMedication(env.view, 'edaravone')) return null;
      const { outside } = edaravoneTrialPopulation(env);
      return outside.length > 0 ? { triggers: outside } : null;
    },
  },
  {
    code: 'dmt.edaravone.sulfiteAllergy',
    domain: 'dmt',
    priority: 'soon',
    title: 'Edaravone contains sodium bisulfite: sulfite allergy recorded',
    reason:
      'Both edaravone formulations contain sodium bisulfite, which can cause allergic-type reactions including anaphylaxis and asthmatic episodes.',
    source: RADICAVA_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const on = activeMedication(env.view, 'edaravone');
      if (!on && !isOfferable('edaravone', env.jurisdiction, env.asOf)) return null;
      const a = allergyTo(env.view, SULFITE_NAMES);
      return a ? { triggers: [{ path: `allergies[${a.index}].substance`, value: a.item.substance }] } : null;
    },
  },
  {
    code: 'dmt.tofersen.offer',
    domain: 'dmt',
    priority: 'soon',
    title: 'Offer tofersen (SOD1-ALS)',
    reason: (why) =>
      `Pathogenic or likely pathogenic SOD1 variant (${why.facts[0]?.note ?? 'SOD1'}) with ALS: offer tofersen first line and discuss its serious adverse events (myelitis, radiculitis, papilloedema, aseptic meningitis). 100 mg intrathecally: 3 loading doses 14 days apart, then every 28 days.`,
    source: { ...EAN_2024, level: 'first-line recommendation' },
    alsoSee: [QALSODY_LABEL, QALSODY_SMPC],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    offersDrug: 'tofersen',
    trigger: (env) => {
      if (onTofersen(env)) return null;
      const e = tofersenEligibility(env.view, env.diagnosed);
      if (e.kind !== 'eligible') return null;
      return {
        triggers: [
          {
            path: `${e.path}.classification`,
            value: e.variant.classification,
            note: `SOD1${e.variant.variant ? ` ${e.variant.variant}` : ''}`,
          },
          diagnosisFact(env),
        ],
      };
    },
  },
  {
    code: 'dmt.tofersen.myelitisRadiculitis',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Work up myelitis or radiculitis on tofersen',
    reason:
      'Back or limb pain, numbness or bladder/bowel change on tofersen: serious myelitis and radiculitis are reported; investigate, and interrupt or stop treatment as needed.',
    source: QALSODY_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => tofersenSymptoms(env, ['backPain', 'numbness', 'bladderOrBowelChange']),
  },
  {
    code: 'dmt.tofersen.papilloedema',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Fundoscopy: papilloedema or raised intracranial pressure on tofersen?',
    reason:
      'Headache or blurred vision on tofersen: papilloedema and raised intracranial pressure are labelled warnings; examine the fundi or refer to ophthalmology.',
    source: QALSODY_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => tofersenSymptoms(env, ['headache', 'visualBlurring']),
  },
  {
    code: 'dmt.tofersen.asepticMeningitis',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Consider aseptic meningitis on tofersen',
    reason:
      'Fever after tofersen dosing: aseptic meningitis is a labelled warning (raised CSF white cells and protein are common and expected).',
    source: QALSODY_LABEL,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => tofersenSymptoms(env, ['fever']),
  },
  /*
   * Should Betz have discussed sodium phenylbutyrate-taurursodiol while it was licensed (Canada
   * 13 June 2022, US 29 September 2022, to 3 April 2024)? Yes. No guideline of the time graded it
   * for or against: AAN 2009 predates it, and the EAN guideline (presented June 2023, published
   * 2024) gave it a temporary recommendation pending phase 3, exactly as it did for edaravone,
   * for which Betz offers a discussion wherever it is licensed. Both were licensed on one positive
   * trial of similar effect size (CENTAUR, phase 2; MCI186-19, phase 3 in a narrow population).
   * So the same rule applies: a routine discussion where and while the drug is licensed, saying
   * how thin the evidence is. `offersDrug` ends it on the withdrawal date without code.
   */
  {
    code: 'dmt.pbTurso.discuss',
    domain: 'dmt',
    priority: 'routine',
    title: 'Discuss sodium phenylbutyrate-taurursodiol as an option (licensed on phase 2 evidence)',
    reason:
      'Licensed here on the phase 2 CENTAUR trial alone (ALSFRS-R decline 2.32 points less at 24 weeks); the confirmatory phase 3 PHOENIX trial is running and the EAN guideline gives only a temporary recommendation pending it. One packet (3 g / 1 g) daily for 3 weeks, then twice daily, by mouth or feeding tube.',
    source: FDA_RELYVRIO_2022,
    alsoSee: [AMYLYX_ALBRIOZA_CA_2022, EAN_2023_PRESENTATION],
    jurisdictions: 'all',
    requiresDiagnosis: true,
    offersDrug: 'sodiumPhenylbutyrateTaurursodiol',
    trigger: (env) => {
      if (activeMedication(env.view, 'sodiumPhenylbutyrateTaurursodiol')) return null;
      return { triggers: [diagnosisFact(env)] };
    },
  },
  {
    code: 'dmt.pbTurso.discussWithdrawal',
    domain: 'dmt',
    priority: 'soon',
    title: 'Discuss sodium phenylbutyrate-taurursodiol: withdrawn, no new starts',
    reason: (why) =>
      `Withdrawn from the US and Canadian markets on 4 April 2024 after the phase 3 PHOENIX trial showed no benefit (status here: ${why.facts[1]?.value}). Do not start it; a patient already on it may continue only through the manufacturer's programme after a discussion with their physician.`,
    source: AMYLYX_WITHDRAWAL_2024,
    alsoSee: [HC_ALBRIOZA_DHPC_2024],
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const med = activeMedication(env.view, 'sodiumPhenylbutyrateTaurursodiol');
      if (!med) return null;
      // Not before the withdrawal: where the drug was licensed, once the withdrawal is certainly in
      // force there; where it never was (trial or import), from the first withdrawal anywhere.
      const drug = 'sodiumPhenylbutyrateTaurursodiol';
      const { status } = approvalStatus(drug, env.jurisdiction, env.asOf);
      const since = firstWithdrawal(drug);
      const due =
        isWithdrawn(drug, env.jurisdiction, env.asOf) ||
        (status === 'not_approved' && since !== undefined && since <= env.asOf);
      if (!due) return null;
      return {
        triggers: [
          { path: `medications[${med.index}].drug`, value: med.item.drug },
          { path: 'approvals.sodiumPhenylbutyrateTaurursodiol', value: status },
        ],
      };
    },
  },
  {
    code: 'dmt.mecobalamin.discuss',
    domain: 'dmt',
    priority: 'routine',
    title: 'Discuss ultra-high-dose mecobalamin (Japan)',
    reason: (why) => {
      const late = why.facts.find((t) => t.path === 'history.onsetDate');
      return `Approved in Japan (2024): 50 mg IM twice weekly, on the JETALS trial which enrolled people within about 1 year of onset.${late ? ` ${late.note}: outside the trial population, evidence uncertain (not a contraindication).` : ''}`;
    },
    source: MECOBALAMIN_JP_2024,
    jurisdictions: ['JP'],
    requiresDiagnosis: true,
    offersDrug: 'mecobalamin',
    trigger: (env) => {
      if (activeMedication(env.view, 'mecobalamin')) return null;
      const triggers: TriggerFact[] = [diagnosisFact(env)];
      const months = monthsSinceOnset(env.view);
      if (months !== undefined && months > env.settings.mecobalaminTrialMaxMonthsFromOnset) {
        triggers.push({
          path: 'history.onsetDate',
          value: env.c.history!.onsetDate!,
          note: `${round1(months)} months since onset`,
        });
      }
      return { triggers };
    },
  },
]);
