/**
 * Reading a case file from disk (or stdin as `-`) into a valid `PatientCase`, or the list of
 * everything wrong with it. Never a partial case.
 */
import { readFile } from 'node:fs/promises';
import { type CaseIssue, type CaseParseResult, parseCaseJson } from '@betz/contracts';
import { describeFsError } from './fs-error.js';

export { describeFsError };

export async function readCaseFile(path: string): Promise<CaseParseResult> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `cannot read the file: ${describeFsError(error)}` }] };
  }
  const text = caseFileText(bytes);
  return typeof text === 'string' ? parseCaseJson(text) : { ok: false, issues: [text] };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** C0 control characters JSON never allows (outside strings it allows tab, LF and CR; inside, none raw). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * The text of a case file: UTF-8, with a byte-order mark (as Windows editors write) dropped. A file
 * that is not UTF-8 text is refused in words, never echoed: its bytes would garble the terminal.
 */
export function caseFileText(bytes: Uint8Array): string | CaseIssue {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const withoutBom = body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body;
  const notText: CaseIssue = {
    path: '',
    message: 'not a text file (binary content): a case file is JSON text in UTF-8 (see docs/case-format.md)',
  };
  let text: string;
  try {
    text = UTF8.decode(withoutBom);
  } catch {
    return notText;
  }
  return CONTROL.test(text) ? notText : text;
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

/** The warnings of a valid case file (facts that will not count), one per line with path and reason. */
export function formatCaseWarnings(file: string, warnings: readonly CaseIssue[]): string {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return [`betz: ${file}: ${count}:`, ...warnings.map((w) => `  ${w.path}: ${w.message}`), ''].join('\n');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
