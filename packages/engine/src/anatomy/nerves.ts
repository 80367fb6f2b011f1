/**
 * Peripheral nerves as the different-nerve rule compares them (de Carvalho 2008; Shefner 2020
 * footnote ‡: two limb muscles "supplied by different roots and nerves").
 *
 * Branches are already folded into their trunk where every lab does so (posterior interosseous =
 * radial, anterior interosseous = median, medial plantar = tibial). `trunk` groups the nerves that a
 * stricter lab treats as one (deep and superficial peroneal; the sciatic divisions and their
 * continuations); the `nerveTrunkRule` setting chooses.
 */
export const NERVE_IDS = [
  'hypoglossal',
  'trigeminal-V3',
  'facial',
  'accessory',
  'dorsal-rami-C',
  'phrenic',
  'dorsal-scapular',
  'suprascapular',
  'axillary',
  'musculocutaneous',
  'long-thoracic',
  'radial',
  'median',
  'ulnar',
  'dorsal-rami-T',
  'intercostal-T',
  'femoral',
  'obturator',
  'peroneal-deep',
  'peroneal-superficial',
  'tibial',
  'superior-gluteal',
  'inferior-gluteal',
  'sciatic-peroneal',
  'sciatic-tibial',
  'dorsal-rami-L',
] as const;

export type NerveId = (typeof NERVE_IDS)[number];

export interface Nerve {
  id: NerveId;
  name: string;
  /** The trunk the nerve belongs to under the 'sharedTrunk' reading (itself when it has none). */
  trunk: NerveId | 'peroneal';
}

const n = (id: NerveId, name: string, trunk: Nerve['trunk'] = id): Nerve => ({ id, name, trunk });

export const NERVES: Readonly<Record<NerveId, Nerve>> = {
  hypoglossal: n('hypoglossal', 'hypoglossal nerve (CN XII)'),
  'trigeminal-V3': n('trigeminal-V3', 'trigeminal nerve, mandibular branch (CN V3)'),
  facial: n('facial', 'facial nerve (CN VII)'),
  accessory: n('accessory', 'spinal accessory nerve (CN XI)'),
  'dorsal-rami-C': n('dorsal-rami-C', 'cervical dorsal rami (segmental)'),
  phrenic: n('phrenic', 'phrenic nerve'),
  'dorsal-scapular': n('dorsal-scapular', 'dorsal scapular nerve'),
  suprascapular: n('suprascapular', 'suprascapular nerve'),
  axillary: n('axillary', 'axillary nerve'),
  musculocutaneous: n('musculocutaneous', 'musculocutaneous nerve'),
  'long-thoracic': n('long-thoracic', 'long thoracic nerve'),
  radial: n('radial', 'radial nerve (incl. posterior interosseous)'),
  median: n('median', 'median nerve (incl. anterior interosseous)'),
  ulnar: n('ulnar', 'ulnar nerve'),
  'dorsal-rami-T': n('dorsal-rami-T', 'thoracic dorsal rami (segmental)'),
  'intercostal-T': n('intercostal-T', 'thoracoabdominal intercostal nerves'),
  femoral: n('femoral', 'femoral nerve'),
  obturator: n('obturator', 'obturator nerve'),
  'peroneal-deep': n('peroneal-deep', 'deep peroneal (fibular) nerve', 'peroneal'),
  'peroneal-superficial': n('peroneal-superficial', 'superficial peroneal (fibular) nerve', 'peroneal'),
  tibial: n('tibial', 'tibial nerve (incl. medial plantar)'),
  'superior-gluteal': n('superior-gluteal', 'superior gluteal nerve'),
  'inferior-gluteal': n('inferior-gluteal', 'inferior gluteal nerve'),
  'sciatic-peroneal': n('sciatic-peroneal', 'sciatic nerve, peroneal division', 'peroneal'),
  'sciatic-tibial': n('sciatic-tibial', 'sciatic nerve, tibial division', 'tibial'),
  'dorsal-rami-L': n('dorsal-rami-L', 'lumbosacral dorsal rami (segmental)'),
};
