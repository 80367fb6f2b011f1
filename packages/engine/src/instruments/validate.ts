/**
 * Pure validators for ALSFRS-R and original ALSFRS records. They return every problem found,
 * each with the field it concerns, so a form can mark all of them at once; an empty list means
 * the record can be scored.
 */
import { isIsoDate } from '../common/index.js';
import { ADMINISTRATION_MODES, ALSFRS_ORIGINAL_REQUIRED_KEYS, ALSFRSR_REQUIRED_KEYS, RESPONDENTS } from './items.js';

export type AlsfrsProblemCode =
  | 'notAnObject'
  | 'invalidDate'
  | 'missingItem'
  | 'itemNotInteger'
  | 'itemOutOfRange'
  | 'item5Missing'
  | 'item5Both'
  | 'invalidAdministration'
  | 'invalidRespondent'
  | 'revisedItemOnOriginal';

export interface AlsfrsProblem {
  code: AlsfrsProblemCode;
  /** Field name within the record ('speech', 'cuttingWithGastrostomy', 'date'…), '' for the record. */
  field: string;
  message: string;
}

function isItemScore(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4;
}

function checkItem(rec: Record<string, unknown>, field: string, problems: AlsfrsProblem[]): void {
  const v = rec[field];
  if (v === undefined || v === null) {
    problems.push({ code: 'missingItem', field, message: `${field} is required` });
  } else if (typeof v !== 'number' || !Number.isInteger(v)) {
    problems.push({ code: 'itemNotInteger', field, message: `${field} must be a whole number 0-4` });
  } else if (!isItemScore(v)) {
    problems.push({ code: 'itemOutOfRange', field, message: `${field} must be between 0 and 4 (got ${v})` });
  }
}

/**
 * Which instruments require item 5 (cutting food and handling utensils, 5a or 5b). Both do: the
 * original ALSFRS (ALS CNTF Treatment Study Phase I-II Group, Arch Neurol 1996;53:141-7) has the
 * same items 1-9 as the ALSFRS-R (Cedarbaum 1999), item 5 included; a 10-item total without it
 * is not an ALSFRS score. The contracts schemas and the store's CHECK read this, so a record the
 * engine would drop is refused at the edge instead.
 */
export const ITEM_FIVE_REQUIRED = { alsfrsr: true, alsfrsOriginal: true } as const satisfies Record<
  'alsfrsr' | 'alsfrsOriginal',
  boolean
>;

/** Item 5 is 5a (no gastrostomy) or 5b (gastrostomy), exactly one (Cedarbaum 1999). */
function checkItem5(rec: Record<string, unknown>, required: boolean, problems: AlsfrsProblem[]): void {
  const a = rec.cuttingWithoutGastrostomy;
  const b = rec.cuttingWithGastrostomy;
  const hasA = a !== undefined && a !== null;
  const hasB = b !== undefined && b !== null;
  if (hasA && hasB) {
    problems.push({
      code: 'item5Both',
      field: 'cuttingWithGastrostomy',
      message: 'item 5 must be scored as 5a or 5b, not both',
    });
  } else if (required && !hasA && !hasB) {
    problems.push({
      code: 'item5Missing',
      field: 'cuttingWithoutGastrostomy',
      message: 'item 5 is required (5a without gastrostomy, or 5b with gastrostomy)',
    });
  }
  if (hasA) checkItem(rec, 'cuttingWithoutGastrostomy', problems);
  if (hasB) checkItem(rec, 'cuttingWithGastrostomy', problems);
}

function checkCommon(rec: Record<string, unknown>, problems: AlsfrsProblem[]): void {
  if (!isIsoDate(rec.date)) problems.push({ code: 'invalidDate', field: 'date', message: 'date must be YYYY-MM-DD' });
  const mode = rec.administeredBy;
  if (mode !== undefined && !(ADMINISTRATION_MODES as readonly unknown[]).includes(mode)) {
    problems.push({
      code: 'invalidAdministration',
      field: 'administeredBy',
      message: `administeredBy must be one of ${ADMINISTRATION_MODES.join(', ')}`,
    });
  }
}

/**
 * True when every item of `ALSFRSR_REQUIRED_KEYS` is a whole number 0-4 (no problem for checkItem to
 * find). One named load per item: checkItem's keyed load over the key list is megamorphic and was
 * most of the validation of a cohort's million records, nearly all valid; a record that fails here
 * is checked item by item for its problems. A test makes each listed item bad alone: each must be caught.
 */
function requiredRevisedItemsScored(r: Record<string, unknown>): boolean {
  return (
    isItemScore(r.speech) &&
    isItemScore(r.salivation) &&
    isItemScore(r.swallowing) &&
    isItemScore(r.handwriting) &&
    isItemScore(r.dressing) &&
    isItemScore(r.turningInBed) &&
    isItemScore(r.walking) &&
    isItemScore(r.climbingStairs) &&
    isItemScore(r.dyspnoea) &&
    isItemScore(r.orthopnoea) &&
    isItemScore(r.respiratoryInsufficiency)
  );
}

/**
 * Every problem with one ALSFRS-R record (empty when it can be scored).
 *
 * @example validateAlsfrsr({ date: '2025-01-01', speech: 5, … }) // [{ code: 'itemOutOfRange', field: 'speech', … }]
 */
export function validateAlsfrsr(record: unknown): AlsfrsProblem[] {
  const problems: AlsfrsProblem[] = [];
  if (typeof record !== 'object' || record === null) {
    return [{ code: 'notAnObject', field: '', message: 'an ALSFRS-R record must be an object' }];
  }
  const rec = record as Record<string, unknown>;
  checkCommon(rec, problems);
  if (!requiredRevisedItemsScored(rec)) for (const key of ALSFRSR_REQUIRED_KEYS) checkItem(rec, key, problems);
  checkItem5(rec, ITEM_FIVE_REQUIRED.alsfrsr, problems);
  const who = rec.respondedBy;
  if (who !== undefined && !(RESPONDENTS as readonly unknown[]).includes(who)) {
    problems.push({
      code: 'invalidRespondent',
      field: 'respondedBy',
      message: 'respondedBy must be patient or caregiver',
    });
  }
  return problems;
}

/**
 * Every problem with one original (10-item) ALSFRS record. Items 1-9 follow the ALSFRS-R rules;
 * item 10 is the single `respiratory` item. ALSFRS-R respiratory items on such a record are an
 * error: the two versions are never mixed.
 */
export function validateAlsfrsOriginal(record: unknown): AlsfrsProblem[] {
  const problems: AlsfrsProblem[] = [];
  if (typeof record !== 'object' || record === null) {
    return [{ code: 'notAnObject', field: '', message: 'an ALSFRS record must be an object' }];
  }
  const rec = record as Record<string, unknown>;
  checkCommon(rec, problems);
  for (const key of ALSFRS_ORIGINAL_REQUIRED_KEYS) checkItem(rec, key, problems);
  checkItem5(rec, ITEM_FIVE_REQUIRED.alsfrsOriginal, problems);
  for (const revised of ['dyspnoea', 'orthopnoea', 'respiratoryInsufficiency']) {
    if (rec[revised] !== undefined) {
      problems.push({
        code: 'revisedItemOnOriginal',
        field: revised,
        message: `${revised} belongs to the ALSFRS-R; record it as an ALSFRS-R record instead`,
      });
    }
  }
  return problems;
}

/** A problem with one record of a case, with its path. */
export interface RecordProblem extends AlsfrsProblem {
  /** Path in the case model, e.g. 'alsfrsr[2].speech'. */
  path: string;
}
