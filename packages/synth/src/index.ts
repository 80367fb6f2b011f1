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
export type { ProactAlsfrsOptions } from './proact.js';
export { PROACT_ALSFRS_HEADER, proactAlsfrsCsv } from './proact.js';
export { writeProactFile } from './write-proact.js';
