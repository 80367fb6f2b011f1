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
  detail: 'PLS consensus diagnostic criteria: probable at 2–4 years, definite after 4 years without LMN signs',
  verification: 'K',
  doi: '10.1136/jnnp-2019-322541',
};
