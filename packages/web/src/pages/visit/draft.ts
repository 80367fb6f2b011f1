/**
 * The unsaved visit: what the clinician has entered (in React state only, never in browser
 * storage), the one request that saves it (`POST /patients/:id/visit-entry`), the stored case with
 * the visit merged in (what the live panel assesses), and the way back from an API issue path
 * (`facts[2].data.percentPredicted`) to the input that produced it.
 */

import type { Medication, MedicationRoute, PatientCase, SymptomCode, SymptomReport, VitalCapacity } from '@betz/engine';
import { FACT_KIND_CATALOGUE, type FactKindName, validateAlsfrsr } from '@betz/engine';
import type { ApiRequestError } from '../../api/client';
import { type AlsfrsDraft, EMPTY_ALSFRS, summariseAlsfrs } from '../../components/AlsfrsForm';
import { BODY_MAP_CELLS, type BodyMapValue, regionExamsOf } from '../../components/BodyMap';
import { pickedOrRecognised } from '../../components/DrugPicker';
import { localIsoDate } from '../../dates';
import type { OtherFindingsValue } from './OtherFindings';

export const VISIT_KINDS = ['clinic', 'telephone', 'video', 'home', 'ward', 'other'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export type Severity = NonNullable<SymptomReport['severity']>;

export interface StartedMedication {
  /** As written. */
  drug: string;
  /** The code picked from the drug table; absent when typed by hand. */
  code?: string;
  dose: string;
  route: MedicationRoute | '';
}

export interface VisitDraft {
  date: string;
  kind: VisitKind;
  clinician: string;
  note: string;
  exam: BodyMapValue;
  /** Findings outside the motor regions (red flags and mimics read them). */
  other: OtherFindingsValue;
  alsfrs: AlsfrsDraft;
  vc: { kind: VitalCapacity['kind']; posture: VitalCapacity['posture']; percentPredicted: string; litres: string };
  weightKg: string;
  /** Reported symptoms, with a severity or '' for none given. */
  symptoms: Partial<Record<SymptomCode, Severity | ''>>;
  started: StartedMedication[];
  /** Stored medication facts stopped at this visit, by fact id. */
  stopped: string[];
}

/** Today in the clinician's time zone, YYYY-MM-DD (a visit is dated by the local calendar). */
export function localToday(now = new Date()): string {
  return localIsoDate(now);
}

export function emptyDraft(date: string, clinician: string, gastrostomy = false): VisitDraft {
  return {
    date,
    kind: 'clinic',
    clinician,
    note: '',
    exam: {},
    other: {},
    alsfrs: { ...EMPTY_ALSFRS, gastrostomy },
    vc: { kind: 'FVC', posture: 'sitting', percentPredicted: '', litres: '' },
    weightKg: '',
    symptoms: {},
    started: [{ drug: '', dose: '', route: '' }],
    stopped: [],
  };
}

/** A number typed in a field: undefined when blank, NaN when not a number (the form says so). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return Number(t);
}

export interface DraftFact {
  kind: FactKindName;
  data: Record<string, unknown>;
}

/**
 * Where an issue of one fact lands in the form: a field key (`vc.percentPredicted`,
 * `exam.cervical.right`, `alsfrs.speech`, `symptom.cramps`, `started.0.drug`) from the data path
 * after `facts[i].data.` (`percentPredicted`, `regions[3].side`).
 */
type FieldOf = (dataPath: string) => string;

export interface VisitEntryRequest {
  body: {
    visit: { date: string; kind?: VisitKind; clinician?: string; note?: string };
    facts: DraftFact[];
  };
  /** For facts[i], the form field an issue path belongs to. */
  fieldOf: FieldOf[];
  /** Problems found before sending, by field key (nothing is sent while there are any). */
  problems: Record<string, string>;
}

const firstSegment = (path: string) => path.split(/[.[]/)[0] ?? '';

/** The request that saves the visit, with the way back from its issue paths to the form. */
export function buildVisitEntry(draft: VisitDraft): VisitEntryRequest {
  const date = draft.date;
  const facts: DraftFact[] = [];
  const fieldOf: FieldOf[] = [];
  const problems: Record<string, string> = {};
  const add = (fact: DraftFact, map: FieldOf) => {
    facts.push(fact);
    fieldOf.push((path) => (firstSegment(path) === 'date' ? 'visit.date' : map(path)));
  };

  const regions = regionExamsOf(draft.exam);
  const other = Object.keys(draft.other).length > 0 ? { other: { ...draft.other } } : {};
  if (regions.length > 0 || other.other) {
    const examiner = draft.clinician.trim();
    add({ kind: 'exam', data: { date, ...(examiner ? { examiner } : {}), regions, ...other } }, (path) => {
      if (firstSegment(path) === 'other') return 'exam.other';
      const m = /^regions\[(\d+)\]/.exec(path);
      const entry = m ? regions[Number(m[1])] : undefined;
      return entry ? `exam.${entry.region}.${entry.side}` : 'exam.regions';
    });
  }

  const alsfrs = summariseAlsfrs(draft.alsfrs, date);
  if (!alsfrs.empty) {
    if (alsfrs.missing.length > 0) {
      problems.alsfrs = `ALSFRS-R incomplete: item${alsfrs.missing.length > 1 ? 's' : ''} ${alsfrs.missing
        .map((i) => i.number)
        .join(', ')} not scored (score them, or clear the form to leave the ALSFRS-R out)`;
    }
    const data: Record<string, unknown> = { date, ...draft.alsfrs.scores };
    add({ kind: 'alsfrsr', data }, (path) => (firstSegment(path) ? `alsfrs.${firstSegment(path)}` : 'alsfrs'));
  }

  const percent = parseNumber(draft.vc.percentPredicted);
  const litres = parseNumber(draft.vc.litres);
  if (percent !== undefined || litres !== undefined) {
    if (percent === undefined) problems['vc.percentPredicted'] = 'give the % predicted (the litres alone are not kept)';
    else if (Number.isNaN(percent)) problems['vc.percentPredicted'] = 'must be a number';
    if (litres !== undefined && Number.isNaN(litres)) problems['vc.litres'] = 'must be a number';
    add(
      {
        kind: 'vitalCapacity',
        data: {
          date,
          kind: draft.vc.kind,
          posture: draft.vc.posture,
          ...(percent !== undefined ? { percentPredicted: percent } : {}),
          ...(litres !== undefined ? { litres } : {}),
        },
      },
      (path) => `vc.${firstSegment(path) === 'litres' ? 'litres' : 'percentPredicted'}`,
    );
  }

  const weightKg = parseNumber(draft.weightKg);
  if (weightKg !== undefined) {
    if (Number.isNaN(weightKg)) problems['weight.weightKg'] = 'must be a number';
    add({ kind: 'weight', data: { date, weightKg } }, () => 'weight.weightKg');
  }

  for (const [symptom, severity] of Object.entries(draft.symptoms) as [SymptomCode, Severity | ''][]) {
    add({ kind: 'symptom', data: { date, symptom, ...(severity ? { severity } : {}) } }, () => `symptom.${symptom}`);
  }

  draft.started.forEach((m, index) => {
    const drug = m.drug.trim();
    const dose = m.dose.trim();
    if (!drug && !dose) return;
    if (!drug) problems[`started.${index}.drug`] = 'name the drug';
    // The code picked, else the one the text names; text that names none is stored as written.
    const code = pickedOrRecognised(drug, m.code);
    add(
      {
        kind: 'medication',
        data: {
          drug,
          ...(code ? { code } : {}),
          startDate: date,
          ...(dose ? { dose } : {}),
          ...(m.route ? { route: m.route } : {}),
        },
      },
      (path) => {
        const field = firstSegment(path);
        return `started.${index}.${field === 'dose' || field === 'route' ? field : 'drug'}`;
      },
    );
  });

  const note = draft.note.trim();
  const clinician = draft.clinician.trim();
  return {
    body: {
      visit: { date, kind: draft.kind, ...(clinician ? { clinician } : {}), ...(note ? { note } : {}) },
      facts,
    },
    fieldOf,
    problems,
  };
}

/**
 * The API's issues for a failed save, by form field key; issues no field claims stay in `rest`.
 *
 * @example errorsByField(err, req.fieldOf) // { 'vc.percentPredicted': 'must be at most 200 % predicted' }
 */
export function errorsByField(
  error: ApiRequestError,
  fieldOf: readonly FieldOf[],
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    const visit = /^visit\.(\w+)/.exec(issue.path);
    const fact = /^facts\[(\d+)\]\.data\.?(.*)$/.exec(issue.path);
    let key: string | undefined;
    if (visit) key = `visit.${visit[1]}`;
    else if (fact) key = fieldOf[Number(fact[1])]?.(fact[2] ?? '');
    if (key && fields[key] === undefined) fields[key] = issue.message;
    else if (!key) rest.push(`${issue.path || 'request'}: ${issue.message}`);
  }
  // A 403 names the kind the user may not record: it concerns the whole visit.
  if (error.issues.length === 0) rest.push(error.message);
  return { fields, rest };
}

const CASE_KEY = new Map(
  FACT_KIND_CATALOGUE.map((k) => [k.kind as string, { caseKey: k.caseKey, one: k.cardinality === 'one' }]),
);

/**
 * The stored case with the unsaved visit merged in (a copy; the stored case is not touched): each
 * fact appended to its list in the case (or replacing a one-per-patient fact), and the stopped
 * medications given the visit date as their stop date.
 */
export function caseWithVisit(
  stored: PatientCase,
  facts: readonly DraftFact[],
  stopped: readonly Medication[] = [],
  date?: string,
): PatientCase {
  const out: Record<string, unknown> = { ...stored };
  for (const fact of facts) {
    const place = CASE_KEY.get(fact.kind);
    if (!place?.caseKey) continue;
    if (place.one) out[place.caseKey] = fact.data;
    else out[place.caseKey] = [...((out[place.caseKey] as unknown[] | undefined) ?? []), fact.data];
  }
  if (stopped.length > 0 && date) {
    const meds = (out.medications as Medication[] | undefined) ?? [];
    out.medications = meds.map((m) =>
      stopped.some((s) => s.drug === m.drug && s.startDate === m.startDate && !m.stopDate)
        ? { ...m, stopDate: date }
        : m,
    );
  }
  return out as unknown as PatientCase;
}

/**
 * The facts the live panel can assess: an incomplete ALSFRS-R, a vital capacity without its %
 * predicted or a number that is not a number would only be dropped by the engine as invalid.
 */
export function assessableFacts(facts: readonly DraftFact[]): DraftFact[] {
  return facts.filter((f) => {
    for (const v of Object.values(f.data)) if (typeof v === 'number' && Number.isNaN(v)) return false;
    if (f.kind === 'alsfrsr') return validateAlsfrsr(f.data).length === 0;
    if (f.kind === 'vitalCapacity') return typeof f.data.percentPredicted === 'number';
    if (f.kind === 'medication') return typeof f.data.drug === 'string' && f.data.drug !== '';
    return true;
  });
}

/** Whether the draft holds anything worth keeping (navigation asks before losing it). */
export function draftHasEntries(draft: VisitDraft): boolean {
  return (
    draft.note.trim() !== '' ||
    BODY_MAP_CELLS.some((c) => draft.exam[c.key] !== undefined) ||
    Object.keys(draft.other).length > 0 ||
    Object.keys(draft.alsfrs.scores).length > 0 ||
    draft.vc.percentPredicted.trim() !== '' ||
    draft.vc.litres.trim() !== '' ||
    draft.weightKg.trim() !== '' ||
    Object.keys(draft.symptoms).length > 0 ||
    draft.started.some((m) => m.drug.trim() || m.dose.trim() || m.route) ||
    draft.stopped.length > 0
  );
}
