/**
 * Every red-flag code, as data: the stable names a red flag carries in the diagnosis result
 * (redFlags.ts defines each rule; its `code` is typed by this table, and redFlags.test.ts checks
 * that every code here has its rule). Turner & Talbot 2013; BMJ Best Practice; MSD Manual.
 */
export const RED_FLAG_CODES = [
  'sensorySigns',
  'sensoryLevel',
  'abnormalSensoryNerveConduction',
  'motorConductionBlock',
  'sphincterDysfunction',
  'ocularMotilityOrPtosis',
  'fatigableWeakness',
  'lmnArmsUmnLegsWithoutBulbarSigns',
  'neckOrRadicularPain',
  'lmnConfinedToLegs',
  'isolatedDysphagia',
  'hemiparesis',
  'kennedyFeatures',
  'myopathicPattern',
  'ckAbove1000',
  'abnormalCsf',
  'youngOnsetMonomelicArm',
  'youngOnsetPureLmn',
  'pureUmnSyndrome',
  'cerebellarExtrapyramidalOrAutonomic',
  'priorPolio',
  'priorRadiotherapy',
  'fasciculationsWithoutWeakness',
  'bariatricSurgery',
  'heavyMetalExposure',
  'ashkenaziAncestryLmn',
  'dissociatedSensoryLoss',
  'lumbarRadicularPain',
  'unilateralTongueWasting',
  'symmetricProximalLmn',
  'myeloneuropathy',
  'adrenalInsufficiencyOrFamilyAld',
  'familyHistoryOfMimic',
  'thyroidDysfunction',
  'hypercalcaemiaOrHighPth',
  'weaknessTempo',
  'zincExposure',
  'htlv1Exposure',
] as const;

/** The code of a red flag, e.g. 'motorConductionBlock'. */
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(RED_FLAG_CODES);

/** Whether `code` names a red flag (input text, e.g. a recorded judgement, until checked). */
export function isRedFlagCode(code: string): code is RedFlagCode {
  return KNOWN.has(code);
}
