export type { SyntheticPatient, SyntheticTruth, SynthOptions } from './cohort.js';
export {
  DEFAULT_SYNTH_END,
  DEFAULT_SYNTH_START,
  generateCohort,
  generateCohortWithTruth,
  generatePatient,
} from './cohort.js';
export type { EventType, MimicKind, OnsetRegion, Phenotype } from './latent.js';
export type { Cited } from './params.js';
export { SYNTH_PARAMETERS } from './params.js';
export { hash32, Rng } from './prng.js';
