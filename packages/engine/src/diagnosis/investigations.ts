/**
 * What the case records about each investigation up to asOf: the latest result on or before it (an
 * undated result counts as recorded before). EMG studies, NCS repetitive stimulation and genetic
 * results also record their investigation codes.
 */
import type { IsoDate } from '../common/dates.js';
import type { Investigation, InvestigationResult, PatientCase } from '../facts/index.js';
import { AR_CAG_PATHOLOGICAL_REPEATS, INVESTIGATION_CODES } from './catalogue.js';
import type { Findings } from './findings.js';

export type RecordedStatus = 'done' | 'abnormal' | 'pending' | 'notDone';

export interface Recorded {
  status: RecordedStatus;
  date?: IsoDate | undefined;
  value?: number | undefined;
  unit?: string | undefined;
  note?: string | undefined;
  explainsPresentation?: boolean | undefined;
}

const RESULT_WEIGHT: Readonly<Record<InvestigationResult, number>> = { abnormal: 3, normal: 2, pending: 1, notDone: 0 };

function toRecorded(i: Investigation): Recorded {
  // One object shape for every record (absent fields undefined) keeps the hot path monomorphic.
  return {
    status: i.result === 'normal' ? 'done' : i.result,
    date: i.date,
    value: i.value,
    unit: i.unit,
    note: i.note,
    explainsPresentation: i.explainsPresentation,
  };
}

/**
 * Per code, the latest investigation with a result (normal or abnormal) on or before asOf; when none
 * has a result, the latest pending or not-done record. A pending repeat never hides an earlier result.
 * Ties on date go to the more informative result, then to the note, so input order never matters.
 */
export function latestInvestigations(c: PatientCase, asOf: IsoDate): Map<string, Investigation> {
  const out = new Map<string, Investigation>();
  for (const i of c.investigations ?? []) {
    if (i.date !== undefined && i.date > asOf) continue;
    const prev = out.get(i.code);
    if (!prev || better(i, prev)) out.set(i.code, i);
  }
  return out;
}

function hasResult(i: Investigation): boolean {
  return i.result === 'normal' || i.result === 'abnormal';
}

function better(i: Investigation, prev: Investigation): boolean {
  if (hasResult(i) !== hasResult(prev)) return hasResult(i);
  const a = i.date ?? '';
  const b = prev.date ?? '';
  if (a !== b) return a > b;
  if (RESULT_WEIGHT[i.result] !== RESULT_WEIGHT[prev.result])
    return RESULT_WEIGHT[i.result] > RESULT_WEIGHT[prev.result];
  if ((i.note ?? '') !== (prev.note ?? '')) return (i.note ?? '') > (prev.note ?? '');
  return JSON.stringify(i) > JSON.stringify(prev);
}

export interface RecordLookup {
  get(code: string): Recorded | undefined;
  /** Whether the catalogue entry at this position has a record (tests done without being asked for are listed too). */
  has(catalogueIndex: number): boolean;
  /** Highest CK (IU/L) recorded up to asOf, from investigations or labs. */
  ckMaxIuPerL: number | undefined;
}

const PATHOGENIC = new Set(['pathogenic', 'likelyPathogenic']);

/** Later record first; on the same date, the one whose note sorts last (so input order never matters). */
function later(a: Recorded, b: Recorded): boolean {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da !== db ? da > db : (a.note ?? '') > (b.note ?? '');
}

function keepLater(m: Map<string, Recorded>, code: string, r: Recorded): void {
  const prev = m.get(code);
  if (!prev || later(r, prev)) m.set(code, r);
}

/** Build the record lookup of a case at asOf. */
export function recordLookup(c: PatientCase, asOf: IsoDate, f: Findings): RecordLookup {
  const inv = latestInvestigations(c, asOf);
  const derived = new Map<string, Recorded>();
  const lastEmg = f.emgDates[f.emgDates.length - 1];
  if (lastEmg !== undefined) derived.set('ncsEmg', { status: 'done', date: lastEmg, note: 'EMG study recorded' });
  if (f.ncs.rnsDecrement !== undefined || f.ncs.rnsIncrement !== undefined) {
    derived.set('rns', {
      status: f.ncs.rnsIncrement ? 'abnormal' : 'done',
      note: f.ncs.rnsIncrement
        ? 'post-exercise increment'
        : f.ncs.rnsDecrement
          ? 'decrement (can occur in ALS)'
          : 'recorded',
    });
  }
  let anyGene: Recorded | undefined;
  for (const g of c.genetics ?? []) {
    if (g.date !== undefined && g.date > asOf) continue;
    const r: Recorded = { status: 'done', note: `${g.gene}: ${g.classification}${g.variant ? ` (${g.variant})` : ''}` };
    if (g.date !== undefined) r.date = g.date;
    if (g.gene === 'AR') {
      const expanded = PATHOGENIC.has(g.classification) || (g.repeatCount ?? 0) >= AR_CAG_PATHOLOGICAL_REPEATS;
      if (g.repeatCount !== undefined) r.value = g.repeatCount;
      r.status = expanded ? 'abnormal' : 'done';
      r.note = `AR CAG repeat ${g.repeatCount ?? '?'}${expanded ? ` (≥${AR_CAG_PATHOLOGICAL_REPEATS}: SBMA range)` : ''}`;
      keepLater(derived, 'arCagRepeat', r);
    } else if (g.gene === 'SMN1') {
      r.status = PATHOGENIC.has(g.classification) ? 'abnormal' : 'done';
      keepLater(derived, 'smn1', r);
    }
    const alsTest = g.gene !== 'AR' && g.gene !== 'SMN1';
    if (alsTest && (!anyGene || later(r, anyGene))) anyGene = { ...r, status: 'done' };
  }
  if (anyGene) derived.set('geneticPanel', anyGene);

  let ckMax: number | undefined;
  const ck = inv.get('ck');
  if (ck?.value !== undefined) ckMax = ck.value;
  for (const l of c.labs ?? []) {
    if (l.test === 'ck' && l.date <= asOf && (ckMax === undefined || l.value > ckMax)) ckMax = l.value;
  }
  if (!inv.has('ck')) {
    let latest: (typeof c.labs & object)[number] | undefined;
    for (const l of c.labs ?? []) {
      if (l.test !== 'ck' || l.date > asOf) continue;
      if (!latest || l.date > latest.date || (l.date === latest.date && l.value > latest.value)) latest = l;
    }
    if (latest) {
      const high = latest.upperLimitOfNormal !== undefined && latest.value > latest.upperLimitOfNormal;
      const r: Recorded = { status: latest.value > 1000 ? 'abnormal' : 'done', date: latest.date, value: latest.value };
      if (latest.unit) r.unit = latest.unit;
      if (high && latest.value <= 1000) r.note = 'mildly raised: common in ALS';
      derived.set('ck', r);
    }
  }
  // Resolve once, by catalogue position: an investigation with a result wins; else a derived record
  // (EMG study, genetics, labs); else the pending one. Codes outside the catalogue are not workup items.
  const byIndex: (Recorded | undefined)[] = new Array(INVESTIGATION_CODES.length);
  for (const [code, i] of inv) {
    const k = CODE_INDEX.get(code);
    if (k === undefined) continue;
    const d = derived.get(code);
    byIndex[k] = i.result === 'pending' || i.result === 'notDone' ? (d ?? toRecorded(i)) : toRecorded(i);
  }
  for (const [code, d] of derived) {
    const k = CODE_INDEX.get(code)!;
    if (byIndex[k] === undefined) byIndex[k] = d;
  }
  return {
    get: (code) => {
      const k = CODE_INDEX.get(code);
      return k === undefined ? undefined : byIndex[k];
    },
    has: (k) => byIndex[k] !== undefined,
    ckMaxIuPerL: ckMax,
  };
}

const CODE_INDEX: ReadonlyMap<string, number> = new Map(INVESTIGATION_CODES.map((c, i) => [c, i]));
