export type { KingsClinicalFacts, KingsClinicalTimeline } from './clinical.js';
export { kingsClinicalFacts, kingsClinicalFactsOn, kingsClinicalTimeline } from './clinical.js';
export type { KingsBasis, KingsStaging, MitosStaging, StagingAssessment, StagingHistoryPoint } from './evaluate.js';
export { evaluateStaging, evaluateStagingView, stageKings, stageMitos } from './evaluate.js';
export type { KingsCore, KingsRegions, KingsStageNumber } from './kings.js';
export {
  bulbarInvolved,
  KINGS_CODE,
  kingsCodeFromAlsfrsr,
  kingsFromAlsfrsr,
  kingsGastrostomyFromAlsfrs,
  kingsNivFromAlsfrsr,
  kingsRegionCountFromAlsfrs,
  kingsRegionsFromAlsfrs,
  kingsStage,
  kingsStageCode,
  lowerLimbInvolved,
  upperLimbInvolved,
} from './kings.js';
export type { MitosDomainsLost, MitosOriginalResult, MitosStageNumber } from './mitos.js';
export { mitosDomainsLost, mitosFromAlsfrsOriginal, mitosStageFromAlsfrsr } from './mitos.js';
export { renderStagingText } from './render.js';
export { STAGING_SOURCES } from './sources.js';
