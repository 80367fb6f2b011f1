/**
 * Reading a case file from disk (or stdin as `-`) into a valid `PatientCase`, or the list of
 * everything wrong with it. Never a partial case.
 */
import { readFile } from 'node:fs/promises';
import { type CaseIssue, type CaseParseResult, parseCaseJson } from '@betz/contracts';

export async function readCaseFile(path: string): Promise<CaseParseResult> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `cannot read the file: ${describeFsError(error)}` }] };
  }
  return parseCaseJson(text);
}

/** The problems of a case file, one per line, each with its path in the case and the reason. */
export function formatCaseIssues(file: string, issues: readonly CaseIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map((i) => `  ${i.path || '(file)'}: ${i.message}`);
  return [
    `betz: ${file} is not a valid Betz case file (${count}):`,
    ...lines,
    'The case format is described in docs/case-format.md (JSON Schema: schemas/case.schema.json).',
    '',
  ].join('\n');
}

/** A file-system error in words (`no such file`, `permission denied`). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
