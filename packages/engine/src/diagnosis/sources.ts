/** The papers and guidelines the diagnosis rules follow, as data shown beside each result. */
import type { Source } from '../common/source.js';

export const BROOKS_2000: Source = {
  cite: 'Brooks 2000',
  year: 2000,
  detail: 'El Escorial revisited: revised criteria for the diagnosis of ALS (Airlie House 1998)',
  verification: 'R',
  doi: '10.1080/146608200300079536',
};

export const BROOKS_1994: Source = {
  cite: 'Brooks 1994',
  year: 1994,
  detail: 'El Escorial WFN criteria: per-region UMN and LMN signs; re-examination to document progression',
  verification: 'K',
  doi: '10.1016/0022-510X(94)90191-0',
};

export const DE_CARVALHO_2008: Source = {
  cite: 'de Carvalho 2008',
  year: 2008,
  detail:
    'Awaji-Shima electrodiagnostic criteria: EMG equals clinical LMN; fasciculation potentials with chronic change',
  verification: 'R',
  doi: '10.1016/j.clinph.2007.09.143',
};

export const SHEFNER_2020: Source = {
  cite: 'Shefner 2020',
  year: 2020,
  detail: 'Gold Coast criteria: three conditions; footnotes on UMN and LMN dysfunction and body regions',
  verification: 'R',
  doi: '10.1016/j.clinph.2020.04.005',
};

export const TURNER_2022: Source = {
  cite: 'Turner 2022',
  year: 2022,
  detail: 'Diagnosing ALS: the Gold Coast criteria and the role of EMG (Box 1 reproduces the criteria with footnotes)',
  verification: 'R',
  doi: '10.1136/practneurol-2021-003256',
};

export const JOHNSEN_2019: Source = {
  cite: 'Johnsen 2019',
  year: 2019,
  detail: 'inter-rater variation of the criteria: region definitions, rostral vs caudal, EMG interpretation',
  verification: 'R',
  doi: '10.1016/j.clinph.2018.11.021',
};

export const TURNER_TALBOT_2013: Source = {
  cite: 'Turner 2013',
  year: 2013,
  detail: 'Turner MR, Talbot K. Mimics and chameleons in motor neurone disease (red flags, investigations table)',
  verification: 'K',
  doi: '10.1136/practneurol-2013-000557',
};

export const EFNS_2012: Source = {
  cite: 'Andersen 2012',
  year: 2012,
  detail: 'EFNS guidelines on the clinical management of ALS: diagnostic investigations',
  verification: 'K',
  doi: '10.1111/j.1468-1331.2011.03501.x',
};

export const KUNCL_1988: Source = {
  cite: 'Kuncl 1988',
  year: 1988,
  detail: 'thoracic paraspinal EMG is spared in cervical spondylotic amyotrophy',
  verification: 'R',
  url: 'https://pubmed.ncbi.nlm.nih.gov/3287153/',
};

export const DHARMADASA_2022: Source = {
  cite: 'Dharmadasa 2022',
  year: 2022,
  detail: 'Genetic testing in motor neurone disease: an increasing role for routine testing of all with the diagnosis',
  verification: 'R',
  doi: '10.1136/practneurol-2021-002989',
};

export const TURNER_TALBOT_2013_TABLE: Source = {
  ...TURNER_TALBOT_2013,
  detail:
    'Mimics and chameleons in MND: investigations table (cervical MRI with no signs above the neck; lumbar MRI for LMN signs confined to the legs; brain MRI for isolated dysphagia or hemiparesis)',
  verification: 'R',
};

export const BMJ_BEST_PRACTICE: Source = {
  cite: 'BMJ Best Practice ALS',
  year: 2024,
  detail:
    'criteria and investigations: conduction block or marked slowing points to another diagnosis; RNS decrement can occur in ALS',
  verification: 'R',
  url: 'https://bestpractice.bmj.com/topics/en-gb/330',
};

export const MSD_MANUAL: Source = {
  cite: 'MSD Manual 2024',
  year: 2024,
  detail:
    'ALS and other motor neuron diseases: raised CSF cells or protein suggest another diagnosis; paraprotein screening',
  verification: 'R',
  url: 'https://www.msdmanuals.com/professional/neurologic-disorders/peripheral-nervous-system-and-motor-unit-disorders/amyotrophic-lateral-sclerosis-als-and-other-motor-neuron-diseases-mnds',
};

export const TURNER_2020_PLS: Source = {
  cite: 'Turner 2020',
  year: 2020,
  detail:
    'PLS consensus diagnostic criteria: UMN signs are spasticity, pathological hyperreflexia (Hoffmann, Babinski) and pseudobulbar affect; absence of active LMN degeneration; probable at 2–4 years, definite after 4 years',
  verification: 'K',
  doi: '10.1136/jnnp-2019-322541',
};

export const TURNER_TALBOT_2013_MIMICS: Source = {
  ...TURNER_TALBOT_2013,
  detail:
    'Mimics and chameleons in MND, table 2 (main mimics and their key clues): benign fasciculations (no weakness); MMN; neuralgic amyotrophy (arrest of progression); Kennedy (very slow, gynaecomastia); motor CIDP (symmetrical, fluctuating, mild sensory features, slowed conduction); IBM (quadriceps and forearm flexors, CK >1000); HSP (younger onset, slow, minimal arm involvement, family history); PPMS; cervical myeloradiculopathy',
  verification: 'R',
  url: 'https://pn.bmj.com/content/13/3/153',
};

export const JNNP_2003_MIMIC_TABLE: Source = {
  cite: 'Leigh 2003',
  year: 2003,
  detail:
    'The management of motor neurone disease (JNNP 2003; 74 Suppl 4), table 3 "MND mimic syndromes" modified from Kato 2003: skull base lesions (tongue wasting often asymmetrical: MRI); syringomyelia (LMN signs with dissociated sensory loss: MRI of head and cervical spine); conus and lumbosacral root lesions (MRI thoracic and lumbosacral)',
  verification: 'R',
  url: 'https://jnnp.bmj.com/highwire/markup/169051/expansion',
};

export const WILLIAMS_2013: Source = {
  cite: 'Williams 2013',
  year: 2013,
  detail:
    'Motor neurone disease: diagnostic pitfalls (Clin Med 13:97): HIV and Lyme serology and lumbar puncture in selected cases; CK above 1000 IU/L very unusual in MND; spondylotic disease plateaus, MND does not',
  verification: 'R',
  doi: '10.7861/clinmedicine.13-1-97',
};

export const DAMICO_2011_SMA: Source = {
  cite: "D'Amico 2011",
  year: 2011,
  detail:
    'Spinal muscular atrophy (Orphanet J Rare Dis 6:71): type 4 begins in adult life (after 18, most in the fourth decade or later) with symmetrical proximal weakness; SMN1 deletion testing',
  verification: 'R',
  doi: '10.1186/1750-1172-6-71',
};

export const TASHIRO_2006_HIRAYAMA: Source = {
  cite: 'Tashiro 2006',
  year: 2006,
  detail:
    'Nationwide survey of Hirayama disease in Japan (333 cases): onset in the teens or 20s (peak 15–17), men, one hand and forearm, quiescence within about 6 years; flexion MRI',
  verification: 'R',
  doi: '10.1080/14660820500396877',
};

export const ENGELEN_2012_ALD: Source = {
  cite: 'Engelen 2012',
  year: 2012,
  detail:
    'X-linked adrenoleukodystrophy: clinical presentation and guidelines for diagnosis (Orphanet J Rare Dis 7:51): adrenomyeloneuropathy is a myelopathy with a peripheral neuropathy, often with adrenal insufficiency; plasma VLCFA is the diagnostic test; test adrenal function in every man',
  verification: 'K',
  doi: '10.1186/1750-1172-7-51',
};

export const EAN_PNS_2021_CIDP: Source = {
  cite: 'Van den Bergh 2021',
  year: 2021,
  detail:
    'EAN/PNS guideline on CIDP: electrodiagnostic demyelination with sensory involvement; supportive criteria are CSF protein, nerve ultrasound or plexus MRI, response to treatment; test for a paraprotein',
  verification: 'K',
  doi: '10.1111/ene.14959',
};

export const ENMC_2013_IBM: Source = {
  cite: 'Rose 2013',
  year: 2013,
  detail:
    '188th ENMC workshop, inclusion body myositis criteria: finger flexor weakness greater than shoulder abduction, knee extension greater than hip flexion, age over 45; muscle biopsy; anti-cN1A antibodies (Pluk 2013) and muscle MRI support',
  verification: 'K',
  doi: '10.1016/j.nmd.2013.08.007',
};

export const BANGHAM_2015_HTLV: Source = {
  cite: 'Bangham 2015',
  year: 2015,
  detail:
    'HTLV-1-associated myelopathy/tropical spastic paraparesis (Nat Rev Dis Primers 1:15012): slowly progressive spastic paraparesis with bladder disturbance in people from endemic areas or infected by transfusion; HTLV-1 serology in blood and CSF',
  verification: 'K',
  doi: '10.1038/nrdp.2015.12',
};

export const JAISER_2010_COPPER: Source = {
  cite: 'Jaiser 2010',
  year: 2010,
  detail:
    'Copper deficiency myelopathy (J Neurol 257:869): after upper gastrointestinal surgery or zinc excess (supplements, denture cream); serum copper, caeruloplasmin and zinc',
  verification: 'K',
  doi: '10.1007/s00415-010-5511-x',
};
