/**
 * The ALS mimics a red flag can point to, each with the test that separates it from ALS (the
 * domain reference §5.2: Turner & Talbot 2013; EFNS 2012; BMJ Best Practice; MSD Manual; and the
 * papers cited per row). Red flags name mimics by these codes; the result carries their names.
 */
import type { InvestigationCode } from './catalogue.js';

export interface Mimic {
  name: string;
  /** The test(s) that tell it from ALS: a flag naming the mimic asks for them where the picture fits. */
  separatedBy: readonly InvestigationCode[];
}

const m = (name: string, ...separatedBy: InvestigationCode[]): Mimic => ({ name, separatedBy });

export const MIMICS = {
  mmn: m('multifocal motor neuropathy', 'antiGm1'),
  cidp: m('CIDP', 'csf'),
  cervicalMyeloradiculopathy: m('cervical spondylotic myeloradiculopathy', 'mriCervicalSpine'),
  cervicalRadiculopathy: m('cervical radiculopathy', 'mriCervicalSpine'),
  compressiveMyelopathy: m('compressive myelopathy', 'mriCervicalSpine'),
  syringomyelia: m('syringomyelia', 'mriCervicalSpine'),
  lumbarStenosis: m('lumbar canal stenosis', 'mriLumbarSpine'),
  lumbosacralRadiculopathy: m('lumbosacral radiculopathy', 'mriLumbarSpine'),
  caudaEquina: m('cauda equina lesion', 'mriLumbarSpine'),
  polyradiculopathy: m('inflammatory, infective or neoplastic polyradiculopathy', 'csf'),
  sbma: m('spinal and bulbar muscular atrophy (Kennedy disease)', 'arCagRepeat'),
  ibm: m('inclusion body myositis', 'muscleBiopsy', 'antiCn1a'),
  myopathy: m('other myopathy', 'ck', 'muscleBiopsy'),
  myasthenia: m('myasthenia gravis', 'achrMuskAntibodies'),
  lems: m('Lambert-Eaton myasthenic syndrome', 'vgccAntibodies'),
  mitochondrial: m('mitochondrial disease', 'muscleBiopsy'),
  b12Deficiency: m('vitamin B12 deficiency', 'b12'),
  copperDeficiency: m('copper deficiency myeloneuropathy', 'copper'),
  hexADeficiency: m('adult hexosaminidase A deficiency (late-onset GM2)', 'hexosaminidaseA'),
  paraproteinaemia: m('paraproteinaemic neuropathy or lymphoproliferative disease', 'spep'),
  paraneoplastic: m('paraneoplastic motor neuronopathy', 'paraneoplasticPanel'),
  hiv: m('HIV-associated ALS-like syndrome', 'hiv'),
  htlv1Myelopathy: m('HTLV-1 myelopathy', 'htlv1'),
  leadToxicity: m('lead or heavy metal toxicity', 'heavyMetals'),
  hyperparathyroidism: m('hyperparathyroidism', 'pth'),
  thyrotoxicosis: m('thyrotoxicosis', 'thyroid'),
  lyme: m('Lyme radiculoneuritis', 'lyme'),
  syphilis: m('neurosyphilis', 'syphilis'),
  hirayama: m('Hirayama disease (monomelic amyotrophy)', 'flexionMriCervical'),
  adultSma: m('adult spinal muscular atrophy', 'smn1'),
  hmn: m('hereditary motor neuropathy', 'geneticPanel'),
  hsp: m('hereditary spastic paraplegia', 'hspGenePanel'),
  amn: m('adrenomyeloneuropathy', 'vlcfa'),
  pls: m('primary lateral sclerosis (a phenotype)', 'mriBrain'),
  multipleSclerosis: m('multiple sclerosis', 'mriBrain'),
  brainstemLesion: m('brainstem lesion (stroke, tumour)', 'mriBrain'),
  hemisphericLesion: m('stroke or brain tumour', 'mriBrain'),
  skullBaseLesion: m('skull-base or hypoglossal nerve lesion', 'mriBrain'),
  msa: m('multiple system atrophy', 'mriBrain'),
  sca: m('spinocerebellar ataxia (SCA3 and others)', 'geneticPanel'),
  postPolio: m('post-polio syndrome', 'ncsEmg'),
  radiationInjury: m('radiation plexopathy or myelopathy', 'ncsEmg'),
  benignFasciculation: m('benign fasciculation syndrome', 'ncsEmg'),
  neuralgicAmyotrophy: m('neuralgic amyotrophy', 'ncsEmg'),
  guillainBarre: m('Guillain-Barré syndrome', 'ncsEmg'),
} as const satisfies Readonly<Record<string, Mimic>>;

/** The code of a mimic, e.g. 'syringomyelia'. */
export type MimicCode = keyof typeof MIMICS;
