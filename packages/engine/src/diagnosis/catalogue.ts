/**
 * The workup catalogue: every investigation code of the case model, what it is, and which ALS mimics
 * it helps exclude (EFNS 2012 diagnostic workup; Turner & Talbot 2013 investigations table).
 */
export const INVESTIGATION_CODES = [
  'fbc',
  'esrCrp',
  'electrolytesCalcium',
  'creatinine',
  'glucoseHba1c',
  'liverEnzymes',
  'ck',
  'thyroid',
  'b12',
  'folate',
  'spep',
  'ncsEmg',
  'mriBrain',
  'mriCervicalSpine',
  'mriThoracicSpine',
  'mriLumbarSpine',
  'antiGm1',
  'antiMag',
  'achrMuskAntibodies',
  'vgccAntibodies',
  'paraneoplasticPanel',
  'hiv',
  'htlv1',
  'lyme',
  'syphilis',
  'copper',
  'zinc',
  'pth',
  'heavyMetals',
  'hexosaminidaseA',
  'vlcfa',
  'arCagRepeat',
  'smn1',
  'csf',
  'muscleBiopsy',
  'geneticPanel',
  'flexionMriCervical',
  'rns',
  'hspGenePanel',
  'antiCn1a',
  'sfemg',
  'muscleMri',
  'nerveImaging',
  'adrenalFunction',
] as const;

export type InvestigationCode = (typeof INVESTIGATION_CODES)[number];

export type WorkupGroup = 'core' | 'electrodiagnosis' | 'imaging' | 'targeted' | 'csf' | 'genetics';

export interface CatalogueEntry {
  code: InvestigationCode;
  name: string;
  group: WorkupGroup;
  /** Mimics it helps exclude. */
  excludes: readonly string[];
}

const e = (code: InvestigationCode, name: string, group: WorkupGroup, excludes: readonly string[]): CatalogueEntry => ({
  code,
  name,
  group,
  excludes,
});

export const CATALOGUE: Readonly<Record<InvestigationCode, CatalogueEntry>> = {
  fbc: e('fbc', 'full blood count', 'core', ['haematological disease']),
  esrCrp: e('esrCrp', 'ESR and CRP', 'core', ['inflammatory disease', 'lymphoproliferative disease']),
  electrolytesCalcium: e('electrolytesCalcium', 'electrolytes, calcium and phosphate', 'core', [
    'hyperparathyroidism',
    'metabolic disease',
  ]),
  creatinine: e('creatinine', 'creatinine', 'core', ['renal disease']),
  glucoseHba1c: e('glucoseHba1c', 'glucose or HbA1c', 'core', ['diabetic amyotrophy and neuropathy']),
  liverEnzymes: e('liverEnzymes', 'liver enzymes', 'core', ['hepatic disease (baseline before riluzole)']),
  ck: e('ck', 'creatine kinase', 'core', ['myopathy', 'inclusion body myositis']),
  thyroid: e('thyroid', 'TSH and free T4', 'core', ['thyrotoxicosis']),
  b12: e('b12', 'vitamin B12 (± methylmalonic acid, homocysteine)', 'core', ['B12 deficiency (combined degeneration)']),
  folate: e('folate', 'folate', 'core', ['folate deficiency']),
  spep: e('spep', 'serum protein electrophoresis with immunofixation', 'core', [
    'paraproteinaemia',
    'lymphoproliferative disease',
  ]),
  ncsEmg: e('ncsEmg', 'nerve conduction studies and needle EMG', 'electrodiagnosis', [
    'multifocal motor neuropathy',
    'CIDP',
    'neuropathy',
    'myopathy',
  ]),
  mriBrain: e('mriBrain', 'MRI brain', 'imaging', ['brainstem or hemispheric lesion', 'multiple sclerosis']),
  mriCervicalSpine: e('mriCervicalSpine', 'MRI cervical spine', 'imaging', [
    'cervical spondylotic myeloradiculopathy',
    'cord compression',
    'syrinx',
  ]),
  mriThoracicSpine: e('mriThoracicSpine', 'MRI thoracic spine', 'imaging', ['thoracic cord compression', 'myelopathy']),
  mriLumbarSpine: e('mriLumbarSpine', 'MRI lumbar spine', 'imaging', [
    'lumbar canal stenosis',
    'polyradiculopathy',
    'cauda equina lesion',
  ]),
  antiGm1: e('antiGm1', 'anti-GM1 IgM antibodies', 'targeted', ['multifocal motor neuropathy']),
  antiMag: e('antiMag', 'anti-MAG antibodies', 'targeted', ['anti-MAG neuropathy']),
  achrMuskAntibodies: e('achrMuskAntibodies', 'AChR and MuSK antibodies', 'targeted', ['myasthenia gravis']),
  vgccAntibodies: e('vgccAntibodies', 'VGCC antibodies', 'targeted', ['Lambert-Eaton myasthenic syndrome']),
  paraneoplasticPanel: e('paraneoplasticPanel', 'paraneoplastic antibodies (anti-Hu and others)', 'targeted', [
    'paraneoplastic motor neuronopathy',
  ]),
  hiv: e('hiv', 'HIV serology', 'targeted', ['HIV-associated ALS-like syndrome']),
  htlv1: e('htlv1', 'HTLV-1 serology', 'targeted', ['HTLV-1 myelopathy']),
  lyme: e('lyme', 'Lyme serology', 'targeted', ['Lyme radiculoneuritis']),
  syphilis: e('syphilis', 'syphilis serology', 'targeted', ['neurosyphilis']),
  copper: e('copper', 'serum copper and caeruloplasmin', 'targeted', ['copper deficiency myeloneuropathy']),
  zinc: e('zinc', 'serum zinc', 'targeted', ['zinc excess causing copper deficiency']),
  pth: e('pth', 'parathyroid hormone', 'targeted', ['hyperparathyroidism']),
  heavyMetals: e('heavyMetals', 'blood lead / 24-hour urine heavy metals', 'targeted', [
    'lead and heavy metal toxicity',
  ]),
  hexosaminidaseA: e('hexosaminidaseA', 'hexosaminidase A activity', 'targeted', [
    'adult hexosaminidase A deficiency (late-onset GM2)',
  ]),
  vlcfa: e('vlcfa', 'very long chain fatty acids', 'targeted', ['adrenomyeloneuropathy']),
  arCagRepeat: e('arCagRepeat', 'androgen receptor (AR) CAG repeat', 'targeted', [
    'spinal and bulbar muscular atrophy (Kennedy disease)',
  ]),
  smn1: e('smn1', 'SMN1 deletion testing', 'targeted', ['adult spinal muscular atrophy']),
  csf: e('csf', 'CSF cells, protein and oligoclonal bands', 'csf', [
    'inflammatory, infective or neoplastic polyradiculopathy',
    'CIDP',
    'multiple sclerosis',
  ]),
  muscleBiopsy: e('muscleBiopsy', 'muscle biopsy', 'targeted', ['inclusion body myositis', 'myopathy']),
  geneticPanel: e('geneticPanel', 'ALS genetic testing (C9orf72 repeat and gene panel)', 'genetics', []),
  flexionMriCervical: e('flexionMriCervical', 'flexion MRI of the cervical spine', 'imaging', [
    'Hirayama disease (monomelic amyotrophy)',
  ]),
  rns: e('rns', 'repetitive nerve stimulation', 'electrodiagnosis', [
    'myasthenia gravis',
    'Lambert-Eaton myasthenic syndrome',
  ]),
  hspGenePanel: e('hspGenePanel', 'hereditary spastic paraplegia gene panel', 'targeted', [
    'hereditary spastic paraplegia',
  ]),
  antiCn1a: e('antiCn1a', 'anti-cN1A (NT5C1A) antibodies', 'targeted', ['inclusion body myositis']),
  sfemg: e('sfemg', 'single-fibre EMG (jitter)', 'electrodiagnosis', ['myasthenia gravis (seronegative)']),
  muscleMri: e('muscleMri', 'muscle MRI', 'imaging', ['inclusion body myositis', 'myopathy']),
  nerveImaging: e('nerveImaging', 'brachial plexus MRI or nerve ultrasound', 'imaging', [
    'CIDP',
    'multifocal motor neuropathy',
  ]),
  adrenalFunction: e(
    'adrenalFunction',
    'adrenal function (morning cortisol and ACTH, or a Synacthen test)',
    'targeted',
    ['adrenomyeloneuropathy (adrenal insufficiency)'],
  ),
};

/** Core tests for every patient with suspected ALS (EFNS 2012; MSD Manual; BMJ Best Practice). */
export const CORE_TESTS: readonly InvestigationCode[] = [
  'fbc',
  'esrCrp',
  'electrolytesCalcium',
  'creatinine',
  'glucoseHba1c',
  'liverEnzymes',
  'ck',
  'thyroid',
  'b12',
  'folate',
  'spep',
  'ncsEmg',
];

export const CATALOGUE_ORDER: Readonly<Record<string, number>> = Object.fromEntries(
  INVESTIGATION_CODES.map((c, i) => [c, i]),
);

export function isInvestigationCode(c: string): c is InvestigationCode {
  return c in CATALOGUE;
}

/** AR CAG repeat length from which the expansion is pathological (SBMA). */
export const AR_CAG_PATHOLOGICAL_REPEATS = 38;
