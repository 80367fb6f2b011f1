/** The ALSFRS-R and original ALSFRS as instruments: items with their anchors, validation and scoring. */
export * from './items.js';
export * from './score.js';
export * from './validate.js';
