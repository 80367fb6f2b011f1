/**
 * What the case records about each investigation up to asOf: the latest result on or before it (an
 * undated result counts as recorded before). EMG studies, NCS repetitive stimulation and genetic
 * results also record their investigation codes.
 */
import type { IsoDate } from '../common/dates.js';
import type { Investigation, InvestigationResult, LabResult, PatientCase } from '../facts/index.js';
import { AR_CAG_PATHOLOGICAL_REPEATS, INVESTIGATION_CODES, type InvestigationCode } from './catalogue.js';
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
  /** Catalogue positions that have a record, ascending (tests done without being asked for are listed too). */
  presentIndices(): readonly number[];
  /** Highest CK (IU/L) recorded up to asOf, from investigations or labs. */
  ckMaxIuPerL: number | undefined;
}

const PATHOGENIC = new Set(['pathogenic', 'likelyPathogenic']);
const N = INVESTIGATION_CODES.length;
const CODE_INDEX: ReadonlyMap<string, number> = new Map(INVESTIGATION_CODES.map((c, i) => [c, i]));
const at = (code: InvestigationCode): number => CODE_INDEX.get(code)!;
const NCS_EMG = at('ncsEmg');
const RNS = at('rns');
const AR = at('arCagRepeat');
const SMN1 = at('smn1');
const GENETIC_PANEL = at('geneticPanel');
const CK = at('ck');

/** Later record first; on the same date, the one whose note sorts last (so input order never matters). */
function later(a: Recorded, b: Recorded): boolean {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da !== db ? da > db : (a.note ?? '') > (b.note ?? '');
}

function keepLater(table: (Recorded | undefined)[], k: number, r: Recorded): void {
  const prev = table[k];
  if (!prev || later(r, prev)) table[k] = r;
}

function derivedRecords(
  c: PatientCase,
  asOf: IsoDate,
  f: Findings,
  latestCk: Investigation | undefined,
): { derived: (Recorded | undefined)[]; ckMax: number | undefined } {
  const derived: (Recorded | undefined)[] = new Array(N);
  const lastEmg = f.emgDates[f.emgDates.length - 1];
  if (lastEmg !== undefined) derived[NCS_EMG] = { status: 'done', date: lastEmg, note: 'EMG study recorded' };
  if (f.ncs.rnsDecrement !== undefined || f.ncs.rnsIncrement !== undefined) {
    derived[RNS] = {
      status: f.ncs.rnsIncrement ? 'abnormal' : 'done',
      note: f.ncs.rnsIncrement
        ? 'post-exercise increment'
        : f.ncs.rnsDecrement
          ? 'decrement (can occur in ALS)'
          : 'recorded',
    };
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
      keepLater(derived, AR, r);
    } else if (g.gene === 'SMN1') {
      r.status = PATHOGENIC.has(g.classification) ? 'abnormal' : 'done';
      keepLater(derived, SMN1, r);
    } else if (!anyGene || later(r, anyGene)) {
      anyGene = { ...r, status: 'done' };
    }
  }
  if (anyGene) derived[GENETIC_PANEL] = anyGene;

  let ckMax = latestCk?.value;
  let latestLab: LabResult | undefined;
  for (const l of c.labs ?? []) {
    if (l.test !== 'ck' || l.date > asOf) continue;
    if (ckMax === undefined || l.value > ckMax) ckMax = l.value;
    if (!latestLab || l.date > latestLab.date || (l.date === latestLab.date && l.value > latestLab.value))
      latestLab = l;
  }
  if (!latestCk && latestLab) {
    const high = latestLab.upperLimitOfNormal !== undefined && latestLab.value > latestLab.upperLimitOfNormal;
    const r: Recorded = {
      status: latestLab.value > 1000 ? 'abnormal' : 'done',
      date: latestLab.date,
      value: latestLab.value,
    };
    if (latestLab.unit) r.unit = latestLab.unit;
    if (high && latestLab.value <= 1000) r.note = 'mildly raised: common in ALS';
    derived[CK] = r;
  }
  return { derived, ckMax };
}

/**
 * Build the record lookup of a case at asOf. Per code, the latest investigation with a result (normal
 * or abnormal) on or before asOf wins; when none has a result, a derived record (EMG study, genetics,
 * labs), else the latest pending or not-done record. A pending repeat never hides an earlier result;
 * ties on date go to the more informative result, then the note, so input order never matters.
 * Codes outside the catalogue are not workup items and are not looked up.
 */
export function recordLookup(c: PatientCase, asOf: IsoDate, f: Findings): RecordLookup {
  const latest: (Investigation | undefined)[] = new Array(N);
  let any = false;
  for (const i of c.investigations ?? []) {
    if (i.date !== undefined && i.date > asOf) continue;
    const k = CODE_INDEX.get(i.code);
    if (k === undefined) continue;
    const prev = latest[k];
    if (!prev || better(i, prev)) latest[k] = i;
    any = true;
  }
  const { derived, ckMax } = derivedRecords(c, asOf, f, latest[CK]);
  const byIndex: (Recorded | undefined)[] = new Array(N);
  const present: number[] = [];
  for (let k = 0; k < N; k++) {
    const i = any ? latest[k] : undefined;
    const d = derived[k];
    if (i === undefined && d === undefined) continue;
    byIndex[k] = i === undefined ? d : hasResult(i) ? toRecorded(i) : (d ?? toRecorded(i));
    present.push(k);
  }
  return {
    get: (code) => {
      const k = CODE_INDEX.get(code);
      return k === undefined ? undefined : byIndex[k];
    },
    presentIndices: () => present,
    ckMaxIuPerL: ckMax,
  };
}
