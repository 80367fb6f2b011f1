/**
 * The closed vocabularies of the facts model as runtime lists, for CHECK constraints and row
 * mapping. They are the engine's own lists (`VOCABULARY`, proved at compile time to equal the facts
 * model's types), so a value added to the facts model reaches the store from one place; a migration
 * must still add it to the CHECK constraints.
 */
import { VOCABULARY } from '@betz/engine';

export const REGIONS = VOCABULARY.region;
export const SIDES = VOCABULARY.side;
export const SEXES = VOCABULARY.sex;
export const UMN_SIGNS = VOCABULARY.umnSign;
export const FASCICULATION_POTENTIALS = VOCABULARY.fasciculationPotentials;
export const ONSET_SITES = VOCABULARY.onsetSite;
export const PROGRESSION_BY = VOCABULARY.progressionBy;
export const WEAKNESS_TEMPOS = VOCABULARY.weaknessTempo;
export const FAMILY_HISTORY_DISEASES = VOCABULARY.familyHistoryDisease;
export const INVESTIGATION_RESULTS = VOCABULARY.investigationResult;
export const RED_FLAG_JUDGEMENTS = VOCABULARY.redFlagJudgement;
export const VARIANT_CLASSIFICATIONS = VOCABULARY.variantClassification;
export const ADMINISTRATIONS = VOCABULARY.administration;
export const RESPONDERS = VOCABULARY.respondedBy;
export const CAPACITY_KINDS = VOCABULARY.vitalCapacityKind;
export const POSTURES = VOCABULARY.posture;
export const SYMPTOM_CODES = VOCABULARY.symptom;
export const SEVERITIES = VOCABULARY.severity;
export const ALLERGY_REACTIONS = VOCABULARY.allergyReaction;
export const INTERVENTION_KINDS = VOCABULARY.intervention;
export const MEDICATION_ROUTES = VOCABULARY.medicationRoute;
export const DECISION_STATUSES = VOCABULARY.decisionStatus;
export const TRIGGER_MEASURES = VOCABULARY.triggerMeasure;
export const ALSFRS_ITEM_VALUES = [0, 1, 2, 3, 4] as const;

/** Where a referral stands (not part of the engine's case model). */
export const REFERRAL_STATUSES = ['requested', 'accepted', 'seen', 'declined', 'cancelled'] as const;

/** Kinds of visit a clinic records (not part of the engine's case model). */
export const VISIT_KINDS = ['clinic', 'telephone', 'video', 'home', 'ward', 'other'] as const;

/** Account roles (interop-security §5.2). */
export const ROLES = ['admin', 'clinician', 'nurse', 'therapist', 'researcher'] as const;
export type Role = (typeof ROLES)[number];
