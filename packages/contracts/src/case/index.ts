export {
  AdvanceCarePlanSchema,
  AllergySchema,
  CareDecisionSchema,
  EndpointsSchema,
  InterventionSchema,
  LabResultSchema,
  MedicationSchema,
  ScreeningSchema,
  SymptomCodeSchema,
  SymptomReportSchema,
} from './care.js';
export { type DateOrderIssue, dateOrderIssues } from './date-order.js';
export { EmgMuscleSchema, EmgStudySchema, NerveConductionSchema } from './emg.js';
export { type CaseIssue, caseErrorMap, describeValue, formatPath, toCaseIssues } from './errors.js';
export {
  ExamSchema,
  OtherExamFindingsSchema,
  RegionExamSchema,
  RegionSchema,
  SexSchema,
  SideSchema,
  UmnSignSchema,
} from './exam.js';
export {
  AlsfrsOriginalRecordSchema,
  AlsfrsrRecordSchema,
  RespiratoryTestSchema,
  VitalCapacitySchema,
  WeightRecordSchema,
} from './function.js';
export {
  GeneticResultSchema,
  HistorySchema,
  InvestigationSchema,
  OnsetSiteSchema,
  VariantClassificationSchema,
} from './history.js';
export { closestId, INVESTIGATION_CODES, type InvestigationCode, MUSCLE_IDS, type MuscleId } from './ids.js';
export { CASE_JSON_SCHEMA_PATH, caseJsonSchema, caseJsonSchemaText } from './json-schema.js';
export { FACT_KINDS_DOC_PATH, factKindsTable, withFactKindsTable } from './kinds-table.js';
export { type CaseParseResult, parseCase, parseCaseJson } from './parse.js';
export {
  CASE_SCHEMA_VERSION,
  type PatientCaseInput,
  type PatientCaseOutput,
  PatientCaseSchema,
  PatientSchema,
} from './patient-case.js';
