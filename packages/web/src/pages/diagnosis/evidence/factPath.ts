/**
 * From a reason's fact reference (`{ path: 'vitalCapacity[1].percentPredicted', value: 45 }`) to the
 * fact it came from: the case path is resolved against the case the engine read (the same case, as of
 * the same date), and the stored record is found by its place in that kind's list (the store lists a
 * kind in the order the case holds it: placing date, nulls last, then when it was recorded).
 * Nothing here judges anything: it only finds what a reason already names.
 */
import type { FactKindEntry, PatientCase } from '@betz/engine';
import { CASE_FACT_KINDS, muscleById } from '@betz/engine';
import type { FactRecord } from '../../../api/patient';

/** A reference to one fact, as the engine writes it in traces and care reasons. */
export interface FactRefLike {
  path: string;
  value: unknown;
  unit?: string | undefined;
  date?: string | undefined;
  note?: string | undefined;
}

export type PathPart = string | number;

export interface ResolvedFact {
  path: string;
  /** The part of the case: 'vitalCapacity', 'history', 'patient', or 'ctx' for a value another layer derived. */
  caseKey: string;
  /** The catalogue entry of the kind (undefined for patient details and derived values). */
  entry: FactKindEntry | undefined;
  /** The position in the case's list, for kinds recorded many times. */
  index: number | undefined;
  /** The whole fact the path points into (the examination, the vital capacity, the history). */
  fact: Record<string, unknown> | undefined;
  /** The value at the path in the case, as recorded. */
  value: unknown;
  /** The date that places the fact in time, when it has one. */
  date: string | undefined;
  /** A value Betz derived in another layer ('ctx.progressionRatePerMonth'), not a recorded fact. */
  derived: boolean;
  /** Whether the path leads to something in the case. */
  found: boolean;
}

/**
 * Split a case path into its parts.
 *
 * @example parseFactPath('exams[0].regions[2].umnSigns') // ['exams', 0, 'regions', 2, 'umnSigns']
 */
export function parseFactPath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const segment of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    if (match[1]) parts.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

const BY_CASE_KEY = new Map<string, FactKindEntry>(
  (CASE_FACT_KINDS as readonly FactKindEntry[]).map((entry) => [entry.caseKey as string, entry]),
);

/** The catalogue entry of a case key ('emg' -> the EMG study kind). */
export function kindOfCaseKey(caseKey: string): FactKindEntry | undefined {
  return BY_CASE_KEY.get(caseKey);
}

function step(value: unknown, part: PathPart): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof part === 'number') return Array.isArray(value) ? value[part] : undefined;
  return typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
}

/**
 * Resolve a case path against the case.
 *
 * @example resolveFactPath(c, 'vitalCapacity[1].percentPredicted').value // 45
 */
export function resolveFactPath(c: PatientCase | undefined, path: string): ResolvedFact {
  const parts = parseFactPath(path);
  const caseKey = String(parts[0] ?? '');
  const derived = caseKey === 'ctx';
  const entry = kindOfCaseKey(caseKey);
  const listed = entry?.cardinality === 'many' || typeof parts[1] === 'number';
  const index = listed && typeof parts[1] === 'number' ? parts[1] : undefined;
  const base: ResolvedFact = {
    path,
    caseKey,
    entry,
    index,
    fact: undefined,
    value: undefined,
    date: undefined,
    derived,
    found: false,
  };
  if (!c || derived) return base;
  const root = (c as unknown as Record<string, unknown>)[caseKey];
  const factValue = index !== undefined ? step(root, index) : root;
  const fact = factValue && typeof factValue === 'object' ? (factValue as Record<string, unknown>) : undefined;
  let value: unknown = c;
  for (const part of parts) value = step(value, part);
  const placedBy = entry?.placedBy;
  const date = fact && placedBy && typeof fact[placedBy] === 'string' ? (fact[placedBy] as string) : undefined;
  return { ...base, fact, value, date, found: value !== undefined };
}

/**
 * The stored record behind a fact of the case: the kind's live records, cut to the assessment date
 * as the case is, at the fact's position. Undefined when the record at that position does not carry
 * the same placing date (the lists disagree, so no link is better than a wrong one).
 */
export function recordFor<T>(
  records: readonly FactRecord<T>[] | undefined,
  resolved: ResolvedFact,
  asOf: string | undefined,
): FactRecord<T> | undefined {
  const entry = resolved.entry;
  if (!records || !entry) return undefined;
  const placedBy = entry.placedBy;
  const live = records.filter((r) => {
    if (r.retracted) return false;
    if (!asOf || !placedBy) return true;
    const date = (r.data as Record<string, unknown>)[placedBy];
    return typeof date !== 'string' || date <= asOf;
  });
  if (entry.cardinality === 'one') return live[0];
  if (resolved.index === undefined) return undefined;
  const record = live[resolved.index];
  if (!record) return undefined;
  if (placedBy && resolved.date !== undefined && (record.data as Record<string, unknown>)[placedBy] !== resolved.date) {
    return undefined;
  }
  return record;
}

/** 'percentPredicted' -> 'percent predicted'; 'umnSigns' -> 'UMN signs'. */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bumn\b/g, 'UMN')
    .replace(/\blmn\b/g, 'LMN')
    .replace(/\bfvc\b/g, 'FVC')
    .replace(/\bemg\b/g, 'EMG')
    .replace(/\balsfrsr\b/g, 'ALSFRS-R');
  return words;
}

/** How an element of a list inside a fact reads: 'cervical, right' for an examined region, 'biceps brachii (right)' for a muscle. */
function elementLabel(element: unknown): string | undefined {
  if (!element || typeof element !== 'object') return undefined;
  const e = element as Record<string, unknown>;
  const side = typeof e.side === 'string' ? e.side : undefined;
  if (typeof e.region === 'string') return side ? `${e.region}, ${side}` : e.region;
  if (typeof e.muscle === 'string') {
    const name = muscleById(e.muscle)?.name ?? e.muscle;
    return side ? `${name} (${side})` : name;
  }
  return undefined;
}

/**
 * The path after the fact itself, in words; an element of a list inside the fact is named by what
 * it is when the fact is given ('regions[1].umnSigns' -> 'cervical, right › UMN signs').
 *
 * @example fieldTrail('vitalCapacity[1].percentPredicted') // 'percent predicted'
 */
export function fieldTrail(path: string, fact?: Record<string, unknown>): string {
  const parts = parseFactPath(path);
  const rest = typeof parts[1] === 'number' ? parts.slice(2) : parts.slice(1);
  const words: string[] = [];
  let at: unknown = fact;
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i] as PathPart;
    const next = rest[i + 1];
    if (typeof part === 'string' && typeof next === 'number') {
      const list = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
      const element = Array.isArray(list) ? list[next] : undefined;
      const label = elementLabel(element);
      words.push(label ?? `${fieldLabel(part)} #${next + 1}`);
      at = element;
      i++;
      continue;
    }
    words.push(typeof part === 'number' ? `#${part + 1}` : fieldLabel(part));
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[String(part)] : undefined;
  }
  return words.join(' › ');
}

/** The key of the stored fact a path points into ('exams[0]', 'history'), to show its facts together. */
export function factKey(path: string): string {
  const parts = parseFactPath(path);
  return typeof parts[1] === 'number' ? `${parts[0]}[${parts[1]}]` : String(parts[0]);
}

/** A value as a clinician reads it: yes/no, lists joined, numbers as given, at most two decimals. */
export function formatFactValue(value: unknown, unit?: string): string {
  let text: string;
  if (value === undefined || value === null) text = 'not recorded';
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else if (typeof value === 'number') text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  else if (Array.isArray(value)) text = value.map((v) => formatFactValue(v)).join(', ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return unit && value !== undefined && value !== null ? `${text} ${unit}` : text;
}
