/** `betz stage <file.csv>`: King's, MiToS and ΔFS for every row of a PRO-ACT-style ALSFRS(-R) CSV, streamed. */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeFsError } from '../fs-error.js';
import { OUTPUT_HEADER, readOnsetFile, StageHeaderError, stageProact } from '../stage/proact.js';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz stage <alsfrs.csv | -> [-o FILE] [--errors FILE] [--onset FILE]

Stage every row of a PRO-ACT-style ALSFRS-R CSV (the columns of a PRO-ACT alsfrs export:
subject_id, ALSFRS_Delta, Q1_Speech … Q9_Climbing_Stairs with Q5a/Q5b, R_1_Dyspnea (or R1_Dyspnea),
R_2_Orthopnea, R_3_Respiratory_Insufficiency; original ALSFRS rows with Q10_Respiratory; or the
preprocessed layout with one Q5_Cutting column and a Gastrostomy yes/no column). Each
scored row gives one output row: the total, ΔFS (Kimura 2006) where onset is known, King's stage
with 4A/4B (Balendra 2014) and MiToS (Chiò 2015). The file is streamed in chunks: memory stays
flat whatever its size. Use - to read standard input. A UTF-8 byte-order mark is ignored.

Output columns: ${OUTPUT_HEADER}
  kings: 1, 2, 3, 4A, 4B or 4A+4B (empty when not assessable); kings_no_region 1 when no region
  was involved and stage 1 was assumed; mitos 0-4. Original ALSFRS rows (no item 12): King's only
  when 4A, MiToS one of two stages, both in the note. Death (stage 5) is not in an alsfrs file.

Rows that cannot be staged (a missing or out-of-range item, item 5 on both forms, ALSFRS and
ALSFRS-R items mixed, a malformed line) are left out of the output and reported, one line each:
"line N: reason". A total column (ALSFRS_R_Total) that disagrees with the items is reported too
(the row is staged from its items), and so is a Gastrostomy column that disagrees with the
item-5 form (staged from the form: 5b means a gastrostomy).

Options:
  -o, --output FILE  write the staged CSV to FILE (default: standard output)
  --errors FILE      write the report of rows not staged to FILE (default: standard error)
  --onset FILE       onset per subject from a PRO-ACT ALSHISTORY-style CSV (subject_id,
                     Onset_Delta, on the ALSFRS_Delta day axis); an Onset_Delta column in the
                     input itself wins for its rows
  -h, --help         show this help

Exit status: 0 every row staged; 3 the file was staged but some rows were reported; 2 bad usage,
an unreadable file or a header without the needed columns (nothing staged); 1 internal error.
`;

interface Output {
  /** Resolves when the chunk is written. */
  write: (chunk: string | Uint8Array) => Promise<void>;
  /** Small writes (report lines): buffered by the stream, in order. */
  push: (text: string) => void;
  close: () => Promise<void>;
}

/** A file to write to, waiting on the stream when it is full. */
function fileOutput(path: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    const s: WriteStream = createWriteStream(path);
    let failed: Error | undefined;
    s.once('error', (error) => {
      failed = error;
      reject(error);
    });
    s.once('open', () =>
      resolve({
        // Resolves once the chunk is written (the caller reuses its buffer), which also paces the reader.
        write: (chunk) =>
          new Promise<void>((ok, fail) => {
            if (failed) return fail(failed);
            s.write(chunk, (error) => (error ? fail(error) : ok()));
          }),
        push: (text) => void s.write(text),
        close: () =>
          new Promise<void>((ok, fail) => {
            s.end(() => (failed ? fail(failed) : ok()));
          }),
      }),
    );
  });
}

/** A file's bytes in 1 MiB chunks read into one reused buffer (each chunk is consumed before the next read). */
async function* fileChunks(path: string): AsyncIterable<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buf = new Uint8Array(1 << 20);
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

async function openInput(path: string, io: Io): Promise<AsyncIterable<Uint8Array>> {
  if (path === '-') return io.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return fileChunks(path);
}

export const stageCommand: LoadedCommand = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(usage);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'missing the CSV file (or - for standard input)'
          : `one file at a time (got ${positionals.length})`,
      );
    }
    const file = positionals[0]!;
    const name = file === '-' ? 'standard input' : file;
    const fail = (what: string, error: unknown) => {
      io.stderr(`betz stage: cannot read ${what}: ${describeFsError(error)}\n`);
      return EXIT.badInput;
    };

    let onset: Map<string, number> | undefined;
    const reports: string[] = [];
    if (values.onset !== undefined) {
      try {
        onset = await readOnsetFile(createReadStream(values.onset), (line, reason) =>
          reports.push(`${values.onset} line ${line}: ${reason}\n`),
        );
      } catch (error) {
        if (error instanceof StageHeaderError) {
          io.stderr(`betz stage: ${values.onset}: ${error.message}\n`);
          return EXIT.badInput;
        }
        return fail(values.onset, error);
      }
    }

    let input: AsyncIterable<Uint8Array>;
    try {
      input = await openInput(file, io);
    } catch (error) {
      return fail(name, error);
    }
    let out: Output | undefined;
    let errors: Output | undefined;
    try {
      if (values.output !== undefined) out = await fileOutput(values.output);
      if (values.errors !== undefined) errors = await fileOutput(values.errors);
    } catch (error) {
      io.stderr(`betz stage: cannot write ${values.output ?? values.errors}: ${describeFsError(error)}\n`);
      return EXIT.badInput;
    }
    const decoder = new TextDecoder();
    const write = out?.write ?? io.stdoutAsync ?? (async (bytes: Uint8Array) => io.stdout(decoder.decode(bytes)));
    // The report is small next to the output: gathered per chunk, written as it comes.
    const report = (text: string) => {
      if (errors) errors.push(text);
      else io.stderr(text);
    };
    for (const r of reports) report(r);

    try {
      const summary = await stageProact(
        input,
        { out: write, report: (line, reason) => report(`line ${line}: ${reason}\n`) },
        onset ? { onset } : {},
      );
      const notStaged = summary.rows - summary.staged;
      io.stderr(
        `betz stage: ${name}: ${summary.rows.toLocaleString('en-US')} rows, ${summary.staged.toLocaleString('en-US')} staged, ` +
          `${notStaged.toLocaleString('en-US')} not staged` +
          (summary.totalMismatches
            ? `, ${summary.totalMismatches.toLocaleString('en-US')} with a total that disagrees`
            : '') +
          (summary.reported ? ` (reported${values.errors ? ` in ${values.errors}` : ' above'})` : '') +
          '\n',
      );
      return summary.reported + reports.length === 0 ? EXIT.ok : EXIT.rowsReported;
    } catch (error) {
      if (error instanceof StageHeaderError) {
        io.stderr(`betz stage: ${name}: ${error.message}\n`);
        return EXIT.badInput;
      }
      if ((error as NodeJS.ErrnoException)?.code) return fail(name, error);
      throw error;
    } finally {
      await out?.close();
      await errors?.close();
    }
  },
};

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        errors: { type: 'string' },
        onset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
