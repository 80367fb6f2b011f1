import { describe, expect, it } from 'vitest';
import type { PatientCase, RegionExam } from '../facts/index.js';
import { type CaseSpec, makeCase, region, UMN } from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import { MIMICS, type MimicCode } from './mimics.js';

const AS_OF = '2024-06-01';
const lmn = (r: RegionExam['region'], side: RegionExam['side'] = 'right', extra = {}): RegionExam =>
  region(r, { wasting: true, weakness: true, side, ...extra });
const umn = (r: RegionExam['region'], side: RegionExam['side'] = 'right'): RegionExam =>
  region(r, { umn: UMN[r], side });
const both = (r: RegionExam['region'], side: RegionExam['side'] = 'right'): RegionExam =>
  region(r, { umn: UMN[r], wasting: true, weakness: true, side });
const build = (spec: CaseSpec, edit?: (c: PatientCase) => void): PatientCase => {
  const c = makeCase(spec);
  edit?.(c);
  return c;
};
const flags = (c: PatientCase) => evaluateDiagnosis(c, AS_OF).redFlags;

/** The flag that names the mimic and asks for every one of its separating tests, if any. */
function flagFor(c: PatientCase, mimic: MimicCode) {
  return flags(c).find(
    (f) => f.mimicCodes.includes(mimic) && MIMICS[mimic].separatedBy.every((t) => f.tests.some((x) => x.code === t)),
  );
}

/**
 * Each mimic built from its published description (domain reference §5.2 and the sources cited on the
 * rules): a red flag must name it and ask for the test that separates it.
 */
const VIGNETTES: Record<string, [MimicCode, PatientCase]> = {
  // Turner 2013 table 2; BMJ Best Practice: weakness in a nerve territory with conduction block.
  'multifocal motor neuropathy': [
    'mmn',
    build({ regions: [lmn('cervical', 'left')], ncs: { motorConductionBlock: true } }),
  ],
  'cervical spondylotic myeloradiculopathy': [
    'cervicalMyeloradiculopathy',
    build({ regions: [region('bulbar', { side: 'midline' }), lmn('cervical'), umn('lumbosacral')] }),
  ],
  'Kennedy disease': [
    'sbma',
    build({ regions: [lmn('bulbar', 'midline'), lmn('cervical')], sex: 'male', other: { gynaecomastia: true } }),
  ],
  'inclusion body myositis': [
    'ibm',
    build({ regions: [lmn('cervical'), lmn('lumbosacral')], other: { fingerFlexorQuadricepsWeakness: true } }),
  ],
  'myasthenia gravis': [
    'myasthenia',
    build({ regions: [lmn('bulbar', 'midline')], other: { fatigableWeakness: true, ptosis: true } }),
  ],
  'B12 deficiency': ['b12Deficiency', build({ regions: [umn('lumbosacral')], other: { objectiveSensoryLoss: true } })],
  'copper deficiency after zinc excess': [
    'copperDeficiency',
    build({ regions: [umn('lumbosacral')] }, (c) => (c.history!.zincExposure = true)),
  ],
  'hexosaminidase A deficiency': [
    'hexADeficiency',
    build({ regions: [lmn('lumbosacral')], other: { cerebellarSigns: true } }),
  ],
  paraproteinaemia: ['paraproteinaemia', build({ regions: [lmn('cervical')], ncs: { sensoryAbnormal: true } })],
  'HIV-associated syndrome': [
    'hiv',
    build({ regions: [both('cervical')] }, (c) =>
      c.investigations!.push({ code: 'csf', date: '2024-04-01', result: 'abnormal', note: 'pleocytosis' }),
    ),
  ],
  'HTLV-1 myelopathy': [
    'htlv1Myelopathy',
    build({ regions: [umn('lumbosacral', 'left'), umn('lumbosacral', 'right')] }, (c) => {
      c.history!.htlv1EndemicOrigin = true;
      c.history!.bloodTransfusion = true;
    }),
  ],
  'lead toxicity': [
    'leadToxicity',
    build({ regions: [lmn('cervical')] }, (c) => (c.history!.heavyMetalExposure = true)),
  ],
  hyperparathyroidism: [
    'hyperparathyroidism',
    build({
      regions: [region('cervical', { umn: ['hyperreflexia'] }), region('lumbosacral', { umn: ['hyperreflexia'] })],
    }),
  ],
  thyrotoxicosis: [
    'thyrotoxicosis',
    build(
      {
        regions: [
          region('cervical', { umn: ['hyperreflexia'], fasc: true }),
          region('lumbosacral', { umn: ['hyperreflexia'] }),
        ],
        other: { posturalTremor: true },
      },
      (c) =>
        c.investigations!.push({
          code: 'thyroid',
          date: '2024-04-01',
          result: 'abnormal',
          note: 'TSH suppressed, FT4 high',
        }),
    ),
  ],
  'Lyme radiculoneuritis': [
    'lyme',
    build({ regions: [lmn('cervical')], other: { neckOrRadicularPain: true } }, (c) =>
      c.investigations!.push({ code: 'csf', date: '2024-04-01', result: 'abnormal' }),
    ),
  ],
  neurosyphilis: [
    'syphilis',
    build({ regions: [both('cervical')] }, (c) =>
      c.investigations!.push({ code: 'csf', date: '2024-04-01', result: 'abnormal' }),
    ),
  ],
  'Hirayama disease': [
    'hirayama',
    build({ regions: [lmn('cervical')], birthDate: '2004-01-01', onsetDate: '2022-01-01' }),
  ],
  // D'Amico 2011: onset after 30 is usual for type 4; symmetrical and proximal.
  'adult SMA, onset at 45': [
    'adultSma',
    build({
      regions: [
        lmn('cervical', 'left'),
        lmn('cervical', 'right'),
        lmn('lumbosacral', 'left'),
        lmn('lumbosacral', 'right'),
      ],
      birthDate: '1978-01-01',
      onsetDate: '2023-01-01',
      other: { symmetricWeakness: true, proximalPredominantWeakness: true },
    }),
  ],
  // Turner 2013 table 2: younger onset, slow, minimal arm involvement, family history.
  'hereditary spastic paraplegia': [
    'hsp',
    build({ regions: [umn('lumbosacral', 'left'), umn('lumbosacral', 'right')] }, (c) => {
      c.history!.weaknessTempo = 'slowOverYears';
      c.history!.familyHistory = { diseases: ['hereditarySpasticParaplegia'] };
    }),
  ],
  // Engelen 2012: a myelopathy with a neuropathy (the neuropathy's distal wasting is LMN), adrenal insufficiency.
  adrenomyeloneuropathy: [
    'amn',
    build(
      {
        regions: [umn('lumbosacral', 'left'), lmn('lumbosacral', 'right')],
        sex: 'male',
        ncs: { sensoryAbnormal: true },
      },
      (c) => (c.history!.adrenalInsufficiency = true),
    ),
  ],
  // Leigh 2003: LMN signs in the hands with dissociated sensory loss.
  syringomyelia: [
    'syringomyelia',
    build({ regions: [lmn('cervical'), umn('lumbosacral')], other: { dissociatedSensoryLoss: true } }),
  ],
  // Turner 2013 table 2: motor CIDP is symmetrical with mild sensory features and slowed conduction.
  CIDP: [
    'cidp',
    build({
      regions: [lmn('cervical', 'left'), lmn('cervical', 'right')],
      sex: 'male',
      ncs: { demyelinatingSlowing: true, sensoryAbnormal: true },
      other: { symmetricWeakness: true },
    }),
  ],
  'benign fasciculation syndrome': ['benignFasciculation', build({ regions: [region('lumbosacral', { fasc: true })] })],
  'post-polio syndrome': ['postPolio', build({ regions: [lmn('lumbosacral')] }, (c) => (c.history!.priorPolio = true))],
  'lumbar canal stenosis': [
    'lumbarStenosis',
    build({ regions: [lmn('lumbosacral')], other: { lumbarRadicularPain: true } }),
  ],
  'brainstem lesion': [
    'brainstemLesion',
    build({ regions: [lmn('bulbar', 'midline')], other: { isolatedDysphagia: true } }),
  ],
};

describe('each mimic, built from its published description, is named by a red flag that asks for its separating test', () => {
  it.each(Object.entries(VIGNETTES))('%s', (_, [mimic, c]) => {
    const flag = flagFor(c, mimic);
    expect(
      flag,
      `${mimic}: ${JSON.stringify(flags(c).map((f) => [f.code, f.mimicCodes, f.tests.map((t) => t.code)]))}`,
    ).toBeDefined();
  });
  it('covers the mimics of the domain reference (§5.2) and the issue', () => {
    const covered = new Set(Object.values(VIGNETTES).map(([m]) => m));
    const required: MimicCode[] = [
      'mmn',
      'cervicalMyeloradiculopathy',
      'sbma',
      'ibm',
      'myasthenia',
      'b12Deficiency',
      'copperDeficiency',
      'hexADeficiency',
      'paraproteinaemia',
      'hiv',
      'htlv1Myelopathy',
      'leadToxicity',
      'hyperparathyroidism',
      'thyrotoxicosis',
      'lyme',
      'syphilis',
      'hirayama',
      'adultSma',
      'hsp',
      'amn',
      'syringomyelia',
      'cidp',
      'benignFasciculation',
      'postPolio',
      'lumbarStenosis',
      'brainstemLesion',
    ];
    expect(required.filter((m) => !covered.has(m))).toEqual([]);
  });
});

describe('typical ALS raises no red flag', () => {
  const controls: Record<string, PatientCase> = {
    'bulbar onset, UMN and LMN in three regions': build({
      regions: [both('bulbar', 'midline'), both('cervical'), both('lumbosacral', 'left')],
      other: { splitHand: true, headDrop: true },
    }),
    'limb onset, asymmetric, brisk reflexes in wasted muscles, progressive': build(
      {
        regions: [
          both('cervical', 'left'),
          region('cervical', { umn: ['hyperreflexia'], fasc: true, side: 'right' }),
          both('lumbosacral'),
        ],
      },
      (c) => (c.history!.weaknessTempo = 'progressive'),
    ),
    'with ALS in the family and mildly raised CK': build(
      { regions: [both('bulbar', 'midline'), both('cervical')] },
      (c) => {
        c.history!.familyHistory = { als: true };
        c.labs = [{ date: '2024-03-01', test: 'ck', value: 400, upperLimitOfNormal: 200 }];
      },
    ),
  };
  it.each(Object.entries(controls))('%s', (_, c) => {
    expect(flags(c).map((f) => f.code)).toEqual([]);
  });
});

describe('a flag points the way the whole picture does (issue 14)', () => {
  const tests = (c: PatientCase, code: string) =>
    flags(c)
      .find((f) => f.code === code)
      ?.tests.map((t) => t.code) ?? [];
  it('radicular pain with LMN signs only in the legs asks for lumbar, not cervical, imaging', () => {
    const c = build({ regions: [lmn('lumbosacral')], other: { neckOrRadicularPain: true } });
    expect(tests(c, 'neckOrRadicularPain')).toContain('mriLumbarSpine');
    expect(tests(c, 'neckOrRadicularPain')).not.toContain('mriCervicalSpine');
  });
  it('brisk reflexes with thyrotoxicosis name it in the pure-UMN flag and in its own', () => {
    const [, c] = VIGNETTES.thyrotoxicosis!;
    const pure = flags(c).find((f) => f.code === 'pureUmnSyndrome');
    expect(pure?.mimicCodes).toContain('thyrotoxicosis');
    expect(flags(c).map((f) => f.code)).toContain('thyroidDysfunction');
  });
  it('abnormal sensory conduction in a demyelinating neuropathy points to CIDP, not only Kennedy disease', () => {
    const [, c] = VIGNETTES.CIDP!;
    expect(flags(c).map((f) => f.code)).not.toContain('kennedyFeatures');
    expect(flags(c).find((f) => f.code === 'abnormalSensoryNerveConduction')?.mimicCodes).toContain('cidp');
    expect(tests(c, 'abnormalSensoryNerveConduction')).toEqual(expect.arrayContaining(['csf', 'spep']));
  });
  it('isolated dysphagia in a myopathic picture asks for the biopsy and anti-cN1A as well as the brain MRI', () => {
    const c = build({
      regions: [lmn('bulbar', 'midline')],
      other: { isolatedDysphagia: true, fingerFlexorQuadricepsWeakness: true },
    });
    expect(tests(c, 'isolatedDysphagia')).toEqual(
      expect.arrayContaining(['mriBrain', 'muscleBiopsy', 'antiCn1a', 'ck']),
    );
  });
  it('every picture clause names its source', () => {
    for (const f of flags(VIGNETTES.CIDP![1]))
      for (const p of f.picture) expect(p.source.cite.length).toBeGreaterThan(0);
  });
});
