/**
 * The region EMG rules applied to the muscles of one study, as the study is entered: for each
 * region, which muscles were sampled, how each is judged, and whether the region's muscle rule is
 * met (de Carvalho 2008; Shefner 2020 ‡: two limb muscles on different roots and different nerves
 * for cervical and lumbosacral, one muscle for bulbar and thoracic) or why not. It runs the same
 * path as the diagnosis (`gatherFindings` then `buildRegionEvidence`) on a case holding only this
 * study, so an entry screen never re-states the rule.
 */
import type { EmgMuscle, PatientCase, Region } from '../facts/index.js';
import type { CaseFactsView } from '../view/asOf.js';
import type { MuscleEvidence, RegionEmgEvidence } from './emg.js';
import { gatherFindings } from './findings.js';
import { buildRegionEvidence } from './regionEvidence.js';
import { type DiagnosisSettings, resolveSettings } from './settings.js';

export interface StudyRegionEmg {
  region: Region;
  /** The study's muscles that count toward this region under the settings, in muscle-table order. */
  muscles: readonly MuscleEvidence[];
  /** EMG LMN evidence under revised El Escorial (fibrillations or positive sharp waves only). */
  revisedElEscorial: RegionEmgEvidence;
  /** EMG LMN evidence under Awaji and Gold Coast (which judge muscles alike: fasciculation potentials count). */
  awajiGoldCoast: RegionEmgEvidence;
}

export interface StudyEmgEvaluation {
  /** The four regions, rostral first (a region without a sampled muscle says so). */
  regions: readonly StudyRegionEmg[];
  /** Muscle ids the engine's table does not know (they count nowhere). */
  unknownMuscles: readonly string[];
}

/** A date the study is placed on: the rules do not depend on it. */
const ANY_DATE = '2000-01-01';

/**
 * Region by region, whether the EMG muscle rule is met by the muscles of one study.
 *
 * @example
 * evaluateEmgStudyRegions([
 *   { muscle: 'firstDorsalInterosseous', side: 'left', chronicNeurogenicMups: true, fibrillations: true },
 *   { muscle: 'bicepsBrachii', side: 'left', chronicNeurogenicMups: true, fibrillations: true },
 * ]).regions[1].revisedElEscorial.present // true: different roots and different nerves
 */
export function evaluateEmgStudyRegions(
  muscles: readonly EmgMuscle[],
  settings?: Partial<DiagnosisSettings>,
): StudyEmgEvaluation {
  const s = resolveSettings(settings);
  const c: PatientCase = {
    schemaVersion: 1,
    patient: { id: 'emg-study' },
    emg: [{ date: ANY_DATE, muscles: [...muscles] }],
  };
  const view: CaseFactsView = { asOf: ANY_DATE, case: c };
  const findings = gatherFindings(view);
  const { regions } = buildRegionEvidence(findings, s);
  return {
    regions: regions.map((r) => ({
      region: r.region,
      muscles: r.muscles,
      revisedElEscorial: r.sets.revisedElEscorial.lmnEmg,
      awajiGoldCoast: r.sets.awaji.lmnEmg,
    })),
    unknownMuscles: findings.unknownMuscles.map((u) => u.muscle),
  };
}
