/**
 * The needle-EMG muscle table: region, root set, principal root and peripheral nerve of the muscles
 * commonly sampled in suspected ALS. Roots and nerves follow the standard EMG references; books differ
 * by about one segment for some muscles, so the root set and the principal root are stored apart.
 */
import type { Source } from '../common/source.js';
import type { Region } from '../facts/index.js';
import type { NerveId } from './nerves.js';

/** Cranial nerve nuclei (bulbar) and spinal roots. */
export type Root =
  | 'CNV'
  | 'CNVII'
  | 'CNXI'
  | 'CNXII'
  | `C${2 | 3 | 4 | 5 | 6 | 7 | 8}`
  | `T${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`
  | `L${1 | 2 | 3 | 4 | 5}`
  | `S${1 | 2}`;

/**
 * - `cranial`: bulbar muscles; `neck`: accessory-nerve muscles (region is a setting);
 * - `limb`: pairs under the two-muscle rule; `respiratory`: diaphragm (cervical, pairs like a limb muscle);
 * - `paraspinal`: axial, never pairs as a limb muscle; `abdominal`: thoracic wall.
 */
export type MuscleKind = 'cranial' | 'neck' | 'limb' | 'respiratory' | 'paraspinal' | 'abdominal';

export interface MuscleEntry {
  id: MuscleId;
  name: string;
  /** Region by default; for `accessoryNerve` muscles the `accessoryMuscleRegion` setting decides. */
  region: Region;
  kind: MuscleKind;
  roots: readonly Root[];
  /** The root that supplies most of the muscle; null for segmental (paraspinal, abdominal) muscles. */
  principalRoot: Root | null;
  nerve: NerveId;
  /** Supplied by the spinal accessory nerve (sternocleidomastoid, trapezius): bulbar or cervical by setting. */
  accessoryNerve?: true;
  notes?: string;
}

/** Muscle ids, in the order of the table (ids.md); `EmgMuscle.muscle` takes one of these. */
export const MUSCLE_IDS = [
  'genioglossus',
  'masseter',
  'mylohyoid',
  'orbicularisOris',
  'mentalis',
  'frontalis',
  'sternocleidomastoid',
  'trapezius',
  'cervicalParaspinals',
  'diaphragm',
  'rhomboidMajor',
  'supraspinatus',
  'infraspinatus',
  'deltoid',
  'bicepsBrachii',
  'brachioradialis',
  'serratusAnterior',
  'pronatorTeres',
  'flexorCarpiRadialis',
  'tricepsBrachii',
  'extensorCarpiRadialisLongus',
  'extensorDigitorumCommunis',
  'extensorIndicis',
  'flexorCarpiUlnaris',
  'flexorDigitorumProfundus34',
  'flexorPollicisLongus',
  'abductorPollicisBrevis',
  'firstDorsalInterosseous',
  'abductorDigitiMinimi',
  'thoracicParaspinals',
  'rectusAbdominis',
  'externalOblique',
  'iliopsoas',
  'adductorLongus',
  'vastusLateralis',
  'vastusMedialis',
  'rectusFemoris',
  'tibialisAnterior',
  'extensorHallucisLongus',
  'extensorDigitorumBrevis',
  'peroneusLongus',
  'tibialisPosterior',
  'gluteusMedius',
  'tensorFasciaeLatae',
  'gluteusMaximus',
  'bicepsFemorisShortHead',
  'bicepsFemorisLongHead',
  'gastrocnemiusMedial',
  'soleus',
  'flexorDigitorumLongus',
  'abductorHallucis',
  'lumbosacralParaspinals',
] as const;

export type MuscleId = (typeof MUSCLE_IDS)[number];

export const MUSCLE_TABLE_SOURCE: Source = {
  cite: 'Preston 2013',
  year: 2013,
  detail:
    'Preston DC, Shapiro BE. Electromyography and Neuromuscular Disorders, 3rd ed.: muscle, root and nerve tables; with Aids to the Examination of the Peripheral Nervous System (2010)',
  verification: 'K',
};

type Row = [MuscleId, string, Region, MuscleKind, readonly Root[], Root | null, NerveId, string?];

const PRINCIPAL_ASSUMED = 'no principal root marked in the reference table: the middle root is taken';

// One row per muscle: id, name, region, kind, roots, principal root, nerve, notes.
const ROWS: readonly Row[] = [
  [
    'genioglossus',
    'genioglossus (tongue)',
    'bulbar',
    'cranial',
    ['CNXII'],
    'CNXII',
    'hypoglossal',
    'most used bulbar muscle; hard to relax',
  ],
  ['masseter', 'masseter', 'bulbar', 'cranial', ['CNV'], 'CNV', 'trigeminal-V3'],
  ['mylohyoid', 'mylohyoid / anterior digastric (submental)', 'bulbar', 'cranial', ['CNV'], 'CNV', 'trigeminal-V3'],
  ['orbicularisOris', 'orbicularis oris', 'bulbar', 'cranial', ['CNVII'], 'CNVII', 'facial'],
  ['mentalis', 'mentalis', 'bulbar', 'cranial', ['CNVII'], 'CNVII', 'facial'],
  ['frontalis', 'frontalis', 'bulbar', 'cranial', ['CNVII'], 'CNVII', 'facial'],
  [
    'sternocleidomastoid',
    'sternocleidomastoid',
    'cervical',
    'neck',
    ['CNXI', 'C2', 'C3'],
    'CNXI',
    'accessory',
    'cervical by default; some studies treat it as bulbar (setting accessoryMuscleRegion)',
  ],
  [
    'trapezius',
    'trapezius (upper)',
    'cervical',
    'neck',
    ['CNXI', 'C3', 'C4'],
    'CNXI',
    'accessory',
    'cervical by default; some studies treat it as bulbar (setting accessoryMuscleRegion)',
  ],
  [
    'cervicalParaspinals',
    'cervical paraspinals',
    'cervical',
    'paraspinal',
    ['C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
    null,
    'dorsal-rami-C',
    'axial; spondylosis confounds it; never pairs as a limb muscle',
  ],
  [
    'diaphragm',
    'diaphragm',
    'cervical',
    'respiratory',
    ['C3', 'C4', 'C5'],
    'C4',
    'phrenic',
    'EEC 1994 lists the diaphragm under cervical LMN signs',
  ],
  ['rhomboidMajor', 'rhomboid major', 'cervical', 'limb', ['C4', 'C5'], 'C5', 'dorsal-scapular'],
  ['supraspinatus', 'supraspinatus', 'cervical', 'limb', ['C5', 'C6'], 'C5', 'suprascapular'],
  ['infraspinatus', 'infraspinatus', 'cervical', 'limb', ['C5', 'C6'], 'C5', 'suprascapular'],
  ['deltoid', 'deltoid', 'cervical', 'limb', ['C5', 'C6'], 'C5', 'axillary'],
  ['bicepsBrachii', 'biceps brachii', 'cervical', 'limb', ['C5', 'C6'], 'C5', 'musculocutaneous'],
  ['brachioradialis', 'brachioradialis', 'cervical', 'limb', ['C5', 'C6'], 'C6', 'radial'],
  [
    'serratusAnterior',
    'serratus anterior',
    'cervical',
    'limb',
    ['C5', 'C6', 'C7'],
    'C6',
    'long-thoracic',
    PRINCIPAL_ASSUMED,
  ],
  ['pronatorTeres', 'pronator teres', 'cervical', 'limb', ['C6', 'C7'], 'C6', 'median'],
  ['flexorCarpiRadialis', 'flexor carpi radialis', 'cervical', 'limb', ['C6', 'C7'], 'C7', 'median'],
  ['tricepsBrachii', 'triceps brachii', 'cervical', 'limb', ['C6', 'C7', 'C8'], 'C7', 'radial'],
  [
    'extensorCarpiRadialisLongus',
    'extensor carpi radialis longus',
    'cervical',
    'limb',
    ['C6', 'C7'],
    'C6',
    'radial',
    PRINCIPAL_ASSUMED,
  ],
  [
    'extensorDigitorumCommunis',
    'extensor digitorum communis',
    'cervical',
    'limb',
    ['C7', 'C8'],
    'C7',
    'radial',
    'posterior interosseous branch of the radial nerve',
  ],
  [
    'extensorIndicis',
    'extensor indicis',
    'cervical',
    'limb',
    ['C7', 'C8'],
    'C8',
    'radial',
    'posterior interosseous branch of the radial nerve',
  ],
  ['flexorCarpiUlnaris', 'flexor carpi ulnaris', 'cervical', 'limb', ['C7', 'C8', 'T1'], 'C8', 'ulnar'],
  ['flexorDigitorumProfundus34', 'flexor digitorum profundus III–IV', 'cervical', 'limb', ['C7', 'C8'], 'C8', 'ulnar'],
  [
    'flexorPollicisLongus',
    'flexor pollicis longus',
    'cervical',
    'limb',
    ['C7', 'C8'],
    'C8',
    'median',
    'anterior interosseous branch of the median nerve',
  ],
  [
    'abductorPollicisBrevis',
    'abductor pollicis brevis',
    'cervical',
    'limb',
    ['C8', 'T1'],
    'T1',
    'median',
    'split hand: APB and FDI wasted more than ADM',
  ],
  ['firstDorsalInterosseous', 'first dorsal interosseous', 'cervical', 'limb', ['C8', 'T1'], 'C8', 'ulnar'],
  ['abductorDigitiMinimi', 'abductor digiti minimi (hand)', 'cervical', 'limb', ['C8', 'T1'], 'C8', 'ulnar'],
  [
    'thoracicParaspinals',
    'thoracic paraspinals',
    'thoracic',
    'paraspinal',
    ['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
    null,
    'dorsal-rami-T',
    'counts only when sampled at or below T6 (record EmgMuscle.thoracicLevel)',
  ],
  [
    'rectusAbdominis',
    'rectus abdominis',
    'thoracic',
    'abdominal',
    ['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
    null,
    'intercostal-T',
  ],
  [
    'externalOblique',
    'external oblique',
    'thoracic',
    'abdominal',
    ['T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1'],
    null,
    'intercostal-T',
  ],
  [
    'iliopsoas',
    'iliopsoas (iliacus)',
    'lumbosacral',
    'limb',
    ['L2', 'L3', 'L4'],
    'L3',
    'femoral',
    'iliacus: femoral nerve; psoas: lumbar plexus',
  ],
  ['adductorLongus', 'adductor longus', 'lumbosacral', 'limb', ['L2', 'L3', 'L4'], 'L3', 'obturator'],
  ['vastusLateralis', 'vastus lateralis', 'lumbosacral', 'limb', ['L2', 'L3', 'L4'], 'L4', 'femoral'],
  ['vastusMedialis', 'vastus medialis', 'lumbosacral', 'limb', ['L2', 'L3', 'L4'], 'L4', 'femoral'],
  ['rectusFemoris', 'rectus femoris', 'lumbosacral', 'limb', ['L2', 'L3', 'L4'], 'L3', 'femoral', PRINCIPAL_ASSUMED],
  ['tibialisAnterior', 'tibialis anterior', 'lumbosacral', 'limb', ['L4', 'L5'], 'L4', 'peroneal-deep'],
  [
    'extensorHallucisLongus',
    'extensor hallucis longus',
    'lumbosacral',
    'limb',
    ['L4', 'L5', 'S1'],
    'L5',
    'peroneal-deep',
  ],
  ['extensorDigitorumBrevis', 'extensor digitorum brevis', 'lumbosacral', 'limb', ['L5', 'S1'], 'L5', 'peroneal-deep'],
  ['peroneusLongus', 'peroneus (fibularis) longus', 'lumbosacral', 'limb', ['L5', 'S1'], 'L5', 'peroneal-superficial'],
  [
    'tibialisPosterior',
    'tibialis posterior',
    'lumbosacral',
    'limb',
    ['L4', 'L5', 'S1'],
    'L5',
    'tibial',
    'separates an L5 root lesion from a peroneal neuropathy',
  ],
  ['gluteusMedius', 'gluteus medius', 'lumbosacral', 'limb', ['L4', 'L5', 'S1'], 'L5', 'superior-gluteal'],
  ['tensorFasciaeLatae', 'tensor fasciae latae', 'lumbosacral', 'limb', ['L4', 'L5', 'S1'], 'L5', 'superior-gluteal'],
  ['gluteusMaximus', 'gluteus maximus', 'lumbosacral', 'limb', ['L5', 'S1', 'S2'], 'S1', 'inferior-gluteal'],
  [
    'bicepsFemorisShortHead',
    'biceps femoris, short head',
    'lumbosacral',
    'limb',
    ['L5', 'S1', 'S2'],
    'S1',
    'sciatic-peroneal',
  ],
  [
    'bicepsFemorisLongHead',
    'biceps femoris, long head / semitendinosus',
    'lumbosacral',
    'limb',
    ['L5', 'S1', 'S2'],
    'S1',
    'sciatic-tibial',
  ],
  ['gastrocnemiusMedial', 'gastrocnemius, medial head', 'lumbosacral', 'limb', ['S1', 'S2'], 'S1', 'tibial'],
  ['soleus', 'soleus', 'lumbosacral', 'limb', ['S1', 'S2'], 'S1', 'tibial'],
  ['flexorDigitorumLongus', 'flexor digitorum longus', 'lumbosacral', 'limb', ['L5', 'S1', 'S2'], 'S1', 'tibial'],
  [
    'abductorHallucis',
    'abductor hallucis',
    'lumbosacral',
    'limb',
    ['S1', 'S2'],
    'S1',
    'tibial',
    'medial plantar branch of the tibial nerve',
  ],
  [
    'lumbosacralParaspinals',
    'lumbosacral paraspinals',
    'lumbosacral',
    'paraspinal',
    ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'],
    null,
    'dorsal-rami-L',
    'axial; canal stenosis confounds it; never pairs as a limb muscle',
  ],
];

/** The muscle table in the order of MUSCLE_IDS. */
export const MUSCLES: readonly MuscleEntry[] = ROWS.map(
  ([id, name, region, kind, roots, principalRoot, nerve, notes]) => {
    const m: MuscleEntry = { id, name, region, kind, roots, principalRoot, nerve };
    if (kind === 'neck') m.accessoryNerve = true;
    if (notes) m.notes = notes;
    return m;
  },
);

const INDEX_BY_ID: ReadonlyMap<string, number> = new Map(MUSCLES.map((m, i) => [m.id, i]));

/** Position of a muscle in the table, or -1 for an id the table does not know. */
export function muscleIndex(id: string): number {
  return INDEX_BY_ID.get(id) ?? -1;
}

/** The table row of a muscle id, or undefined for an unknown id. */
export function muscleById(id: string): MuscleEntry | undefined {
  const i = INDEX_BY_ID.get(id);
  return i === undefined ? undefined : MUSCLES[i];
}

export function isMuscleId(id: string): id is MuscleId {
  return INDEX_BY_ID.has(id);
}
