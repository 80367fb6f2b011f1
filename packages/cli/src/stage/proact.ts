/**
 * `betz stage` without the command line: a PRO-ACT-style ALSFRS(-R) CSV streamed in, one staged
 * CSV row per scored input row streamed out, every other row reported with its line and the reason.
 * Rows are gathered in chunks of typed arrays and staged by the engine's `stageColumns`; memory
 * holds one input chunk and one row chunk, whatever the file size.
 */
import {
  allocateStagedColumns,
  allocateStagingColumns,
  ITEM_MISSING,
  problemItemNames,
  ROW_STATUS,
  STAGE_ITEMS,
  type StageItem,
  stageColumns,
} from '@betz/engine/columns';
import { type CsvRecord, CsvSplitter, fieldText } from './csv.js';

/** Column names of the PRO-ACT `alsfrs` export for each item (compared without case, `_` or spaces). */
export const PROACT_ITEM_COLUMNS: Record<StageItem, readonly string[]> = {
  speech: ['Q1_Speech'],
  salivation: ['Q2_Salivation'],
  swallowing: ['Q3_Swallowing'],
  handwriting: ['Q4_Handwriting'],
  cuttingWithoutGastrostomy: ['Q5a_Cutting_without_Gastrostomy'],
  cuttingWithGastrostomy: ['Q5b_Cutting_with_Gastrostomy'],
  dressing: ['Q6_Dressing_and_Hygiene'],
  turningInBed: ['Q7_Turning_in_Bed'],
  walking: ['Q8_Walking'],
  climbingStairs: ['Q9_Climbing_Stairs'],
  dyspnoea: ['R_1_Dyspnea', 'R1_Dyspnea'],
  orthopnoea: ['R_2_Orthopnea', 'R2_Orthopnea'],
  respiratoryInsufficiency: ['R_3_Respiratory_Insufficiency', 'R3_Respiratory_Insufficiency'],
  respiratory: ['Q10_Respiratory'],
};
export const PROACT_SUBJECT_COLUMNS = ['subject_id', 'SubjectID'] as const;
export const PROACT_DAY_COLUMNS = ['ALSFRS_Delta', 'feature_delta'] as const;
export const PROACT_ONSET_COLUMNS = ['Onset_Delta'] as const;
const TOTAL_COLUMNS = { revised: ['ALSFRS_R_Total'], original: ['ALSFRS_Total'] } as const;
/** The preprocessed layout (yoonhohong/proact): item 5 in one column, the form given by a Gastrostomy flag. */
export const MERGED_ITEM5_COLUMNS = ['Q5_Cutting'] as const;
export const GASTROSTOMY_COLUMNS = ['Gastrostomy'] as const;

/** A gastrostomy flag: true, false, or undefined when empty or not a yes/no. */
function flagValue(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === '1' || t === 'true' || t === 't' || t === 'yes' || t === 'y') return true;
  if (t === '0' || t === 'false' || t === 'f' || t === 'no' || t === 'n') return false;
  return undefined;
}

export const OUTPUT_HEADER =
  'subject_id,ALSFRS_Delta,instrument,total,months_from_onset,delta_fs,kings,kings_no_region,mitos,note';

const norm = (name: string) => name.toLowerCase().replace(/[\s_]/g, '');

/** The index of the first header field matching one of `names`, or -1. */
function find(header: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(norm));
  return header.findIndex((h) => wanted.has(norm(h)));
}

export interface StageSink {
  /**
   * Staged CSV (UTF-8 bytes). The bytes are reused once the call returns, or once its promise
   * resolves: copy them or finish writing them first (the promise is also the backpressure).
   */
  out(bytes: Uint8Array): void | Promise<void>;
  /** One reported row: its line in the file and the reason. */
  report(line: number, reason: string): void;
}

export interface StageOptions {
  /** Onset day per subject (e.g. from a PRO-ACT ALSHISTORY file), on the ALSFRS_Delta axis. */
  onset?: ReadonlyMap<string, number>;
  /** Rows per engine call. Default 65,536. */
  chunkRows?: number;
}

export interface StageSummary {
  rows: number;
  staged: number;
  reported: number;
  /** Rows whose given total differs from the recomputed one (staged; also reported). */
  totalMismatches: number;
}

/** A header problem: nothing can be staged. */
export class StageHeaderError extends Error {}

const ITEM_COUNT = STAGE_ITEMS.length;

/** A field as an item score: ITEM_MISSING when empty or NA, the value 0-254, or -1 when not a whole number. */
function itemValue(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if (len === 0) return ITEM_MISSING;
  const c0 = b[s]! - 48;
  if (len === 1 && c0 >= 0 && c0 <= 9) return c0;
  // "NA" (R's missing value) is missing.
  if (len === 2 && (b[s] === 78 || b[s] === 110) && (b[s + 1] === 65 || b[s + 1] === 97)) return ITEM_MISSING;
  let v = 0;
  let i = s;
  for (; i < e; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    if (v > 254) return -1;
  }
  if (i === s) return -1;
  // A whole number written with decimals ("3.0", as some exports write them).
  if (i < e && b[i] === 46) {
    for (i++; i < e; i++) if (b[i] !== 48) return -1;
  }
  return i === e ? v : -1;
}

/** A field as a number (a day offset): NaN when empty or NA, undefined when not a number. */
function numberValue(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || t === 'NA') return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * A field as a number without decoding it: a plain integer ("-123") read from the bytes; NaN when
 * empty; null when it needs the text path (decimals, spaces, NA, a quoted field, junk).
 */
function intValue(r: CsvRecord, f: number): number | null {
  if (r.quoted[f] !== 0) return null;
  const b = r.bytes;
  let i = r.start[f]!;
  const e = r.end[f]!;
  if (i === e) return Number.NaN;
  const negative = b[i] === 45;
  if (negative) i++;
  if (i === e || e - i > 9) return null;
  let v = 0;
  for (; i < e; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return null;
    v = v * 10 + d;
  }
  return negative ? -v : v;
}

/** A field as a number: `intValue`, else the text path (`numberValue`); undefined when not a number. */
function fieldNumber(r: CsvRecord, f: number): number | undefined {
  return intValue(r, f) ?? numberValue(fieldText(r, f));
}

/** A growable byte buffer: the output is written as bytes, never as one string per row. */
class Bytes {
  buf: Uint8Array;
  len = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }
  room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(c: number): void {
    this.room(1);
    this.buf[this.len++] = c;
  }
  copy(src: Uint8Array, s: number, e: number): void {
    this.room(e - s);
    if (e - s > 32) {
      this.buf.set(src.subarray(s, e), this.len);
      this.len += e - s;
    } else {
      // A cell is a few bytes: a loop costs less than a subarray view per copy.
      const b = this.buf;
      let at = this.len;
      for (let i = s; i < e; i++) b[at++] = src[i]!;
      this.len = at;
    }
  }
  /** ASCII text (numbers, labels, notes written here). */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.len++] = text.charCodeAt(i);
  }
  text(text: string): void {
    const b = ENCODER.encode(text);
    this.copy(b, 0, b.length);
  }
  /** Bytes prepared once (labels, notes). */
  bytes(b: Uint8Array): void {
    this.copy(b, 0, b.length);
  }
  /**
   * `x.toFixed(digits)` for 0 <= x < 1e9, without a string: x·10^digits rounded, unless that
   * product is within 1e-6 of a half, where rounding the product could differ from toFixed's
   * exact decimal rounding; there toFixed itself is used. So the digits are always toFixed's.
   */
  fixed(x: number, digits: number): void {
    const scale = FIXED_SCALE[digits]!;
    const p = x * scale;
    const r = Math.round(p);
    if (!(x >= 0 && x < 1e9) || Math.abs(p - Math.floor(p) - 0.5) < 1e-6) {
      this.ascii(x.toFixed(digits));
      return;
    }
    const whole = Math.floor(r / scale);
    let frac = r - whole * scale;
    this.small3(whole);
    this.room(digits + 1);
    this.buf[this.len++] = 46;
    for (let i = digits - 1; i >= 0; i--) {
      this.buf[this.len + i] = 48 + (frac % 10);
      frac = Math.floor(frac / 10);
    }
    this.len += digits;
  }
  /** A whole number >= 0. */
  private small3(v: number): void {
    if (v < 1000) this.small(v);
    else this.ascii(String(v));
  }
  /** A whole number 0-999. */
  small(v: number): void {
    this.room(3);
    if (v >= 100) this.buf[this.len++] = 48 + Math.floor(v / 100);
    if (v >= 10) this.buf[this.len++] = 48 + (Math.floor(v / 10) % 10);
    this.buf[this.len++] = 48 + (v % 10);
  }
}
const ENCODER = new TextEncoder();
const FIXED_SCALE = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const NOTE_NO_REGION = "no region involved: King's 1 assumed";
const BYTES = {
  revised: ENCODER.encode(',ALSFRS-R,'),
  original: ENCODER.encode(',ALSFRS,'),
  kings: ['', '1', '2', '3', '4', '5'].map((l) => ENCODER.encode(l)),
  kings4: ['4', '4A', '4B', '4A+4B'].map((l) => ENCODER.encode(l)),
};

/**
 * A cell's text as a report may quote it: control characters (a binary file, a terminal escape)
 * shown as '?', and at most 40 characters.
 */
export function shown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this replaces
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Stage a PRO-ACT-style ALSFRS(-R) CSV.
 *
 * @example await stageProact(createReadStream('PROACT_ALSFRS.csv'), { out: write, report: log })
 */
export async function stageProact(
  input: AsyncIterable<Uint8Array>,
  sink: StageSink,
  opts: StageOptions = {},
): Promise<StageSummary> {
  const cap = opts.chunkRows ?? 65_536;
  const cols = allocateStagingColumns(cap);
  const staged = allocateStagedColumns(cap);
  // The subject and day cells of the chunk's rows, as bytes ready to write (copied: the input buffer moves on).
  const cells = new Bytes(cap * 16);
  const cellEnd = new Int32Array(cap); // row i's cells are cells.buf[cellEnd[i - 1] .. cellEnd[i]): "subject,day"
  const out = new Bytes(cap * 48);
  const lines = new Int32Array(cap);
  const givenTotal = new Int16Array(cap);
  const summary: StageSummary = { rows: 0, staged: 0, reported: 0, totalMismatches: 0 };
  const splitter = new CsvSplitter();
  const itemCols = STAGE_ITEMS.map((k) => cols.items[k]);
  const recordDay = cols.recordDay!;
  const onsetDay = cols.onsetDay!;

  let header: string[] | undefined;
  let fieldIndex: Int32Array | undefined; // item i -> field index, -1 when absent
  let subjectAt = -1;
  let dayAt = -1;
  let onsetAt = -1;
  let totalAt = -1;
  let originalTotalAt = -1;
  let mergedFiveAt = -1; // Q5_Cutting, when the file has no 5a/5b columns
  let gastrostomyAt = -1;
  let n = 0;

  // Reports wait for their chunk, so that every report comes out in line order.
  const parseReports: [number, string][] = [];
  const refuse = (line: number, reason: string) => {
    summary.reported++;
    parseReports.push([line, reason]);
    if (parseReports.length >= cap) flush();
  };
  const report = (line: number, reason: string) => {
    summary.reported++;
    sink.report(line, reason);
  };

  const readHeader = (r: CsvRecord) => {
    header = Array.from({ length: r.count }, (_, i) => fieldText(r, i).trim());
    subjectAt = find(header, PROACT_SUBJECT_COLUMNS);
    dayAt = find(header, PROACT_DAY_COLUMNS);
    onsetAt = find(header, PROACT_ONSET_COLUMNS);
    totalAt = find(header, TOTAL_COLUMNS.revised);
    originalTotalAt = find(header, TOTAL_COLUMNS.original);
    gastrostomyAt = find(header, GASTROSTOMY_COLUMNS);
    fieldIndex = Int32Array.from(STAGE_ITEMS, (k) => find(header!, PROACT_ITEM_COLUMNS[k]));
    const missing: string[] = [];
    if (subjectAt === -1) missing.push(PROACT_SUBJECT_COLUMNS.join(' or '));
    STAGE_ITEMS.forEach((k, i) => {
      const optional =
        k === 'cuttingWithoutGastrostomy' ||
        k === 'cuttingWithGastrostomy' ||
        k === 'dyspnoea' ||
        k === 'orthopnoea' ||
        k === 'respiratoryInsufficiency' ||
        k === 'respiratory';
      if (!optional && fieldIndex![i] === -1) missing.push(PROACT_ITEM_COLUMNS[k][0]!);
    });
    const at = (k: StageItem) => fieldIndex![STAGE_ITEMS.indexOf(k)]!;
    if (at('cuttingWithoutGastrostomy') === -1 && at('cuttingWithGastrostomy') === -1) {
      mergedFiveAt = find(header, MERGED_ITEM5_COLUMNS);
      if (mergedFiveAt === -1 || gastrostomyAt === -1) {
        missing.push(
          'Q5a_Cutting_without_Gastrostomy or Q5b_Cutting_with_Gastrostomy (or Q5_Cutting with Gastrostomy)',
        );
      }
    }
    const revised = at('dyspnoea') !== -1 && at('orthopnoea') !== -1 && at('respiratoryInsufficiency') !== -1;
    if (!revised && at('respiratory') === -1) {
      missing.push(
        'R_1_Dyspnea, R_2_Orthopnea and R_3_Respiratory_Insufficiency (ALSFRS-R) or Q10_Respiratory (ALSFRS)',
      );
    }
    if (missing.length) {
      throw new StageHeaderError(
        `the header (line ${r.line}) lacks the column${missing.length > 1 ? 's' : ''} ${missing.join('; ')} ` +
          `(a PRO-ACT alsfrs export: ${PROACT_SUBJECT_COLUMNS[0]}, ${PROACT_DAY_COLUMNS[0]}, Q1_Speech … R_3_Respiratory_Insufficiency)`,
      );
    }
  };

  const onRecord = (r: CsvRecord) => {
    if (!header) {
      readHeader(r);
      return;
    }
    summary.rows++;
    if (r.malformed) return refuse(r.line, `not valid CSV: ${r.malformed}`);
    if (r.count !== header.length) {
      return refuse(r.line, `${r.count} fields, the header has ${header.length}`);
    }
    const b = r.bytes;
    const fi = fieldIndex!;
    for (let k = 0; k < ITEM_COUNT; k++) {
      const f = fi[k]!;
      let v = ITEM_MISSING;
      if (f !== -1) {
        v = r.quoted[f] === 0 ? itemValue(b, r.start[f]!, r.end[f]!) : -1;
        if (v === -1) {
          const text = fieldText(r, f).trim();
          const bytes = new TextEncoder().encode(text);
          v = itemValue(bytes, 0, bytes.length);
          if (v === -1) {
            return refuse(r.line, `${header[f]}: "${shown(text)}" is not an item score (a whole number 0-4)`);
          }
        }
      }
      itemCols[k]![n] = v;
    }
    if (gastrostomyAt !== -1 && !checkItem5(r)) return;
    const subjectEmpty = r.start[subjectAt] === r.end[subjectAt];
    if (subjectEmpty) return refuse(r.line, `${header[subjectAt]} is empty`);
    let day = Number.NaN;
    if (dayAt !== -1) {
      const d = fieldNumber(r, dayAt);
      if (d === undefined)
        return refuse(r.line, `${header[dayAt]}: "${shown(fieldText(r, dayAt).trim())}" is not a number of days`);
      day = d;
    }
    let onset = Number.NaN;
    if (onsetAt !== -1) {
      const o = fieldNumber(r, onsetAt);
      if (o === undefined) {
        return refuse(r.line, `${header[onsetAt]}: "${shown(fieldText(r, onsetAt).trim())}" is not a number of days`);
      }
      onset = o;
    }
    if (Number.isNaN(onset) && opts.onset) onset = opts.onset.get(fieldText(r, subjectAt)) ?? Number.NaN;
    let given = -1;
    const totalField = itemCols[STAGE_ITEMS.indexOf('respiratory')]![n] === ITEM_MISSING ? totalAt : originalTotalAt;
    if (totalField !== -1) {
      const t = fieldNumber(r, totalField);
      if (t !== undefined && Number.isInteger(t)) given = t;
    }
    // The subject and day cells: the bytes as read, re-quoted only when they need it.
    putCell(r, subjectAt);
    cells.byte(44);
    if (dayAt !== -1) putCell(r, dayAt);
    cellEnd[n] = cells.len;
    recordDay[n] = day;
    onsetDay[n] = onset;
    givenTotal[n] = given;
    lines[n] = r.line;
    n++;
    if (n === cap) flush();
  };

  /**
   * Item 5 and a Gastrostomy column: in the merged layout the flag says which form the one item-5
   * value is on (no flag: insufficient); beside 5a/5b columns a flag that disagrees with the form
   * is reported and the row staged from the form (the form is the scale's own record of it).
   * False when the row was refused.
   */
  const checkItem5 = (r: CsvRecord): boolean => {
    const flagText = fieldText(r, gastrostomyAt);
    const flag = flagValue(flagText);
    const a = STAGE_ITEMS.indexOf('cuttingWithoutGastrostomy');
    const b = STAGE_ITEMS.indexOf('cuttingWithGastrostomy');
    if (mergedFiveAt !== -1) {
      const text = fieldText(r, mergedFiveAt).trim();
      const bytes = ENCODER.encode(text);
      const v = itemValue(bytes, 0, bytes.length);
      if (v === -1) {
        refuse(r.line, `${header![mergedFiveAt]}: "${shown(text)}" is not an item score (a whole number 0-4)`);
        return false;
      }
      if (v !== ITEM_MISSING && flag === undefined) {
        refuse(
          r.line,
          `insufficient data: needs ${header![gastrostomyAt]} (yes or no: which form item 5 was scored on), got "${shown(flagText.trim())}"`,
        );
        return false;
      }
      itemCols[flag ? b : a]![n] = v;
      itemCols[flag ? a : b]![n] = ITEM_MISSING;
      return true;
    }
    const onA = itemCols[a]![n] !== ITEM_MISSING;
    const onB = itemCols[b]![n] !== ITEM_MISSING;
    if (flag !== undefined && onA !== onB && flag !== onB) {
      summary.reported++;
      parseReports.push([
        r.line,
        `${header![gastrostomyAt]} is "${shown(flagText.trim())}" but item 5 is on the ${onB ? '5b (gastrostomy)' : '5a'} form (staged from the form)`,
      ]);
    }
    return true;
  };

  const putCell = (r: CsvRecord, f: number) => {
    if (r.quoted[f] === 0) cells.copy(r.bytes, r.start[f]!, r.end[f]!);
    else cells.text(cell(fieldText(r, f)));
  };

  const flush = () => {
    if (n === 0 && parseReports.length === 0) return;
    cols.length = n;
    stageColumns(cols, staged);
    let early = 0;
    const emit = ([l, why]: [number, string]) => sink.report(l, why);
    for (let i = 0; i < n; i++) {
      const status = staged.status[i]!;
      const line = lines[i]!;
      // Rows refused while reading come out in line order with the rest.
      while (early < parseReports.length && parseReports[early]![0] < line) emit(parseReports[early++]!);
      if (status !== ROW_STATUS.revised && status !== ROW_STATUS.original) {
        report(line, rowReason(status, staged.problemItems[i]!, fieldIndex!, header!, itemCols, i));
        continue;
      }
      summary.staged++;
      const total = staged.total[i]!;
      if (givenTotal[i]! >= 0 && givenTotal[i] !== total) {
        summary.totalMismatches++;
        const name = status === ROW_STATUS.revised ? TOTAL_COLUMNS.revised[0] : TOTAL_COLUMNS.original[0];
        report(line, `${name} is ${givenTotal[i]}, the items add up to ${total} (staged from the items)`);
      }
      const months = staged.monthsFromOnset[i]!;
      const dfs = staged.deltaFs[i]!;
      out.copy(cells.buf, i === 0 ? 0 : cellEnd[i - 1]!, cellEnd[i]!);
      out.bytes(status === ROW_STATUS.revised ? BYTES.revised : BYTES.original);
      out.small(total);
      out.byte(44);
      if (!Number.isNaN(months)) out.fixed(months, 2);
      out.byte(44);
      if (!Number.isNaN(dfs)) out.fixed(dfs, 4);
      out.byte(44);
      if (status === ROW_STATUS.revised) {
        const k = staged.kings[i]!;
        out.bytes(k === 4 ? BYTES.kings4[staged.kings4[i]!]! : BYTES.kings[k]!);
        out.byte(44);
        out.small(staged.kingsNoRegion[i]!);
        out.byte(44);
        out.small(staged.mitos[i]!);
        out.byte(44);
        let note = staged.kingsNoRegion[i] ? NOTE_NO_REGION : '';
        if (Number.isNaN(dfs) && !Number.isNaN(months)) {
          note = note ? `${note}; ` : '';
          note += months < 0 ? 'record before onset: no ΔFS' : 'under 1 month from onset: no ΔFS';
        }
        if (note) out.text(note);
      } else {
        const unlessNiv = staged.kingsUnlessNiv[i]!;
        const low = staged.mitosPossible[i]!;
        const fourA = staged.kings[i] === 4;
        out.ascii(fourA ? '4A,0,,' : ',0,,');
        out.text(
          'original ALSFRS (no item 12: 4B not assessable; ' +
            (fourA ? '4A) ' : `King's ${unlessNiv} or 4B) `) +
            `MiToS ${low} or ${low + 1} (breathing undetermined)`,
        );
      }
      out.byte(10);
    }
    while (early < parseReports.length) emit(parseReports[early++]!);
    parseReports.length = 0;
    n = 0;
    cells.len = 0;
  };

  let wroteHeader = false;
  const drain = async () => {
    if (!wroteHeader && header) {
      wroteHeader = true;
      await sink.out(ENCODER.encode(`${OUTPUT_HEADER}\n`));
    }
    // One output buffer, reused: the sink is done with the bytes when its promise resolves.
    if (out.len) {
      await sink.out(out.buf.subarray(0, out.len));
      out.len = 0;
    }
  };

  for await (const chunk of input) {
    splitter.push(chunk, onRecord);
    if (out.len || !wroteHeader) await drain();
  }
  splitter.end(onRecord);
  if (!header) throw new StageHeaderError('the file is empty (no header line)');
  flush();
  await drain();
  return summary;
}

/** The reason a row was not staged, naming the file's own columns. */
function rowReason(
  status: number,
  mask: number,
  fieldIndex: Int32Array,
  header: readonly string[],
  itemCols: readonly Uint8Array[],
  row: number,
): string {
  const name = (k: StageItem) => {
    const f = fieldIndex[STAGE_ITEMS.indexOf(k)]!;
    return f === -1 ? PROACT_ITEM_COLUMNS[k][0]! : header[f]!;
  };
  const items = problemItemNames(mask);
  switch (status) {
    case ROW_STATUS.missingItems: {
      const five = items.includes('cuttingWithoutGastrostomy') && items.includes('cuttingWithGastrostomy');
      const names = items
        .filter((k) => !(five && (k === 'cuttingWithoutGastrostomy' || k === 'cuttingWithGastrostomy')))
        .map(name);
      if (five) names.splice(4, 0, `${name('cuttingWithoutGastrostomy')} or ${name('cuttingWithGastrostomy')}`);
      return `insufficient data: needs ${names.join(', ')}`;
    }
    case ROW_STATUS.item5Both:
      return `item 5 is scored on both forms (${name('cuttingWithoutGastrostomy')} and ${name('cuttingWithGastrostomy')}): one only (5b means a gastrostomy)`;
    case ROW_STATUS.mixedVersions:
      return `${name('respiratory')} (original ALSFRS) and R1-R3 (ALSFRS-R) on one row: the two versions are never mixed`;
    case ROW_STATUS.outOfRange:
      return items.map((k) => `${name(k)}: ${itemCols[STAGE_ITEMS.indexOf(k)]![row]} is outside 0-4`).join('; ');
    default:
      return `not staged (status ${status})`;
  }
}

/** Onset day per subject from a PRO-ACT ALSHISTORY-style CSV (subject_id, Onset_Delta). */
export async function readOnsetFile(
  input: AsyncIterable<Uint8Array>,
  report: (line: number, reason: string) => void,
): Promise<Map<string, number>> {
  const onset = new Map<string, number>();
  const splitter = new CsvSplitter();
  let subjectAt = -1;
  let onsetAt = -1;
  let header: string[] | undefined;
  const onRecord = (r: CsvRecord) => {
    if (!header) {
      header = Array.from({ length: r.count }, (_, i) => fieldText(r, i).trim());
      subjectAt = find(header, PROACT_SUBJECT_COLUMNS);
      onsetAt = find(header, PROACT_ONSET_COLUMNS);
      if (subjectAt === -1 || onsetAt === -1) {
        throw new StageHeaderError(
          `the onset file's header (line ${r.line}) needs ${PROACT_SUBJECT_COLUMNS[0]} and ${PROACT_ONSET_COLUMNS[0]}`,
        );
      }
      return;
    }
    if (r.malformed || r.count !== header.length) {
      return report(
        r.line,
        r.malformed ? `not valid CSV: ${r.malformed}` : `${r.count} fields, the header has ${header.length}`,
      );
    }
    const subject = fieldText(r, subjectAt);
    const text = fieldText(r, onsetAt).trim();
    const v = numberValue(text);
    if (v === undefined) return report(r.line, `${header[onsetAt]}: "${shown(text)}" is not a number of days`);
    if (Number.isNaN(v)) return;
    const known = onset.get(subject);
    if (known !== undefined && known !== v) {
      return report(r.line, `${header[onsetAt]} for ${shown(subject)} is ${v}, an earlier line gave ${known} (kept)`);
    }
    onset.set(subject, v);
  };
  for await (const chunk of input) splitter.push(chunk, onRecord);
  splitter.end(onRecord);
  if (!header) throw new StageHeaderError('the onset file is empty (no header line)');
  return onset;
}
