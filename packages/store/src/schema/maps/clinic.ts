/** Field maps of the clinic's own records, which the engine does not read: identifiers, visits, referrals. */
import { code, date, type FieldsOf, oneOf, text } from '../fields.js';
import { REFERRAL_STATUSES, VISIT_KINDS } from '../vocab.js';

/** A patient identifier (record number, national number): identifying, never in research views. */
export interface PatientIdentifier {
  /** The issuing system: 'mrn', 'nhs', a hospital code. */
  system: string;
  value: string;
}

/** A clinic visit: facts recorded at it may point to it. Not part of the engine's case model. */
export interface Visit {
  date: string;
  kind?: (typeof VISIT_KINDS)[number];
  clinician?: string;
  note?: string;
}

/** A referral to another service, from request to first appointment. Not part of the engine's case model. */
export interface Referral {
  date: string;
  /** The service referred to: 'dietitian', 'speechTherapy', 'respiratory', 'palliativeCare', … */
  service: string;
  status?: (typeof REFERRAL_STATUSES)[number];
  /** The care recommendation it acts on (a care engine code, e.g. 'team.multidisciplinaryClinic'). */
  careCode?: string;
  seenDate?: string;
  note?: string;
}

export const referral: FieldsOf<Referral> = {
  date: date({ required: true }),
  service: code({ required: true }),
  status: oneOf(REFERRAL_STATUSES),
  careCode: code(),
  seenDate: date(),
  note: text({ freeText: true }),
};

export const identifier: FieldsOf<PatientIdentifier> = {
  system: code({ required: true }),
  value: text({ required: true, freeText: true }),
};

export const visit: FieldsOf<Visit> = {
  date: date({ required: true }),
  kind: oneOf(VISIT_KINDS),
  clinician: text({ freeText: true }),
  note: text({ freeText: true }),
};
