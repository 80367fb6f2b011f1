/**
 * `betz stage` in-process: the CSV splitter against RFC 4180 cases and every chunk boundary, the
 * staged output row for row against the engine's per-record staging, the report of bad rows (line
 * and reason, the rest still staged), the command's options and exit statuses. One spawned run
 * pipes standard input through the built command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AlsfrsrRecord,
  addDays,
  alsfrsrTotal,
  deltaFs,
  kingsFromAlsfrsr,
  mitosStageFromAlsfrsr,
  validateAlsfrsr,
} from '@betz/engine';
import { proactAlsfrsCsv } from '@betz/synth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageCommand } from '../commands/stage.js';
import { type CsvRecord, CsvSplitter, fieldText } from './csv.js';
import { OUTPUT_HEADER, stageProact } from './proact.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

function splitAll(chunks: readonly Uint8Array[]): { line: number; fields: string[]; malformed?: string }[] {
  const out: { line: number; fields: string[]; malformed?: string }[] = [];
  const s = new CsvSplitter();
  const take = (r: CsvRecord) =>
    out.push({
      line: r.line,
      fields: Array.from({ length: r.count }, (_, i) => fieldText(r, i)),
      ...(r.malformed ? { malformed: r.malformed } : {}),
    });
  for (const c of chunks) s.push(c, take);
  s.end(take);
  return out;
}

describe('CsvSplitter (RFC 4180)', () => {
  const text = '\ufeffa,b,c\r\n1,"x, y",3\n"say ""hi""",,"two\nlines"\n\n4,5,6\r\n"7","8","9"\nlast,row,no newline';
  const expected = [
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['1', 'x, y', '3'] },
    { line: 3, fields: ['say "hi"', '', 'two\nlines'] },
    { line: 6, fields: ['4', '5', '6'] },
    { line: 7, fields: ['7', '8', '9'] },
    { line: 8, fields: ['last', 'row', 'no newline'] },
  ];

  it('reads quoted commas, doubled quotes, quoted line breaks, CRLF, a BOM, blank lines and a last line without a break', () => {
    expect(splitAll([enc.encode(text)])).toEqual(expected);
  });

  it('gives the same records however the bytes are cut into chunks', () => {
    const bytes = enc.encode(text);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 8 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((e, i) => bytes.subarray(at[i]!, e));
        expect(splitAll(chunks)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('marks an unclosed quote and text after a closing quote as malformed, and goes on', () => {
    const r = splitAll([enc.encode('a,b\n"x"y,2\n3,4\n5,"open\n')]);
    expect(r[1]!.malformed).toMatch(/text after the closing quote/);
    expect(r[2]).toEqual({ line: 3, fields: ['3', '4'] });
    expect(r[3]!.malformed).toMatch(/not closed/);
  });
});

const HEADER =
  'subject_id,ALSFRS_Delta,Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,Q5a_Cutting_without_Gastrostomy,Q5b_Cutting_with_Gastrostomy,Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,Q8_Walking,Q9_Climbing_Stairs,Q10_Respiratory,R_1_Dyspnea,R_2_Orthopnea,R_3_Respiratory_Insufficiency,Onset_Delta';

async function* chunksOf(text: string, size = 7): AsyncIterable<Uint8Array> {
  const b = enc.encode(text);
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

async function stageText(text: string, chunkRows = 65_536, size = 4096) {
  let out = '';
  const reports: string[] = [];
  const summary = await stageProact(
    chunksOf(text, size),
    {
      out: (t) => {
        out += dec.decode(t);
      },
      report: (line, reason) => reports.push(`line ${line}: ${reason}`),
    },
    { chunkRows },
  );
  return { out, reports, summary };
}

function parseOut(out: string) {
  const [head, ...rows] = out.trimEnd().split('\n');
  expect(head).toBe(OUTPUT_HEADER);
  return rows.map((r) => r.split(','));
}

describe('stageProact: the staged rows are the per-record staging, row for row', () => {
  it('a synthetic PRO-ACT file: every valid ALSFRS-R row staged as kingsFromAlsfrsr / mitosStageFromAlsfrsr / deltaFs', async () => {
    let text = '';
    for (const t of proactAlsfrsCsv({ seed: 7, rows: 3000, defectShare: 0.02 })) text += t;
    const { out, reports, summary } = await stageText(text, 500, 1000);
    const lines = text.trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const col = (name: string) => header.indexOf(name);
    const staged = parseOut(out);
    let s = 0;
    let revised = 0;
    for (let ln = 1; ln < lines.length; ln++) {
      const f = lines[ln]!.split(',');
      const item = (name: string) => (f[col(name)] === '' ? undefined : Number(f[col(name)]));
      const day = Number(f[col('ALSFRS_Delta')]);
      const rec = {
        date: addDays('2000-01-01', day),
        speech: item('Q1_Speech'),
        salivation: item('Q2_Salivation'),
        swallowing: item('Q3_Swallowing'),
        handwriting: item('Q4_Handwriting'),
        cuttingWithoutGastrostomy: item('Q5a_Cutting_without_Gastrostomy'),
        cuttingWithGastrostomy: item('Q5b_Cutting_with_Gastrostomy'),
        dressing: item('Q6_Dressing_and_Hygiene'),
        turningInBed: item('Q7_Turning_in_Bed'),
        walking: item('Q8_Walking'),
        climbingStairs: item('Q9_Climbing_Stairs'),
        dyspnoea: item('R_1_Dyspnea'),
        orthopnoea: item('R_2_Orthopnea'),
        respiratoryInsufficiency: item('R_3_Respiratory_Insufficiency'),
      };
      const isOriginal = item('Q10_Respiratory') !== undefined;
      if (isOriginal) {
        // Original rows are staged (the engine test covers their rules) or reported.
        const row = staged[s];
        if (row && row[0] === f[0] && row[1] === f[col('ALSFRS_Delta')] && row[2] === 'ALSFRS') s++;
        else expect(reports.some((x) => x.startsWith(`line ${ln + 1}: `))).toBe(true);
        continue;
      }
      if (validateAlsfrsr(rec).length > 0) {
        expect(reports.some((r) => r.startsWith(`line ${ln + 1}: `))).toBe(true);
        continue;
      }
      const r = rec as AlsfrsrRecord;
      const row = staged[s++]!;
      revised++;
      const k = kingsFromAlsfrsr(r);
      expect(row.slice(0, 3)).toEqual([f[0], f[col('ALSFRS_Delta')], 'ALSFRS-R']);
      expect(row[3]).toBe(String(alsfrsrTotal(r)));
      expect(row[6]).toBe(k.label);
      expect(row[7]).toBe(k.estimatedNoRegion ? '1' : '0');
      expect(row[8]).toBe(String(mitosStageFromAlsfrsr(r)));
      const onset = f[col('Onset_Delta')] === '' ? undefined : addDays('2000-01-01', Number(f[col('Onset_Delta')]));
      const d = deltaFs(alsfrsrTotal(r), onset, r.date, 1, { slowBelow: 0.5, fastAbove: 1 });
      if (d.kind === 'computed')
        expect(Math.abs(Number(row[5]) - d.pointsPerMonth)).toBeLessThanOrEqual(0.00005 + 1e-12);
      else expect(row[5]).toBe('');
    }
    expect(s).toBe(staged.length);
    expect(revised).toBeGreaterThan(2000);
    expect(summary.rows).toBe(3000);
    expect(summary.staged).toBe(staged.length);
    expect(summary.reported).toBeGreaterThan(0);
    // Every stage is reached by the synthetic file (a bench over only stage 1 would prove little).
    for (const label of ['1', '2', '3', '4A', '4B', '4A+4B']) expect(staged.some((r) => r[6] === label)).toBe(true);
    for (const m of ['0', '1', '2', '3', '4']) expect(staged.some((r) => r[8] === m)).toBe(true);
  });

  it('the same output and report whatever the row chunk and byte chunk sizes (flat memory changes nothing)', async () => {
    let text = '';
    for (const t of proactAlsfrsCsv({ seed: 3, rows: 800, defectShare: 0.05 })) text += t;
    const a = await stageText(text, 65_536, 1 << 20);
    const b = await stageText(text, 13, 61);
    expect(b.out).toBe(a.out);
    expect(b.reports).toEqual(a.reports);
  });
});

describe('stageProact: bad rows are reported with line and reason, and never stop the rest', () => {
  const ok = '4,4,4,4,4,,4,4,3,4,,4,4,4';
  const rows = [
    `1,0,${ok},-300`,
    `2,0,4,4,4,x,4,,4,4,3,4,,4,4,4,`,
    `3,0,4,4,4,4,4,,4,4,3,4,,4,,4,`,
    `4,0,4,4,4,4,4,3,4,4,3,4,,4,4,4,`,
    `5,0,4,4,4,4,4,,4,4,3,4,3,4,4,4,`,
    `6,0,4,4,9,4,4,,4,4,3,4,,4,4,4,`,
    `7,0,4,4`,
    `8,zero,${ok},`,
    `"9",0,4,4,4,4,,,4,4,3,4,,4,4,4,`,
    `10,"1,5",${ok},`,
    `11,0,4,4,4,4,4,,4,4,3,4,4,,,,-100`,
    `12,30,${ok},0`,
  ];
  it('reports each with its line and the reason, in line order, and stages the others', async () => {
    const { out, reports, summary } = await stageText(`${HEADER}\n${rows.join('\n')}\n`, 4, 5);
    expect(reports).toEqual([
      'line 3: Q4_Handwriting: "x" is not an item score (a whole number 0-4)',
      'line 4: insufficient data: needs R_2_Orthopnea',
      'line 5: item 5 is scored on both forms (Q5a_Cutting_without_Gastrostomy and Q5b_Cutting_with_Gastrostomy): one only (5b means a gastrostomy)',
      'line 6: Q10_Respiratory (original ALSFRS) and R1-R3 (ALSFRS-R) on one row: the two versions are never mixed',
      'line 7: Q3_Swallowing: 9 is outside 0-4',
      'line 8: 4 fields, the header has 17',
      'line 9: ALSFRS_Delta: "zero" is not a number of days',
      'line 10: insufficient data: needs Q5a_Cutting_without_Gastrostomy or Q5b_Cutting_with_Gastrostomy',
      'line 11: ALSFRS_Delta: "1,5" is not a number of days',
    ]);
    const staged = parseOut(out);
    expect(staged.map((r) => r[0])).toEqual(['1', '11', '12']);
    // (48 - 47) / (300 / 30.4375 months) = 0.10146
    expect(staged[0]!.slice(2, 9)).toEqual(['ALSFRS-R', '47', '9.86', '0.1015', '1', '0', '0']);
    expect(staged[1]![2]).toBe('ALSFRS');
    expect(staged[1]![6]).toBe('');
    expect(staged[1]![9]).toBe(
      "original ALSFRS (no item 12: 4B not assessable; King's 1 or 4B) MiToS 0 or 1 (breathing undetermined)",
    );
    // 30 days = 0.99 months from onset: under the 1-month guard, no ΔFS, and the note says so.
    expect(staged[2]!.slice(4)).toEqual(['0.99', '', '1', '0', '0', 'under 1 month from onset: no ΔFS']);
    expect(summary).toEqual({ rows: 12, staged: 3, reported: 9, totalMismatches: 0 });
  });
});

describe('stageProact: a report never echoes control characters or a long cell', () => {
  it('shows them as ? and cuts the cell at 40 characters', async () => {
    const junk = `\u001b[2J${'x'.repeat(60)}`;
    const { reports } = await stageText(`${HEADER}\n1,0,4,4,4,"${junk}",4,,4,4,3,4,,4,4,4,\n`);
    expect(reports).toEqual([
      `line 2: Q4_Handwriting: "?[2J${'x'.repeat(36)}…" is not an item score (a whole number 0-4)`,
    ]);
  });
});

describe('stageProact: a Gastrostomy column', () => {
  const merged =
    'SubjectID,feature_delta,Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,Q5_Cutting,Gastrostomy,Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,Q8_Walking,Q9_Climbing_Stairs,R1_Dyspnea,R2_Orthopnea,R3_Respiratory_Insufficiency';
  it('the preprocessed layout (Q5_Cutting with a Gastrostomy flag, as yoonhohong/proact writes it): the flag picks the form', async () => {
    const rows = [
      '1,0,4,4,4,4,3,FALSE,4,4,4,4,4,4,4',
      '2,0,4,4,4,4,3,TRUE,4,4,4,4,4,4,4',
      '3,0,4,4,4,4,3,,4,4,4,4,4,4,4',
    ];
    const { out, reports } = await stageText(`${merged}\n${rows.join('\n')}\n`);
    const staged = parseOut(out);
    expect(staged.map((r) => [r[0], r[6]])).toEqual([
      ['1', '1'], // 5a = 3: upper limb involved
      ['2', '4A'], // 5b: gastrostomy
    ]);
    expect(reports).toEqual([
      'line 4: insufficient data: needs Gastrostomy (yes or no: which form item 5 was scored on), got ""',
    ]);
  });
  it('beside 5a/5b columns, a flag that disagrees with the form is reported and the row staged from the form', async () => {
    const header = `${HEADER},Gastrostomy`;
    const { out, reports } = await stageText(
      `${header}\n1,0,4,4,4,4,4,,4,4,3,4,,4,4,4,,TRUE\n2,0,4,4,4,4,,4,4,4,3,4,,4,4,4,,yes\n`,
    );
    expect(parseOut(out).map((r) => r[6])).toEqual(['1', '4A']);
    expect(reports).toEqual(['line 2: Gastrostomy is "TRUE" but item 5 is on the 5a form (staged from the form)']);
  });
});

describe('betz stage (the command, in-process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'betz-stage-'));
  const run = async (args: string[], stdin?: string) => {
    let stdout = '';
    let stderr = '';
    const status = await stageCommand.run(args, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      ...(stdin === undefined ? {} : { stdin: chunksOf(stdin) }),
    });
    return { status, stdout, stderr };
  };

  it('--help names the columns and the exit statuses', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: betz stage/);
    expect(r.stdout).toMatch(/Exit status: 0 every row staged; 3/);
  });

  it('exit 0 when every row is staged; 3 with rows reported; -o and --errors write files', async () => {
    const good = await run(['-'], `${HEADER}\n1,0,4,4,4,4,4,,4,4,3,4,,4,4,4,\n`);
    expect(good.status).toBe(0);
    expect(good.stdout).toBe(`${OUTPUT_HEADER}\n1,0,ALSFRS-R,47,,,1,0,0,\n`);
    expect(good.stderr).toMatch(/1 rows, 1 staged, 0 not staged/);
    const out = join(dir, 'out.csv');
    const errors = join(dir, 'errors.txt');
    const bad = await run(['-', '-o', out, '--errors', errors], `${HEADER}\n1,0,4,4,4,4,4,,4,4,3,4,,4,4,4,\n2,0,4\n`);
    expect(bad.status).toBe(3);
    expect(bad.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(`${OUTPUT_HEADER}\n1,0,ALSFRS-R,47,,,1,0,0,\n`);
    expect(readFileSync(errors, 'utf8')).toBe('line 3: 3 fields, the header has 17\n');
    expect(bad.stderr).toMatch(/2 rows, 1 staged, 1 not staged \(reported in .*errors\.txt\)/);
  });

  it('--onset reads onset per subject from an ALSHISTORY-style file', async () => {
    const onset = join(dir, 'alshistory.csv');
    writeFileSync(onset, 'subject_id,Onset_Delta,Site_of_Onset\n1,-365.25,Onset: Limb\n');
    const header = HEADER.replace(',Onset_Delta', '');
    const r = await run(['-', '--onset', onset], `${header}\n1,0,4,4,4,4,4,,4,4,3,4,,4,4,4\n`);
    expect(r.stdout.split('\n')[1]).toBe('1,0,ALSFRS-R,47,12.00,0.0833,1,0,0,');
  });

  it('refuses with status 2 and nothing staged: a missing file, a header without the item columns, bad usage', async () => {
    const missing = await run([join(dir, 'nope.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const header = await run(['-'], 'subject_id,ALSFRS_Delta,Q1_Speech\n1,0,4\n');
    expect(header.status).toBe(2);
    expect(header.stdout).toBe('');
    expect(header.stderr).toMatch(/lacks the columns Q2_Salivation; Q3_Swallowing/);
    await expect(run([])).rejects.toThrow(/missing the CSV file/);
    await expect(run(['a.csv', 'b.csv'])).rejects.toThrow(/one file at a time/);
  });
});

describe('betz stage through the built command (one spawn: standard input piped)', () => {
  const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
  it('reads a piped file with a byte-order mark and CRLF lines', () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const input = Buffer.from(`\ufeff${HEADER}\r\n1,0,4,4,4,4,4,,4,4,3,4,,4,4,4,-300\r\n2,0,4\r\n`);
    const r = spawnSync(process.execPath, [main, 'stage', '-'], { input, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(`${OUTPUT_HEADER}\n1,0,ALSFRS-R,47,9.86,0.1015,1,0,0,\n`);
    expect(r.stderr).toMatch(/^line 3: 3 fields, the header has 17$/m);
  });
});
