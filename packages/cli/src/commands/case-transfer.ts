/**
 * `betz import case FILE --server URL` and `betz export case PATIENT_ID --server URL [-o FILE]`:
 * a case file (docs/case-format.md) into a running server as a new patient, and a patient out of
 * it as a case file that `betz evaluate` reads and that imports again to the same facts.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCaseIssues, readCaseFile } from '../case-file.js';
import { outputFolderProblem } from './backup.js';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const AUTH = `The server is asked with the API token in $BETZ_TOKEN (make one in the clinic app or with
POST /api/v1/auth/tokens; an environment variable keeps it out of the shell history and the
process list).`;

const importUsage = `Usage: betz import case <case.json> --server URL

Store a case file in the running server as a new patient with every fact in it, in one
transaction (all or nothing), one audit event per fact. The file is checked here first, with the
messages of betz evaluate; the server checks it again, and refuses a fact dated after its today
and any kind of fact your roles may not record. Prints the new patient's id. Use - as the file to
read standard input.

Options:
  --server URL   the server (e.g. http://127.0.0.1:8080)
  -h, --help     show this help

${AUTH}
Exit status: 0 imported, 2 bad usage, an invalid file or a refusal by the server, 1 internal error.
`;

const exportUsage = `Usage: betz export case <patient-id> --server URL [-o FILE]

Write one patient's stored facts as a case file (docs/case-format.md): the file betz evaluate
reads and betz import case stores again. Retracted facts are left out. The case's patient.id is
the server's id for the patient.

Options:
  --server URL      the server (e.g. http://127.0.0.1:8080)
  -o, --output FILE write the case file here (written whole or not at all); default: standard output
  -h, --help        show this help

${AUTH}
Exit status: 0 exported, 2 bad usage or a refusal by the server, 1 internal error.
`;

function parse(args: string[], output: boolean) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        server: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...(output ? { output: { type: 'string' as const, short: 'o' } } : {}),
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The API address under the server's URL, and the token, or a usage error naming what is missing. */
function serverOf(server: string | undefined, path: string): { url: URL; token: string } {
  if (server === undefined)
    throw new UsageError('give the server with --server URL (e.g. --server http://127.0.0.1:8080)');
  let url: URL;
  try {
    url = new URL(`/api/v1${path}`, server);
  } catch {
    throw new UsageError(`not a URL: ${server}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--server wants an http:// or https:// address, not ${server}`);
  }
  const token = process.env.BETZ_TOKEN;
  if (!token) throw new UsageError('--server needs an API token in BETZ_TOKEN');
  return { url, token };
}

/** A failed fetch in words: the server's address and why it could not be reached. */
function unreachable(url: URL, error: unknown): string {
  const cause = (error as { cause?: NodeJS.ErrnoException } | undefined)?.cause;
  const why = cause?.code === 'ECONNREFUSED' ? 'connection refused' : (cause?.code ?? (error as Error)?.message);
  return `cannot reach the server at ${url.origin} (${why}): is \`betz serve\` running there?`;
}

/** The server's refusal: its message, then each invalid field on its own line with its path. */
async function refusal(res: Response): Promise<string> {
  const error = (await res.json().catch(() => ({}))) as {
    message?: string;
    issues?: { path?: string; message?: string }[];
  };
  const hint = res.status === 401 ? ' (check the API token in BETZ_TOKEN)' : '';
  const lines = (error.issues ?? []).map((i) => `  ${i.path || '(file)'}: ${i.message}`);
  return [`the server answered ${res.status}: ${error.message ?? res.statusText}${hint}`, ...lines, ''].join('\n');
}

async function send(url: URL, init: RequestInit, io: Io, command: string): Promise<Response | undefined> {
  try {
    return await fetch(url, init);
  } catch (error) {
    io.stderr(`betz ${command}: ${unreachable(url, error)}\n`);
    return undefined;
  }
}

function subcommand(positionals: string[], what: string): string {
  const [kind, target, ...rest] = positionals;
  if (kind !== 'case')
    throw new UsageError(kind === undefined ? 'say what: case' : `unknown kind "${kind}": only case`);
  if (target === undefined) throw new UsageError(`missing the ${what}`);
  if (rest.length > 0) throw new UsageError(`one ${what} at a time (got ${rest.length + 1})`);
  return target;
}

export async function importCase(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, false);
  if (values.help) {
    io.stdout(importUsage);
    return EXIT.ok;
  }
  const file = subcommand(positionals, 'case file');
  const { url, token } = serverOf(values.server, '/patients/import');
  const name = file === '-' ? 'standard input' : file;
  const parsed = await readCaseFile(file);
  if (!parsed.ok) {
    io.stderr(formatCaseIssues(name, parsed.issues));
    return EXIT.badInput;
  }
  const res = await send(
    url,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(parsed.case),
    },
    io,
    'import',
  );
  if (!res) return EXIT.badInput;
  if (res.status !== 201) {
    io.stderr(`betz import: ${name}: ${await refusal(res)}`);
    return EXIT.badInput;
  }
  const made = (await res.json()) as { patientId: string; facts: number; counts: Record<string, number> };
  const counts = Object.entries(made.counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  io.stdout(`${made.patientId}\n`);
  io.stderr(
    `betz import: ${name} stored as patient ${made.patientId}: ${made.facts} facts${counts ? ` (${counts})` : ''}\n`,
  );
  return EXIT.ok;
}

export async function exportCase(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, true);
  if (values.help) {
    io.stdout(exportUsage);
    return EXIT.ok;
  }
  const patientId = subcommand(positionals, 'patient id');
  const { url, token } = serverOf(values.server, `/patients/${encodeURIComponent(patientId)}/case`);
  const output = values.output as string | undefined;
  const unwritable = output === undefined ? undefined : outputFolderProblem(output);
  if (output !== undefined && unwritable) {
    io.stderr(`betz export: cannot write ${output}: ${unwritable}\n`);
    return EXIT.badInput;
  }
  const res = await send(url, { headers: { authorization: `Bearer ${token}` } }, io, 'export');
  if (!res) return EXIT.badInput;
  if (res.status !== 200) {
    io.stderr(`betz export: patient ${patientId}: ${await refusal(res)}`);
    return EXIT.badInput;
  }
  const text = `${JSON.stringify(await res.json(), null, 2)}\n`;
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  const temp = `${output}.partial-${process.pid}`;
  try {
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, output);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  io.stderr(`betz export: patient ${patientId} written to ${output}\n`);
  return EXIT.ok;
}

export const importCommand: LoadedCommand = { usage: importUsage, run: importCase };
export const exportCommand: LoadedCommand = { usage: exportUsage, run: exportCase };
