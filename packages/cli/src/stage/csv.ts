/**
 * A streaming CSV record splitter over bytes (RFC 4180): fields separated by commas, records by LF
 * or CRLF, a field in double quotes may hold commas, line breaks and doubled quotes. Chunks are
 * pushed as they arrive; a record cut by a chunk boundary is carried to the next chunk, so memory
 * holds one chunk and one partial record, whatever the file size.
 *
 * Why hand-written (measured, issue 11): the PRO-ACT `alsfrs` export is unquoted numbers, and a
 * byte loop that hands the consumer field offsets (no string per field) keeps the item columns
 * free of allocation; the quoted path is the same state machine, so a quoted field is read
 * correctly, only slower. A library (csv-parse) builds a string per field.
 */

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** One record: its fields as byte ranges of `bytes` (quoted fields without their quotes). */
export interface CsvRecord {
  bytes: Uint8Array;
  /** Field count. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when the field was quoted, 2 when it also holds doubled quotes ("" → "). */
  quoted: Uint8Array;
  /** The 1-based line the record starts on (a quoted line break makes a record span lines). */
  line: number;
  /** Why the record is malformed (an unclosed quote, text after a closing quote), else undefined. */
  malformed?: string;
}

const DECODER = new TextDecoder('utf-8');

/** The text of field `i` (quotes undone). */
export function fieldText(r: CsvRecord, i: number): string {
  const text = DECODER.decode(r.bytes.subarray(r.start[i]!, r.end[i]!));
  return r.quoted[i] === 2 ? text.replaceAll('""', '"') : text;
}

export class CsvSplitter {
  private carry: Uint8Array | null = null;
  private work = new Uint8Array(0);
  private line = 1;
  private first = true;
  private readonly rec: CsvRecord;

  constructor(maxFields = 256) {
    this.rec = {
      bytes: new Uint8Array(0),
      count: 0,
      start: new Int32Array(maxFields),
      end: new Int32Array(maxFields),
      quoted: new Uint8Array(maxFields),
      line: 1,
    };
  }

  /** Split the complete records of `chunk` (after any carried bytes) and hand each to `onRecord`. */
  push(chunk: Uint8Array, onRecord: (r: CsvRecord) => void): void {
    let buf = chunk;
    if (this.first) {
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (this.carry) {
      // The carried partial record and the chunk, in one reused buffer (no allocation per chunk).
      const need = this.carry.length + buf.length;
      if (this.work.length < need) this.work = new Uint8Array(need * 2);
      this.work.set(this.carry, 0);
      this.work.set(buf, this.carry.length);
      buf = this.work.subarray(0, need);
      this.carry = null;
    }
    const used = this.split(buf, false, onRecord);
    if (used < buf.length) this.carry = buf.slice(used);
  }

  /** The last record when the input does not end with a line break. */
  end(onRecord: (r: CsvRecord) => void): void {
    if (this.carry) this.split(this.carry, true, onRecord);
    this.carry = null;
  }

  /** Splits records from `buf`; returns how many bytes were consumed (the rest is a partial record). */
  private split(buf: Uint8Array, final: boolean, onRecord: (r: CsvRecord) => void): number {
    const r = this.rec;
    const len = buf.length;
    const max = r.start.length;
    r.bytes = buf;
    let pos = 0;
    while (pos < len) {
      const recordStart = pos;
      let breaks = 0; // line breaks inside quoted fields
      let n = 0;
      let malformed: string | undefined;
      let complete = false;
      for (;;) {
        // One field, starting at pos.
        if (pos < len && buf[pos] === QUOTE) {
          let j = pos + 1;
          let doubled = false;
          let close = -1;
          while (j < len) {
            const c = buf[j]!;
            if (c === QUOTE) {
              if (j + 1 < len && buf[j + 1] === QUOTE) {
                doubled = true;
                j += 2;
                continue;
              }
              if (j + 1 === len && !final) break; // the next chunk may hold the second quote
              close = j;
              break;
            }
            if (c === LF) breaks++;
            j++;
          }
          if (close === -1) {
            if (!final) return recordStart;
            malformed = 'a quoted field is not closed before the end of the file';
            if (n < max) {
              r.start[n] = pos + 1;
              r.end[n] = len;
              r.quoted[n] = doubled ? 2 : 1;
            }
            n++;
            pos = len;
            complete = true;
            break;
          }
          if (n < max) {
            r.start[n] = pos + 1;
            r.end[n] = close;
            r.quoted[n] = doubled ? 2 : 1;
          }
          n++;
          pos = close + 1;
          // After the closing quote: a comma, a line break or the end; anything else is malformed.
          if (pos < len && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) {
            malformed ??= 'text after the closing quote of a field (a quote inside a field must be doubled)';
            while (pos < len && buf[pos] !== COMMA && buf[pos] !== LF) pos++;
          }
        } else {
          let j = pos;
          while (j < len) {
            const c = buf[j]!;
            if (c === COMMA || c === LF) break;
            j++;
          }
          if (j === len && !final) return recordStart;
          let e = j;
          if (e > pos && buf[e - 1] === CR && (j === len || buf[j] === LF)) e--;
          if (n < max) {
            r.start[n] = pos;
            r.end[n] = e;
            r.quoted[n] = 0;
          }
          n++;
          pos = j;
        }
        // The separator after the field.
        if (pos >= len) {
          if (!final) return recordStart;
          complete = true;
          break;
        }
        const c = buf[pos]!;
        if (c === COMMA) {
          pos++;
          if (pos >= len && !final) return recordStart;
          continue;
        }
        if (c === CR) {
          if (pos + 1 >= len && !final) return recordStart;
          pos++;
          if (pos < len && buf[pos] === LF) pos++;
          complete = true;
          break;
        }
        // LF
        pos++;
        complete = true;
        break;
      }
      if (!complete) return recordStart;
      r.line = this.line;
      this.line += 1 + breaks;
      r.count = n;
      if (n > max) malformed ??= `more than ${max} fields`;
      r.malformed = malformed;
      // A blank line is no record.
      if (!(n === 1 && r.end[0] === r.start[0] && r.quoted[0] === 0)) onRecord(r);
    }
    return pos;
  }
}
