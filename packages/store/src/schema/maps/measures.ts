/** Field maps of function and measurements: ALSFRS-R and the original ALSFRS, vital capacity, respiratory tests, weights. */
import type { AlsfrsOriginalRecord, AlsfrsrRecord, RespiratoryTest, VitalCapacity, WeightRecord } from '@betz/engine';
import { bool, date, type FieldsOf, int, num, oneOf } from '../fields.js';
import { ADMINISTRATIONS, CAPACITY_KINDS, POSTURES, RESPONDERS } from '../vocab.js';

const ALSFRS_ITEM = int(0, 4, { required: true });
const ALSFRS_ITEM_OPTIONAL = int(0, 4);

export const alsfrsr: FieldsOf<AlsfrsrRecord> = {
  date: date({ required: true }),
  speech: ALSFRS_ITEM,
  salivation: ALSFRS_ITEM,
  swallowing: ALSFRS_ITEM,
  handwriting: ALSFRS_ITEM,
  cuttingWithoutGastrostomy: ALSFRS_ITEM_OPTIONAL,
  cuttingWithGastrostomy: ALSFRS_ITEM_OPTIONAL,
  dressing: ALSFRS_ITEM,
  turningInBed: ALSFRS_ITEM,
  walking: ALSFRS_ITEM,
  climbingStairs: ALSFRS_ITEM,
  dyspnoea: ALSFRS_ITEM,
  orthopnoea: ALSFRS_ITEM,
  respiratoryInsufficiency: ALSFRS_ITEM,
  administeredBy: oneOf(ADMINISTRATIONS),
  respondedBy: oneOf(RESPONDERS),
};

export const alsfrsOriginal: FieldsOf<AlsfrsOriginalRecord> = {
  date: date({ required: true }),
  speech: ALSFRS_ITEM,
  salivation: ALSFRS_ITEM,
  swallowing: ALSFRS_ITEM,
  handwriting: ALSFRS_ITEM,
  cuttingWithoutGastrostomy: ALSFRS_ITEM_OPTIONAL,
  cuttingWithGastrostomy: ALSFRS_ITEM_OPTIONAL,
  dressing: ALSFRS_ITEM,
  turningInBed: ALSFRS_ITEM,
  walking: ALSFRS_ITEM,
  climbingStairs: ALSFRS_ITEM,
  respiratory: ALSFRS_ITEM,
  administeredBy: oneOf(ADMINISTRATIONS),
};

export const vitalCapacity: FieldsOf<VitalCapacity> = {
  date: date({ required: true }),
  kind: oneOf(CAPACITY_KINDS, { required: true }),
  posture: oneOf(POSTURES, { required: true }),
  percentPredicted: num(0, 200, { required: true }),
  litres: num(0, 10),
  reliable: bool(),
};

export const respiratoryTest: FieldsOf<RespiratoryTest> = {
  date: date({ required: true }),
  snipCmH2O: num(0, 250, { column: 'snip_cmh2o' }),
  mipCmH2O: num(0, 250, { column: 'mip_cmh2o' }),
  mepCmH2O: num(0, 350, { column: 'mep_cmh2o' }),
  peakCoughFlowLPerMin: num(0, 1000, { column: 'peak_cough_flow_l_per_min' }),
  nocturnalSpo2At88MinutesContinuous: num(0, 1440, { column: 'nocturnal_spo2_at88_minutes' }),
  paco2MmHg: num(10, 150, { column: 'paco2_mmhg' }),
  spo2Percent: num(0, 100),
};

export const weight: FieldsOf<WeightRecord> = {
  date: date({ required: true }),
  weightKg: num(10, 400, { required: true }),
};
