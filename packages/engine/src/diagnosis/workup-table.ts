/**
 * The exclusion workup per phenotype, generated from the rules that build it (`buildWorkup`), and
 * which case fact satisfies each investigation, for docs/case-format.md (a docs test fails when
 * the page is stale). Red-flag tests are not listed per phenotype: each red flag names its own.
 */
import type { Sex } from '../facts/index.js';
import {
  AR_CAG_PATHOLOGICAL_REPEATS,
  CATALOGUE,
  CORE_TESTS,
  INVESTIGATION_CODES,
  type InvestigationCode,
} from './catalogue.js';
import type { RecordLookup } from './investigations.js';
import { buildWorkup } from './workup.js';

interface Phenotype {
  label: string;
  bulbarInvolved: boolean;
  /** Region masks as `buildWorkup` reads them: only zero / non-zero matters here. */
  umn: number;
  lmn: number;
  sex: Sex | undefined;
}

/** The presentations the workup rules tell apart (bulbar signs; pure LMN; sex for Kennedy disease). */
export const WORKUP_PHENOTYPES: readonly Phenotype[] = [
  { label: 'bulbar involvement', bulbarInvolved: true, umn: 1, lmn: 1, sex: undefined },
  { label: 'no signs above the neck (UMN and LMN)', bulbarInvolved: false, umn: 1, lmn: 1, sex: undefined },
  { label: 'pure LMN syndrome, woman', bulbarInvolved: false, umn: 0, lmn: 1, sex: 'female' },
  { label: 'pure LMN syndrome, man', bulbarInvolved: false, umn: 0, lmn: 1, sex: 'male' },
];

const NOTHING_RECORDED: RecordLookup = { get: () => undefined, presentIndices: () => [], ckMaxIuPerL: undefined };

/** What the workup asks for in a phenotype with nothing recorded and no red flag. */
export function workupFor(p: Phenotype): { required: InvestigationCode[]; offered: InvestigationCode[] } {
  const { workup } = buildWorkup({ records: NOTHING_RECORDED, familyHistory: false, flags: [], ...p });
  const codes = (required: boolean) =>
    workup.filter((i) => i.required === required).map((i) => i.code as InvestigationCode);
  return { required: codes(true), offered: codes(false) };
}

const investigation = (code: string) => `\`investigations[]\` with \`code: '${code}'\``;

/**
 * Which facts satisfy an investigation besides an `investigations[]` entry with its code (the
 * derivations of `recordLookup` in investigations.ts; a test checks each one).
 */
export const ALSO_SATISFIED_BY: Partial<Record<InvestigationCode, string>> = {
  ncsEmg: 'any `emg[]` study (an EMG study counts as NCS/EMG)',
  rns: '`emg[].ncs.rnsDecrement` or `rnsIncrement` recorded (an increment is abnormal)',
  arCagRepeat: `\`genetics[]\` with \`gene: "AR"\` (an AR result counts as the AR CAG test; ${AR_CAG_PATHOLOGICAL_REPEATS} repeats or more, or pathogenic, is abnormal)`,
  smn1: '`genetics[]` with `gene: "SMN1"`',
  geneticPanel: '`genetics[]` with any other gene',
  ck: '`labs[]` with `test: "ck"` (above 1000 IU/L is abnormal)',
};

/** The two Markdown tables docs/case-format.md carries (phenotype -> tests; test -> satisfying facts). */
export function renderWorkupTables(): string {
  const name = (c: InvestigationCode) => `${CATALOGUE[c].name} (\`${c}\`)`;
  const lines = [
    '| phenotype | required before exclusions are complete | offered |',
    '| --- | --- | --- |',
    `| every patient (core tests) | ${CORE_TESTS.map(name).join(', ')} | |`,
  ];
  for (const p of WORKUP_PHENOTYPES) {
    const w = workupFor(p);
    const extra = w.required.filter((c) => !CORE_TESTS.includes(c));
    lines.push(`| ${p.label} | core tests, ${extra.map(name).join(', ')} | ${w.offered.map(name).join(', ')} |`);
  }
  lines.push('', '| investigation | code | satisfied by |', '| --- | --- | --- |');
  for (const code of INVESTIGATION_CODES) {
    const also = ALSO_SATISFIED_BY[code];
    lines.push(`| ${CATALOGUE[code].name} | \`${code}\` | ${investigation(code)}${also ? `; or ${also}` : ''} |`);
  }
  return lines.join('\n');
}
