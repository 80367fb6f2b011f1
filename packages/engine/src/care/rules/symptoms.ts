/**
 * Symptom management (care reference §4): saliva, secretions, pseudobulbar affect, spasticity,
 * cramps (with the US FDA quinine warning), pain, mood, sleep, fatigue, cognition and behaviour,
 * communication and voice banking, mobility and falls, upper-limb function.
 */
import type { Source } from '../../common/source.js';
import type { SymptomCode } from '../../facts/index.js';
import {
  activeIntervention,
  activeMedication,
  alsfrsrItem,
  alsfrsrItemsAtMost,
  latestAlsfrsr,
  latestScreening,
} from '../facts.js';
import { WORSENING } from '../measures.js';
import { AAN_2009B, EAN_2024, EFNS_2012, FDA_QUININE_2010, NICE_NG42, PRACTICE } from '../sources.js';
import type { CareEnv, CareRule, TriggerFact } from '../types.js';
import { currentSymptoms, rules } from './shared.js';

/** A rule that fires on any current report of `symptoms` (and optional extra facts). */
function symptomRule(
  base: Omit<CareRule, 'trigger' | 'domain' | 'jurisdictions' | 'requiresDiagnosis'>,
  symptoms: readonly SymptomCode[],
  extra: (env: CareEnv) => TriggerFact[] = () => [],
): CareRule {
  return {
    ...base,
    domain: 'symptoms',
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const facts = [...currentSymptoms(env, symptoms), ...extra(env)];
      return facts.length > 0 ? { triggers: facts } : null;
    },
  };
}

function screeningAtLeast(env: CareEnv, instruments: readonly string[], atLeast: number): TriggerFact[] {
  const s = latestScreening(env.view, instruments);
  if (!s) return [];
  const positive = s.item.score >= atLeast || s.item.abnormal === true;
  return positive
    ? [
        {
          path: `screenings[${s.index}].score`,
          value: s.item.score,
          date: s.item.date,
          note: `${s.item.instrument} >= ${atLeast}`,
        },
      ]
    : [];
}

function latestExamFinding(
  env: CareEnv,
  pick: (e: NonNullable<typeof env.c.exams>[number]) => boolean,
  path: string,
  note: string,
): TriggerFact[] {
  const exam = env.view.indexed.exams.at(-1);
  return exam && pick(exam.item)
    ? [{ path: `exams[${exam.index}].${path}`, value: true, date: exam.item.date, note }]
    : [];
}

function itemRule(
  base: Omit<CareRule, 'trigger' | 'domain' | 'jurisdictions' | 'requiresDiagnosis' | 'worsening'>,
  items: Parameters<typeof alsfrsrItemsAtMost>[1],
  atMost: (env: CareEnv) => number,
  symptoms: readonly SymptomCode[],
  skip: (env: CareEnv) => boolean = () => false,
): CareRule {
  return {
    ...base,
    domain: 'symptoms',
    jurisdictions: 'all',
    requiresDiagnosis: false,
    worsening: [WORSENING.itemFall],
    trigger: (env) => {
      if (skip(env)) return null;
      const item = alsfrsrItemsAtMost(env.view, items, atMost(env));
      const reported = currentSymptoms(env, symptoms);
      if (!item && reported.length === 0) return null;
      return {
        triggers: [...(item?.facts ?? []), ...reported],
        ...(item ? { value: item.worst, since: item.since } : {}),
      };
    },
  };
}

const M = (src: Source): Source => ({ ...src, verification: 'M' });

export const SYMPTOM_RULES = rules([
  itemRule(
    {
      code: 'symptoms.sialorrhoea',
      priority: 'routine',
      title: 'Treat sialorrhoea: anticholinergic first, botulinum toxin if refractory',
      reason:
        'Drooling: try an antimuscarinic first (glycopyrronium, preferred with cognitive impairment; amitriptyline; hyoscine patch; atropine drops); botulinum toxin to the salivary glands if refractory (Level B), low-dose radiotherapy after that (Level C).',
      source: NICE_NG42,
      alsoSee: [{ ...AAN_2009B, level: 'Level B (botulinum toxin B)' }],
    },
    ['salivation'],
    (env) => env.settings.salivationItemAtMost,
    ['sialorrhoea'],
  ),
  symptomRule(
    {
      code: 'symptoms.thickSecretions',
      priority: 'routine',
      title: 'Thick secretions: hydration, review anticholinergics, humidification, mucolytic, MI-E',
      reason:
        'Thick secretions: check hydration, reduce anticholinergics, add humidification or nebulised saline, a mucolytic (e.g. carbocisteine), cough assist and suction; a beta-blocker may thin saliva.',
      source: NICE_NG42,
      alsoSee: [EFNS_2012],
    },
    ['thickSecretions'],
  ),
  symptomRule(
    {
      code: 'symptoms.pseudobulbarAffect',
      priority: 'routine',
      title: 'Pseudobulbar affect: dextromethorphan/quinidine where available',
      reason:
        'Involuntary laughing or crying: dextromethorphan/quinidine 20/10 mg daily for 7 days then twice daily (Level B), checking ECG/QTc and CYP2D6 interactions; an SSRI or amitriptyline are alternatives.',
      source: { ...AAN_2009B, level: 'Level B' },
    },
    ['pseudobulbarAffect'],
    (env) => [
      ...screeningAtLeast(env, ['cnsls'], env.settings.cnslsAtLeast),
      ...latestExamFinding(
        env,
        (e) => e.regions.some((r) => (r.umnSigns ?? []).includes('pseudobulbarAffect')),
        'regions',
        'pseudobulbar affect on examination',
      ),
    ],
  ),
  symptomRule(
    {
      code: 'symptoms.spasticity',
      priority: 'routine',
      title: 'Spasticity: physiotherapy and stretching, then baclofen or tizanidine',
      reason:
        'Troublesome spasticity: physiotherapy and range of motion first; then baclofen (titrate, never stop abruptly) or tizanidine (check liver tests, avoid with CYP1A2 inhibitors); botulinum toxin for focal spasticity.',
      source: NICE_NG42,
      alsoSee: [EFNS_2012],
    },
    ['spasticity'],
  ),
  {
    ...symptomRule(
      {
        code: 'symptoms.cramps',
        priority: 'routine',
        title: 'Cramps: mexiletine or other options',
        reasonParams: (_hit, env) => ({
          jurisdiction: env.jurisdiction,
          onRiluzole: activeMedication(env.view, 'riluzole') !== undefined,
        }),
        reason: ({ params }) => {
          const base =
            'Cramps: mexiletine 150 mg twice daily (baseline ECG; not in 2nd/3rd-degree AV block); alternatives gabapentin, levetiracetam, baclofen.';
          const riluzole = params.onRiluzole ? ' Mexiletine is a CYP1A2 inhibitor and raises riluzole exposure.' : '';
          const quinine =
            params.jurisdiction === 'US'
              ? ' Do not use quinine: the FDA warns against it for leg cramps.'
              : params.jurisdiction === 'UK'
                ? ' Quinine is an option in the UK (NICE NG42).'
                : '';
          return base + riluzole + quinine;
        },
        source: M(EAN_2024),
        alsoSee: [NICE_NG42, FDA_QUININE_2010],
      },
      ['cramps'],
    ),
  },
  {
    code: 'symptoms.quinineWarning',
    domain: 'symptoms',
    priority: 'soon',
    title: 'Stop quinine for cramps (FDA warning)',
    reason:
      'The FDA warns against quinine for leg cramps: serious thrombocytopenia, HUS/TTP and deaths; it is not approved for this use in the US.',
    source: FDA_QUININE_2010,
    jurisdictions: ['US'],
    requiresDiagnosis: false,
    trigger: (env) => {
      const q = activeMedication(env.view, 'quinine');
      return q ? { triggers: [{ path: `medications[${q.index}].drug`, value: q.item.drug }] } : null;
    },
  },
  symptomRule(
    {
      code: 'symptoms.pain',
      priority: 'routine',
      title: 'Pain: find the cause; positioning, simple analgesia, then opioids',
      reasonParams: (_hit, env) => ({ jurisdiction: env.jurisdiction }),
      reason: ({ params }) =>
        `Pain: find the cause (cramp, spasticity, joints, pressure, neuropathic); seating and positioning, simple analgesics or NSAIDs, then opioids; gabapentinoids for neuropathic pain.${params.jurisdiction === 'UK' ? ' Gabapentin is a Schedule 3 controlled drug in the UK since 2019.' : ''}`,
      source: NICE_NG42,
      alsoSee: [{ ...AAN_2009B, level: 'Level U' }],
    },
    ['pain'],
  ),
  symptomRule(
    {
      code: 'symptoms.mood',
      priority: 'soon',
      title: 'Low mood or anxiety: psychological support; consider an SSRI',
      reason:
        'Depression or anxiety: offer psychological support (psychology or psychiatry); an SSRI such as sertraline, or amitriptyline (also helps saliva and sleep); low-dose benzodiazepine for anxiety or breathlessness panic.',
      source: EAN_2024,
    },
    ['depression', 'anxiety'],
    (env) => [
      ...screeningAtLeast(env, ['phq9'], env.settings.phq9AtLeast),
      ...screeningAtLeast(env, ['gad7'], env.settings.gad7AtLeast),
    ],
  ),
  symptomRule(
    {
      code: 'symptoms.sleep',
      priority: 'routine',
      title: 'Sleep problems: rule out nocturnal hypoventilation first',
      reason:
        'Poor sleep, morning headache or daytime sleepiness: check for nocturnal hypoventilation (overnight oximetry or capnography), pain, cramps, secretions and anxiety before hypnotics; be cautious with hypnotics when breathing is weak.',
      source: EFNS_2012,
      alsoSee: [NICE_NG42],
    },
    ['insomnia', 'daytimeSleepiness', 'morningHeadache'],
    (env) => {
      const ess = latestScreening(env.view, ['ess', 'epworth']);
      return ess && ess.item.score > env.settings.essAbove
        ? [
            {
              path: `screenings[${ess.index}].score`,
              value: ess.item.score,
              date: ess.item.date,
              note: `ESS > ${env.settings.essAbove}`,
            },
          ]
        : [];
    },
  ),
  symptomRule(
    {
      code: 'symptoms.fatigue',
      priority: 'routine',
      title: 'Fatigue: screen for hypoventilation, depression and drug effects',
      reasonParams: (_hit, env) => ({ onRiluzole: activeMedication(env.view, 'riluzole') !== undefined }),
      reason: ({ params }) =>
        `Fatigue: look for hypoventilation, depression and drug effects; energy conservation with OT.${params.onRiluzole ? ' On riluzole: withholding it may be considered (Level C).' : ''}`,
      source: { ...AAN_2009B, level: 'Level C (riluzole)' },
    },
    ['fatigue'],
  ),
  {
    ...symptomRule(
      {
        code: 'symptoms.cognitiveBehaviouralChange',
        priority: 'soon',
        title: 'Cognitive or behavioural change: neuropsychology, FTD work-up, capacity, early advance care planning',
        reason:
          'Abnormal cognitive/behavioural screen or FTD features: formal neuropsychology, an ALS-FTSD work-up, C9orf72 testing if not done, a capacity assessment, and advance care planning before capacity is lost.',
        source: { ...AAN_2009B, level: 'Level B (screening)' },
        alsoSee: [NICE_NG42],
      },
      [],
      (env) => {
        const facts: TriggerFact[] = [];
        const ecas = latestScreening(env.view, ['ecas']);
        if (ecas && (ecas.item.score <= env.settings.ecasTotalAtMost || ecas.item.abnormal === true)) {
          facts.push({
            path: `screenings[${ecas.index}].score`,
            value: ecas.item.score,
            date: ecas.item.date,
            note: 'ECAS abnormal',
          });
        }
        const cbs = latestScreening(env.view, ['alscbs']);
        if (cbs?.item.abnormal)
          facts.push({
            path: `screenings[${cbs.index}].abnormal`,
            value: true,
            date: cbs.item.date,
            note: 'ALS-CBS abnormal',
          });
        if (env.c.history?.ftd) facts.push({ path: 'history.ftd', value: true, note: 'ALS-FTD' });
        facts.push(
          ...latestExamFinding(
            env,
            (e) => e.other?.cognitiveOrBehaviouralChange === true,
            'other.cognitiveOrBehaviouralChange',
            'cognitive or behavioural change',
          ),
        );
        return facts;
      },
    ),
  },
  itemRule(
    {
      code: 'symptoms.communication',
      priority: 'soon',
      title: 'Speech decline: speech and language therapy and an early AAC assessment',
      reason:
        'Speech is affected: refer to SLT and assess for augmentative and alternative communication early (low-tech boards, then speech-generating devices, then eye gaze).',
      source: EAN_2024,
      alsoSee: [{ ...AAN_2009B, level: 'Level U (specific AAC)' }],
    },
    ['speech'],
    (env) => env.settings.speechItemAtMost,
    [],
    (env) => activeIntervention(env.view, 'aac') !== undefined,
  ),
  {
    code: 'symptoms.voiceBanking',
    domain: 'symptoms',
    priority: 'soon',
    title: 'Offer voice or message banking now, while speech is intelligible',
    reason:
      'Bulbar disease with speech still intelligible: voice and message banking must be done before speech fails.',
    source: EAN_2024,
    alsoSee: [NICE_NG42],
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const r = latestAlsfrsr(env.view);
      if (!r) return null;
      const speech = alsfrsrItem(r.item, 'speech')!;
      if (speech < env.settings.voiceBankingSpeechItemAtLeast) return null;
      const bulbarOnset = env.c.history?.onsetSite === 'bulbar';
      if (!bulbarOnset && speech > env.settings.speechItemAtMost) return null;
      const triggers: TriggerFact[] = [{ path: `alsfrsr[${r.index}].speech`, value: speech, date: r.item.date }];
      if (bulbarOnset) triggers.push({ path: 'history.onsetSite', value: 'bulbar' });
      return { triggers };
    },
  },
  itemRule(
    {
      code: 'symptoms.mobility',
      priority: 'soon',
      title: 'Mobility decline or falls: physiotherapy, OT, orthoses, early wheelchair assessment',
      reason:
        'Walking or stairs impaired, or falls: PT and OT for ankle-foot orthoses, walking aids, home adaptation and a falls-risk assessment; order a powered wheelchair early because procurement is slow.',
      source: NICE_NG42,
      alsoSee: [EAN_2024, PRACTICE],
    },
    ['walking', 'climbingStairs'],
    (env) => env.settings.mobilityItemAtMost,
    ['falls'],
  ),
  itemRule(
    {
      code: 'symptoms.upperLimb',
      priority: 'routine',
      title: 'Upper-limb weakness: occupational therapy',
      reason:
        'Handwriting, cutting food or dressing impaired: OT for adaptive cutlery, splints, environmental controls and arm supports.',
      source: PRACTICE,
    },
    ['handwriting', 'cutting', 'dressing'],
    (env) => env.settings.upperLimbItemAtMost,
    [],
  ),
  {
    code: 'symptoms.headDrop',
    domain: 'symptoms',
    priority: 'routine',
    title: 'Neck weakness: collar and OT',
    reason: 'Head drop: a supportive collar (e.g. Headmaster, Head Up) and OT review.',
    source: PRACTICE,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const f = latestExamFinding(env, (e) => e.other?.headDrop === true, 'other.headDrop', 'head drop');
      return f.length > 0 ? { triggers: f } : null;
    },
  },
  symptomRule(
    {
      code: 'symptoms.constipation',
      priority: 'routine',
      title: 'Constipation: fluids, fibre, laxatives; review anticholinergics and opioids',
      reason:
        'Constipation: adequate fluid and fibre, osmotic or stimulant laxatives, and a review of anticholinergic and opioid load.',
      source: EFNS_2012,
    },
    ['constipation'],
  ),
  symptomRule(
    {
      code: 'symptoms.laryngospasm',
      priority: 'routine',
      title: 'Laryngospasm: reassure, treat reflux, consider sublingual lorazepam',
      reason:
        'Laryngospasm is self-limiting: teach the patient and carers; treat reflux; consider sublingual lorazepam for recurrent episodes.',
      source: EFNS_2012,
    },
    ['laryngospasm'],
  ),
]);
