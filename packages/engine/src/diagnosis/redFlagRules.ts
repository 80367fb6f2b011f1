/**
 * The red-flag rules as data: each finding that argues against ALS, the mimics it points to, the
 * tests that separate them, and the parts of the whole picture that change those tests (a lumbar
 * picture asks for lumbar imaging, a demyelinating one for CSF, a myopathic one for a biopsy).
 * Every gate names its source beside it.
 */
import type { InvestigationCode } from './catalogue.js';
import {
  HISTORY,
  MYOPATHIC_EMG,
  NCS,
  NO_UMN_OR_LMN,
  OTHER,
  PURE_LMN,
  PURE_UMN,
  RESULTS,
  UMN_LEGS_LMN_ARMS,
} from './redFlagGates.js';
import type { FlagContext, PictureClause, RedFlagRule } from './redFlags.js';
import {
  BANGHAM_2015_HTLV,
  BMJ_BEST_PRACTICE,
  DAMICO_2011_SMA,
  EAN_PNS_2021_CIDP,
  EFNS_2012,
  ENGELEN_2012_ALD,
  ENMC_2013_IBM,
  JAISER_2010_COPPER,
  JNNP_2003_MIMIC_TABLE,
  MSD_MANUAL,
  TASHIRO_2006_HIRAYAMA,
  TURNER_2020_PLS,
  TURNER_TALBOT_2013,
  TURNER_TALBOT_2013_MIMICS,
  TURNER_TALBOT_2013_TABLE,
  WILLIAMS_2013,
} from './sources.js';

const B = 1;
const C = 2;
const T = 4;
const L = 8;

/** Onset before this age is "young onset" for Hirayama disease and the young pure LMN flag (Tashiro 2006: teens or 20s). */
export const YOUNG_ONSET_AGE_YEARS = 30;
/** CK above this (IU/L) points to a myopathy; mildly raised CK is common in ALS (Williams 2013; Turner 2013 table 2). */
export const CK_RED_FLAG_IU_PER_L = 1000;

const youngNeeds = (ctx: FlagContext, pattern: boolean): string[] | null =>
  pattern && ctx.ageAtOnsetYears === undefined ? ctx.ageNeeds : null;
const pureLmn = (ctx: FlagContext): boolean => ctx.umn === 0 && ctx.lmn !== 0;
const monomelicArm = (ctx: FlagContext): boolean => pureLmn(ctx) && ctx.lmn === C && (ctx.lmnBilateral & C) === 0;
/** Every region with motor signs (UMN, LMN or any LMN component). */
const motorRegions = (x: FlagContext): number => x.umn | x.lmn | x.lmnAnyComponent;
/** Motor signs only in the legs (and trunk), none in the arms or bulbar region. */
const legsOnly = (x: FlagContext): boolean => (motorRegions(x) & L) !== 0 && (motorRegions(x) & (B | C)) === 0;
const demyelinating = (x: FlagContext): boolean =>
  x.f.ncs.motorConductionBlock === true || x.f.ncs.demyelinatingSlowing === true;
const sensoryNcs = (x: FlagContext): boolean => x.f.ncs.sensoryAbnormal === true && !x.f.ncs.sensoryAbnormalExplained;
const male = (x: FlagContext): boolean => x.sex === 'male';
const ckAbove1000 = (x: FlagContext): boolean =>
  x.records.ckMaxIuPerL !== undefined && x.records.ckMaxIuPerL > CK_RED_FLAG_IU_PER_L;
const myopathic = (x: FlagContext): boolean =>
  x.f.other.fingerFlexorQuadricepsWeakness === true || x.f.muscles.some((m) => m.myopathicMups) || ckAbove1000(x);
const familyHas = (x: FlagContext, d: string): boolean =>
  (x.history.familyHistory?.diseases as readonly string[] | undefined)?.includes(d) === true;
const PATHOLOGICAL_UMN_SIGNS = new Set(['hyperreflexia', 'reflexSpread']);
/** UMN signs present, and all of them brisk reflexes (no Babinski, Hoffmann, clonus, spasticity…). */
const briskReflexesOnly = (x: FlagContext): boolean =>
  x.umn !== 0 && x.f.regions.every((r) => r.umnSigns.every((s) => PATHOLOGICAL_UMN_SIGNS.has(s.sign)));
const labAboveUln = (x: FlagContext, tests: readonly string[]): boolean =>
  x.labs.some((l) => tests.includes(l.test) && l.upperLimitOfNormal !== undefined && l.value > l.upperLimitOfNormal);
const abnormal = (x: FlagContext, code: InvestigationCode): boolean => x.records.get(code)?.status === 'abnormal';

/**
 * Where to image the spine for this picture (Turner 2013 investigations table: cervical MRI when there
 * are no signs above the neck; lumbar MRI for LMN signs confined to the legs; Leigh 2003: thoracic and
 * lumbosacral MRI for a cord or conus lesion below the arms).
 */
const SPINE_BY_PICTURE: readonly PictureClause[] = [
  {
    finding: 'LMN signs confined to the legs: image the lumbar spine, not the cervical',
    holds: (x) => legsOnly(x) && x.umn === 0,
    mimics: ['lumbosacralRadiculopathy', 'lumbarStenosis'],
    tests: ['mriLumbarSpine'],
    replaces: ['mriCervicalSpine'],
    source: TURNER_TALBOT_2013_TABLE,
  },
  {
    finding: 'UMN signs in the legs with the arms spared: image the thoracic cord as well',
    holds: (x) => legsOnly(x) && x.umn !== 0,
    mimics: ['compressiveMyelopathy'],
    tests: ['mriThoracicSpine'],
    source: JNNP_2003_MIMIC_TABLE,
  },
];

const SBMA_IN_A_MAN: PictureClause = {
  finding: 'a man with a pure LMN syndrome',
  holds: (x) => male(x) && pureLmn(x),
  mimics: ['sbma'],
  tests: ['arCagRepeat'],
  source: TURNER_TALBOT_2013,
};

const CIDP_PICTURE: PictureClause = {
  finding: 'sensory involvement with demyelinating features on NCS',
  holds: (x) => demyelinating(x) && (sensoryNcs(x) || x.f.other.objectiveSensoryLoss === true),
  mimics: ['cidp', 'paraproteinaemia'],
  tests: ['csf', 'spep'],
  alsoConsider: ['nerveImaging', 'antiMag'],
  source: EAN_PNS_2021_CIDP,
};

const THYROTOXICOSIS_RECORDED: PictureClause = {
  finding: 'thyroid function abnormal',
  holds: (x) => abnormal(x, 'thyroid') || labAboveUln(x, ['ft4', 'ft3']),
  mimics: ['thyrotoxicosis'],
  tests: ['thyroid'],
  source: EFNS_2012,
};

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    code: 'sensorySigns',
    gate: OTHER,
    title: 'objective sensory loss',
    mimics: ['cervicalRadiculopathy', 'compressiveMyelopathy', 'paraproteinaemia', 'b12Deficiency', 'copperDeficiency'],
    tests: ['mriCervicalSpine', 'b12', 'copper', 'spep'],
    picture: [...SPINE_BY_PICTURE, { ...SBMA_IN_A_MAN, tests: [], alsoConsider: ['arCagRepeat'] }, CIDP_PICTURE],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.objectiveSensoryLoss ? 'objective sensory loss on examination' : null),
  },
  {
    code: 'sensoryLevel',
    gate: OTHER,
    title: 'sensory level',
    mimics: ['compressiveMyelopathy', 'multipleSclerosis'],
    tests: ['mriCervicalSpine', 'mriThoracicSpine'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.sensoryLevel ? 'a sensory level on examination' : null),
  },
  {
    code: 'dissociatedSensoryLoss',
    gate: OTHER,
    title: 'dissociated sensory loss',
    mimics: ['syringomyelia', 'compressiveMyelopathy'],
    // Leigh 2003 (after Kato 2003): syringomyelia gives LMN signs with dissociated sensory loss; MRI of
    // the head (Chiari malformation, foramen magnum) and the cervical spine shows it.
    tests: ['mriCervicalSpine', 'mriBrain'],
    alsoConsider: ['mriThoracicSpine'],
    source: JNNP_2003_MIMIC_TABLE,
    fires: (x) =>
      x.f.other.dissociatedSensoryLoss ? 'pain and temperature sensation lost with touch and position kept' : null,
  },
  {
    code: 'abnormalSensoryNerveConduction',
    gate: NCS,
    title: 'abnormal sensory nerve conduction',
    mimics: ['paraproteinaemia', 'b12Deficiency', 'copperDeficiency'],
    tests: ['spep', 'b12', 'copper'],
    picture: [SBMA_IN_A_MAN, CIDP_PICTURE],
    note: 'sensory potentials should be normal in ALS unless entrapment or a known neuropathy explains them',
    source: TURNER_TALBOT_2013,
    fires: (x) => (sensoryNcs(x) ? 'sensory responses abnormal on NCS, not explained by entrapment' : null),
  },
  {
    code: 'motorConductionBlock',
    gate: NCS,
    title: 'motor conduction block or demyelinating slowing',
    mimics: ['mmn', 'cidp'],
    tests: ['antiGm1'],
    alsoConsider: ['csf', 'nerveImaging'],
    picture: [CIDP_PICTURE],
    // Anti-GM1 IgM is found in only part of patients with MMN: a negative result leaves the
    // conduction block to the clinician's judgement (the rule's own note).
    negativeTestsClose: false,
    note: 'a negative anti-GM1 does not exclude MMN: weigh the conduction block itself; nerve imaging and an IVIG trial support it',
    source: BMJ_BEST_PRACTICE,
    fires: (x) =>
      x.f.ncs.motorConductionBlock
        ? 'motor conduction block on NCS'
        : x.f.ncs.demyelinatingSlowing
          ? 'demyelinating-range slowing on NCS'
          : null,
  },
  {
    code: 'sphincterDysfunction',
    gate: OTHER,
    title: 'early sphincter dysfunction',
    mimics: ['compressiveMyelopathy', 'multipleSclerosis', 'htlv1Myelopathy', 'caudaEquina'],
    tests: ['mriCervicalSpine', 'mriThoracicSpine', 'htlv1'],
    alsoConsider: ['mriLumbarSpine', 'csf'],
    picture: [{ ...SPINE_BY_PICTURE[0]!, mimics: ['caudaEquina'] }],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.sphincterDysfunction ? 'bladder or bowel sphincter dysfunction' : null),
  },
  {
    code: 'ocularMotilityOrPtosis',
    gate: OTHER,
    title: 'eye movement disorder or ptosis',
    mimics: ['myasthenia', 'mitochondrial', 'brainstemLesion'],
    tests: ['achrMuskAntibodies', 'rns', 'mriBrain'],
    alsoConsider: ['sfemg'],
    note: 'ALS spares the extraocular muscles; single-fibre EMG when the antibodies are negative',
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.f.other.ocularMotilityAbnormal && x.f.other.ptosis
        ? 'abnormal eye movements and ptosis'
        : x.f.other.ocularMotilityAbnormal
          ? 'abnormal eye movements'
          : x.f.other.ptosis
            ? 'ptosis'
            : null,
  },
  {
    code: 'fatigableWeakness',
    gate: OTHER | NCS,
    title: 'fatigable or fluctuating weakness',
    mimics: ['myasthenia', 'lems'],
    tests: ['achrMuskAntibodies', 'vgccAntibodies', 'rns'],
    alsoConsider: ['sfemg'],
    note: 'a decrement on repetitive stimulation alone occurs in ALS and does not make myasthenia; single-fibre EMG when the antibodies are negative',
    source: BMJ_BEST_PRACTICE,
    fires: (x) =>
      x.f.other.fatigableWeakness
        ? 'fatigable weakness on examination'
        : x.f.ncs.rnsIncrement
          ? 'post-exercise increment on repetitive nerve stimulation'
          : null,
  },
  {
    code: 'lmnArmsUmnLegsWithoutBulbarSigns',
    gate: UMN_LEGS_LMN_ARMS,
    title: 'LMN signs in the arms, UMN signs in the legs, nothing above the neck',
    // The same level pattern (LMN at the level of a cervical lesion, UMN below it) is made by a syrinx
    // (Leigh 2003 table 3): the cervical MRI that looks for spondylosis shows it.
    mimics: ['cervicalMyeloradiculopathy', 'syringomyelia'],
    tests: ['mriCervicalSpine'],
    note: 'EMG of the thoracic paraspinals helps: spared in spondylotic amyotrophy, denervated in ALS (Kuncl 1988)',
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) =>
      (x.lmn & C) !== 0 && (x.lmn & (T | L)) === 0 && (x.umn & L) !== 0 && (motorRegions(x) & B) === 0
        ? x.f.regions[0].examined
          ? 'LMN signs in the arms only, UMN signs in the legs, no bulbar signs (LMN rostral to UMN)'
          : 'LMN signs in the arms only, UMN signs in the legs, no bulbar signs recorded (bulbar region not examined; LMN rostral to UMN)'
        : null,
  },
  {
    code: 'neckOrRadicularPain',
    gate: OTHER,
    title: 'neck or radicular pain',
    mimics: ['cervicalRadiculopathy', 'cervicalMyeloradiculopathy'],
    tests: ['mriCervicalSpine'],
    picture: SPINE_BY_PICTURE,
    source: TURNER_TALBOT_2013_MIMICS,
    fires: (x) => (x.f.other.neckOrRadicularPain ? 'neck or radicular pain' : null),
  },
  {
    code: 'lumbarRadicularPain',
    gate: OTHER,
    title: 'lumbar radicular pain',
    mimics: ['lumbarStenosis', 'lumbosacralRadiculopathy'],
    tests: ['mriLumbarSpine'],
    picture: [SPINE_BY_PICTURE[1]!],
    source: JNNP_2003_MIMIC_TABLE,
    fires: (x) => (x.f.other.lumbarRadicularPain ? 'low back pain radiating into a leg' : null),
  },
  {
    code: 'lmnConfinedToLegs',
    gate: PURE_LMN,
    title: 'LMN signs confined to the legs',
    mimics: ['lumbarStenosis', 'polyradiculopathy'],
    tests: ['mriLumbarSpine'],
    alsoConsider: ['csf'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.umn === 0 && x.lmn === L ? 'LMN signs only in the lumbosacral region, no UMN signs' : null),
  },
  {
    code: 'isolatedDysphagia',
    gate: OTHER,
    title: 'isolated dysphagia',
    mimics: ['brainstemLesion', 'myasthenia'],
    tests: ['mriBrain'],
    alsoConsider: ['achrMuskAntibodies'],
    picture: [
      {
        // Dysphagia is common in inclusion body myositis (Rose 2013); in a myopathic picture the
        // biopsy and antibodies separate it, beside myasthenia.
        finding: 'a myopathic picture (finger flexor and quadriceps weakness, myopathic units or CK above 1000)',
        holds: myopathic,
        mimics: ['ibm', 'myopathy', 'myasthenia'],
        tests: ['ck', 'antiCn1a', 'muscleBiopsy', 'achrMuskAntibodies'],
        source: ENMC_2013_IBM,
      },
      {
        finding: 'fatigable weakness or ptosis',
        holds: (x) => x.f.other.fatigableWeakness === true || x.f.other.ptosis === true,
        tests: ['achrMuskAntibodies'],
        source: BMJ_BEST_PRACTICE,
      },
    ],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.f.other.isolatedDysphagia ? 'dysphagia with little or no dysarthria' : null),
  },
  {
    code: 'hemiparesis',
    gate: OTHER,
    title: 'hemiparesis',
    mimics: ['hemisphericLesion', 'brainstemLesion', 'multipleSclerosis'],
    tests: ['mriBrain'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.f.other.hemiparesis ? 'hemiparesis' : null),
  },
  {
    code: 'unilateralTongueWasting',
    gate: OTHER,
    title: 'tongue wasting on one side',
    // Leigh 2003 table 3: skull-base lesions waste the tongue, often asymmetrically; bilateral
    // tongue wasting supports ALS (Turner 2013).
    mimics: ['skullBaseLesion', 'brainstemLesion'],
    tests: ['mriBrain'],
    note: 'ask for the MRI to include the skull base and hypoglossal canals',
    source: JNNP_2003_MIMIC_TABLE,
    fires: (x) => (x.f.other.unilateralTongueWasting ? 'tongue wasting on one side only' : null),
  },
  {
    code: 'kennedyFeatures',
    gate: OTHER | NCS,
    title: 'features of spinal and bulbar muscular atrophy',
    mimics: ['sbma'],
    tests: ['arCagRepeat'],
    alsoConsider: ['ck'],
    note: 'X-linked: men; slow course over many years; low or absent sensory potentials; CAG repeat ≥38 is pathological',
    source: TURNER_TALBOT_2013,
    fires: (x) => {
      const o = x.f.other;
      const parts: string[] = [];
      if (o.gynaecomastia) parts.push('gynaecomastia');
      if (o.perioralFasciculations) parts.push('perioral or chin fasciculations');
      // A sensory neuronopathy, not a demyelinating neuropathy (that points to CIDP: motorConductionBlock).
      if (male(x) && pureLmn(x) && sensoryNcs(x) && !demyelinating(x))
        parts.push('pure LMN syndrome in a man with abnormal sensory potentials');
      if (parts.length === 0) return null;
      if (o.posturalTremor) parts.push('postural tremor');
      return parts.join(', ');
    },
  },
  {
    code: 'symmetricProximalLmn',
    gate: PURE_LMN,
    title: 'symmetrical proximal LMN syndrome',
    // D'Amico 2011: adult SMA (type 4) begins after 18, mostly in the fourth decade or later, so no
    // upper age gate (the domain reference's "young onset" is narrower; the paper wins).
    mimics: ['adultSma', 'hmn'],
    tests: ['smn1'],
    alsoConsider: ['geneticPanel', 'ck'],
    picture: [SBMA_IN_A_MAN],
    source: DAMICO_2011_SMA,
    fires: (x) => {
      if (!pureLmn(x)) return null;
      const o = x.f.other;
      const symmetric = o.symmetricWeakness === true || (x.lmn & ~x.lmnBilateral) === 0;
      const proximalOrSlow = o.proximalPredominantWeakness === true || x.history.weaknessTempo === 'slowOverYears';
      if (!symmetric || !proximalOrSlow) return null;
      return o.proximalPredominantWeakness
        ? 'symmetrical, proximal-predominant LMN weakness without UMN signs'
        : 'symmetrical LMN weakness without UMN signs, progressing slowly over years';
    },
  },
  {
    code: 'myopathicPattern',
    gate: OTHER | MYOPATHIC_EMG,
    title: 'myopathic pattern',
    mimics: ['ibm', 'myopathy'],
    tests: ['ck', 'muscleBiopsy'],
    alsoConsider: ['muscleMri'],
    picture: [
      {
        finding: 'finger flexor and quadriceps weakness (the IBM pattern)',
        holds: (x) => x.f.other.fingerFlexorQuadricepsWeakness === true,
        tests: ['antiCn1a'],
        source: ENMC_2013_IBM,
      },
    ],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => {
      if (x.f.other.fingerFlexorQuadricepsWeakness) return 'weakness of finger flexors and quadriceps';
      for (const m of x.f.muscles) if (m.myopathicMups) return 'myopathic motor unit potentials on EMG';
      return null;
    },
  },
  {
    code: 'ckAbove1000',
    gate: RESULTS,
    title: `CK above ${CK_RED_FLAG_IU_PER_L} IU/L`,
    mimics: ['myopathy', 'ibm'],
    tests: ['muscleBiopsy'],
    alsoConsider: ['antiCn1a', 'muscleMri'],
    note: 'a mildly raised CK is common in ALS',
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (ckAbove1000(x) ? `CK ${x.records.ckMaxIuPerL} IU/L` : null),
  },
  {
    code: 'abnormalCsf',
    gate: RESULTS,
    title: 'raised CSF cells or protein',
    mimics: ['polyradiculopathy', 'cidp', 'paraneoplastic', 'hiv', 'lyme', 'syphilis'],
    // MSD Manual: Lyme, syphilis and other serologies; Williams 2013: HIV and Lyme serology with a
    // lumbar puncture in selected cases: an abnormal CSF is such a case.
    tests: ['paraneoplasticPanel', 'mriLumbarSpine', 'hiv', 'lyme', 'syphilis'],
    alsoConsider: ['nerveImaging'],
    source: MSD_MANUAL,
    fires: (x) => (x.records.get('csf')?.status === 'abnormal' ? 'abnormal CSF' : null),
  },
  {
    code: 'youngOnsetMonomelicArm',
    gate: PURE_LMN,
    title: 'young onset, LMN signs in one arm',
    mimics: ['hirayama'],
    tests: ['flexionMriCervical'],
    source: TASHIRO_2006_HIRAYAMA,
    fires: (x) =>
      x.ageAtOnsetYears !== undefined && x.ageAtOnsetYears < YOUNG_ONSET_AGE_YEARS && monomelicArm(x)
        ? `onset at ${Math.floor(x.ageAtOnsetYears)} years with LMN signs in one arm only`
        : null,
    cannotJudge: (x) => youngNeeds(x, monomelicArm(x)),
  },
  {
    code: 'youngOnsetPureLmn',
    gate: PURE_LMN,
    title: 'young onset, pure LMN syndrome',
    mimics: ['adultSma', 'hmn', 'hexADeficiency'],
    tests: ['smn1', 'hexosaminidaseA'],
    alsoConsider: ['geneticPanel'],
    picture: [SBMA_IN_A_MAN],
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.ageAtOnsetYears !== undefined && x.ageAtOnsetYears < YOUNG_ONSET_AGE_YEARS && pureLmn(x) && !monomelicArm(x)
        ? `onset at ${Math.floor(x.ageAtOnsetYears)} years with a pure LMN syndrome`
        : null,
    cannotJudge: (x) => youngNeeds(x, pureLmn(x) && !monomelicArm(x)),
  },
  {
    code: 'pureUmnSyndrome',
    gate: PURE_UMN,
    title: 'pure UMN syndrome',
    // The gate "pure UMN" is the PLS criteria's: UMN signs with no (active) LMN degeneration (Turner 2020).
    mimics: [
      'pls',
      'hsp',
      'amn',
      'htlv1Myelopathy',
      'multipleSclerosis',
      'b12Deficiency',
      'copperDeficiency',
      'compressiveMyelopathy',
    ],
    tests: ['mriBrain', 'mriCervicalSpine', 'mriThoracicSpine', 'vlcfa', 'htlv1', 'b12', 'copper'],
    alsoConsider: ['csf', 'hspGenePanel'],
    picture: [
      {
        // Turner 2013 table 2: HSP is younger-onset, slowly progressive, with minimal arm involvement,
        // especially with a family history.
        finding: 'spastic paraparesis with the arms spared, a slow course over years, or HSP in the family',
        holds: (x) =>
          (x.umn & (B | C)) === 0 ||
          x.history.weaknessTempo === 'slowOverYears' ||
          familyHas(x, 'hereditarySpasticParaplegia'),
        mimics: ['hsp'],
        tests: ['hspGenePanel'],
        source: TURNER_TALBOT_2013_MIMICS,
      },
      {
        // Turner 2020: brisk reflexes alone are not the pathological hyperreflexia the PLS criteria
        // ask for; systemic causes of brisk reflexes come first (domain §5.2: thyrotoxicosis,
        // hyperparathyroidism).
        finding: 'brisk reflexes are the only UMN sign',
        holds: briskReflexesOnly,
        mimics: ['thyrotoxicosis', 'hyperparathyroidism'],
        tests: ['thyroid', 'electrolytesCalcium', 'pth'],
        source: TURNER_2020_PLS,
      },
      THYROTOXICOSIS_RECORDED,
      {
        finding: 'a man (adrenomyeloneuropathy often brings adrenal insufficiency)',
        holds: male,
        alsoConsider: ['adrenalFunction'],
        source: ENGELEN_2012_ALD,
      },
    ],
    note: 'PLS consensus criteria (Turner 2020): probable PLS after 2–4 years, definite after 4 years without LMN signs',
    source: TURNER_2020_PLS,
    fires: (x) => (x.umn !== 0 && x.lmn === 0 ? 'UMN signs without LMN signs on examination or EMG' : null),
  },
  {
    code: 'myeloneuropathy',
    gate: OTHER | NCS,
    title: 'UMN signs with a neuropathy',
    // B12 and copper deficiency and adrenomyeloneuropathy are myeloneuropathies: the neuropathy beside
    // the myelopathy is part of the picture, so LMN signs do not close the gate (Engelen 2012; Jaiser 2010).
    mimics: ['b12Deficiency', 'copperDeficiency', 'amn', 'htlv1Myelopathy'],
    tests: ['b12', 'copper', 'vlcfa', 'htlv1'],
    alsoConsider: ['zinc'],
    picture: [{ finding: 'a man', holds: male, alsoConsider: ['adrenalFunction'], source: ENGELEN_2012_ALD }],
    source: ENGELEN_2012_ALD,
    fires: (x) =>
      x.umn !== 0 && (sensoryNcs(x) || x.f.other.objectiveSensoryLoss === true)
        ? 'UMN signs with a sensory neuropathy (sensory loss or abnormal sensory conduction)'
        : null,
  },
  {
    code: 'adrenalInsufficiencyOrFamilyAld',
    gate: HISTORY,
    title: 'adrenal insufficiency or adrenoleukodystrophy in the family',
    mimics: ['amn'],
    tests: ['vlcfa'],
    picture: [
      {
        finding: 'adrenal function not yet known to be abnormal',
        holds: (x) => x.history.adrenalInsufficiency !== true,
        tests: ['adrenalFunction'],
        source: ENGELEN_2012_ALD,
      },
    ],
    source: ENGELEN_2012_ALD,
    fires: (x) => {
      const motor = motorRegions(x) !== 0;
      if (x.history.adrenalInsufficiency && motor) return 'adrenal insufficiency with motor signs';
      if (familyHas(x, 'adrenoleukodystrophy')) return 'adrenoleukodystrophy in the family';
      return null;
    },
  },
  {
    code: 'familyHistoryOfMimic',
    gate: HISTORY,
    title: 'a heritable mimic in the family',
    mimics: [],
    tests: [],
    picture: [
      {
        finding: 'hereditary spastic paraplegia in the family',
        holds: (x) => familyHas(x, 'hereditarySpasticParaplegia'),
        mimics: ['hsp'],
        tests: ['hspGenePanel'],
        source: TURNER_TALBOT_2013_MIMICS,
      },
      {
        finding: 'spinal muscular atrophy in the family',
        holds: (x) => familyHas(x, 'spinalMuscularAtrophy'),
        mimics: ['adultSma'],
        tests: ['smn1'],
        source: DAMICO_2011_SMA,
      },
      {
        finding: 'Kennedy disease in the family',
        holds: (x) => familyHas(x, 'spinobulbarMuscularAtrophy'),
        mimics: ['sbma'],
        tests: ['arCagRepeat'],
        source: TURNER_TALBOT_2013,
      },
      {
        finding: 'a hereditary neuropathy or spinocerebellar ataxia in the family',
        holds: (x) => familyHas(x, 'hereditaryNeuropathy') || familyHas(x, 'spinocerebellarAtaxia'),
        mimics: ['hmn', 'sca'],
        tests: ['geneticPanel'],
        source: TURNER_TALBOT_2013,
      },
      {
        finding: 'GM2 gangliosidosis in the family',
        holds: (x) => familyHas(x, 'gm2Gangliosidosis'),
        mimics: ['hexADeficiency'],
        tests: ['hexosaminidaseA'],
        source: TURNER_TALBOT_2013,
      },
    ],
    source: TURNER_TALBOT_2013_MIMICS,
    fires: (x) => {
      const d = (x.history.familyHistory?.diseases ?? []).filter((k) => k !== 'adrenoleukodystrophy');
      return d.length > 0 && motorRegions(x) !== 0 ? `in the family: ${d.join(', ')}` : null;
    },
  },
  {
    code: 'cerebellarExtrapyramidalOrAutonomic',
    gate: OTHER,
    title: 'cerebellar, extrapyramidal or autonomic features',
    mimics: ['msa', 'sca', 'hexADeficiency'],
    tests: ['hexosaminidaseA', 'mriBrain'],
    alsoConsider: ['geneticPanel'],
    source: TURNER_TALBOT_2013,
    fires: (x) => {
      const o = x.f.other;
      const parts = [
        o.cerebellarSigns && 'cerebellar signs',
        o.extrapyramidalSigns && 'extrapyramidal signs',
        o.autonomicFeatures && 'autonomic features',
      ];
      const found = parts.filter((p): p is string => typeof p === 'string');
      return found.length ? found.join(', ') : null;
    },
  },
  {
    code: 'thyroidDysfunction',
    gate: RESULTS,
    title: 'abnormal thyroid function',
    // Thyrotoxicosis gives weakness with brisk reflexes and fasciculations (domain §5.2; EFNS 2012
    // core test): whatever the motor picture, the thyroid result is named as a possible cause.
    mimics: ['thyrotoxicosis'],
    tests: ['thyroid'],
    source: EFNS_2012,
    fires: (x) => (THYROTOXICOSIS_RECORDED.holds(x) ? 'thyroid function abnormal' : null),
  },
  {
    code: 'hypercalcaemiaOrHighPth',
    gate: RESULTS,
    title: 'raised calcium or parathyroid hormone',
    mimics: ['hyperparathyroidism'],
    tests: ['electrolytesCalcium', 'pth'],
    source: EFNS_2012,
    fires: (x) =>
      abnormal(x, 'pth') || abnormal(x, 'electrolytesCalcium') || labAboveUln(x, ['calcium', 'pth'])
        ? 'calcium or parathyroid hormone raised'
        : null,
  },
  {
    code: 'weaknessTempo',
    gate: HISTORY,
    title: 'a tempo unlike ALS',
    mimics: [],
    tests: [],
    picture: [
      {
        finding: 'acute onset over days',
        holds: (x) => x.history.weaknessTempo === 'acute',
        mimics: ['hemisphericLesion', 'brainstemLesion', 'guillainBarre'],
        tests: ['mriBrain', 'ncsEmg', 'csf'],
        source: TURNER_TALBOT_2013,
      },
      {
        // Turner 2013 table 2: neuralgic amyotrophy arrests; Williams 2013: spondylotic disease
        // plateaus, MND does not; Tashiro 2006: Hirayama disease becomes quiescent.
        finding: 'progression that arrested',
        holds: (x) => x.history.weaknessTempo === 'arrested',
        mimics: ['cervicalMyeloradiculopathy', 'neuralgicAmyotrophy', 'hirayama', 'postPolio'],
        tests: ['mriCervicalSpine', 'ncsEmg'],
        alsoConsider: ['flexionMriCervical'],
        source: WILLIAMS_2013,
      },
      {
        finding: 'relapsing or fluctuating weakness',
        holds: (x) => x.history.weaknessTempo === 'relapsingOrFluctuating',
        mimics: ['cidp', 'multipleSclerosis', 'myasthenia'],
        tests: ['ncsEmg', 'csf', 'mriBrain', 'achrMuskAntibodies'],
        source: TURNER_TALBOT_2013_MIMICS,
      },
      {
        finding: 'very slow progression over years',
        holds: (x) => x.history.weaknessTempo === 'slowOverYears',
        mimics: ['mmn', 'ibm', 'sbma', 'adultSma', 'hsp'],
        tests: ['ncsEmg', 'ck'],
        source: TURNER_TALBOT_2013_MIMICS,
      },
    ],
    source: TURNER_TALBOT_2013_MIMICS,
    fires: (x) => {
      const t = x.history.weaknessTempo;
      return t && t !== 'progressive' ? `weakness ${TEMPO_WORDS[t]}` : null;
    },
  },
  {
    code: 'priorPolio',
    gate: HISTORY,
    title: 'prior poliomyelitis',
    mimics: ['postPolio'],
    tests: ['ncsEmg'],
    note: 'new weakness confined to previously affected limbs with chronic reinnervation suggests post-polio syndrome',
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.history.priorPolio ? 'history of poliomyelitis' : null),
  },
  {
    code: 'priorRadiotherapy',
    gate: HISTORY,
    title: 'prior radiotherapy',
    mimics: ['radiationInjury'],
    tests: ['ncsEmg'],
    alsoConsider: ['mriCervicalSpine', 'nerveImaging'],
    note: 'myokymic discharges on EMG favour radiation plexopathy',
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.history.priorRadiotherapy ? 'history of radiotherapy' : null),
  },
  {
    code: 'fasciculationsWithoutWeakness',
    gate: NO_UMN_OR_LMN,
    title: 'fasciculations without weakness or wasting',
    mimics: ['benignFasciculation'],
    tests: ['ncsEmg'],
    note: 'follow up clinically and repeat the EMG',
    source: TURNER_TALBOT_2013_MIMICS,
    fires: (x) => {
      if (x.umn !== 0 || x.lmn !== 0) return null;
      let fasc = false;
      for (const r of x.f.regions) {
        for (const b of r.lmnBySide) {
          if (b & ~8) return null;
          if (b & 8) fasc = true;
        }
      }
      return fasc ? 'fasciculations with no weakness, wasting or UMN signs, and no EMG LMN evidence' : null;
    },
  },
  {
    code: 'bariatricSurgery',
    gate: HISTORY,
    title: 'bariatric surgery',
    mimics: ['copperDeficiency', 'b12Deficiency'],
    tests: ['copper', 'zinc', 'b12'],
    source: JAISER_2010_COPPER,
    fires: (x) => (x.history.bariatricSurgery ? 'history of bariatric surgery' : null),
  },
  {
    code: 'zincExposure',
    gate: HISTORY,
    title: 'zinc excess',
    mimics: ['copperDeficiency'],
    tests: ['copper', 'zinc'],
    source: JAISER_2010_COPPER,
    fires: (x) => (x.history.zincExposure ? 'excess zinc intake (supplements or denture cream)' : null),
  },
  {
    code: 'htlv1Exposure',
    gate: HISTORY,
    title: 'HTLV-1 exposure with UMN signs',
    mimics: ['htlv1Myelopathy'],
    tests: ['htlv1'],
    alsoConsider: ['csf'],
    source: BANGHAM_2015_HTLV,
    fires: (x) => {
      if (x.umn === 0) return null;
      const h = x.history;
      const routes = [
        h.htlv1EndemicOrigin && 'origin in an HTLV-1 endemic area',
        h.bloodTransfusion && 'blood transfusion',
      ];
      const found = routes.filter((p): p is string => typeof p === 'string');
      return found.length ? `UMN signs with ${found.join(' and ')}` : null;
    },
  },
  {
    code: 'heavyMetalExposure',
    gate: HISTORY,
    title: 'heavy metal exposure',
    mimics: ['leadToxicity'],
    tests: ['heavyMetals'],
    source: MSD_MANUAL,
    fires: (x) => (x.history.heavyMetalExposure ? 'exposure to lead or other heavy metals' : null),
  },
  {
    code: 'ashkenaziAncestryLmn',
    gate: HISTORY,
    title: 'Ashkenazi ancestry with LMN involvement',
    mimics: ['hexADeficiency'],
    tests: ['hexosaminidaseA'],
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.lmn !== 0 && /ashkenazi/i.test(x.history.ancestry ?? '') ? 'Ashkenazi Jewish ancestry with LMN signs' : null,
  },
];

const TEMPO_WORDS = {
  acute: 'came on acutely, over days',
  arrested: 'progressed and then arrested',
  relapsingOrFluctuating: 'relapses or fluctuates',
  slowOverYears: 'has progressed very slowly, over years',
} as const;
