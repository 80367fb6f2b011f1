export type { MuscleEntry, MuscleId, MuscleKind, Root } from './muscles.js';
export { isMuscleId, MUSCLE_IDS, MUSCLE_TABLE_SOURCE, MUSCLES, muscleById, muscleIndex } from './muscles.js';
export type { Nerve, NerveId } from './nerves.js';
export { NERVE_IDS, NERVES } from './nerves.js';
export type { Region, Side } from './regions.js';
export {
  isRostralTo,
  REGION_LABEL,
  REGION_RANK,
  REGIONS,
  REGIONS_SOURCE,
  regionBit,
  regionsOfMask,
  SIDES,
  SPINAL_REGIONS,
} from './regions.js';
export type { AnatomySettings } from './rules.js';
export {
  DEFAULT_ANATOMY_SETTINGS,
  DIFFERENT_ROOTS_AND_NERVES_SOURCE,
  differentNerves,
  differentRoots,
  muscleRegion,
  musclesPairForLimbRule,
  THORACIC_LEVEL_SOURCE,
  THORACIC_PARASPINAL_MIN_LEVEL,
  thoracicParaspinalLevelCounts,
} from './rules.js';
