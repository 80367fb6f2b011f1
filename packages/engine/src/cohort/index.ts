export type {
  KaplanMeierFit,
  KaplanMeierOptions,
  KaplanMeierResult,
  KaplanMeierStep,
  LogRankResult,
  MedianSurvival,
  SurvivalAtTime,
  SurvivalObservation,
} from './survival.js';
export { kaplanMeier, logRankTest, survivalAt } from './survival.js';
