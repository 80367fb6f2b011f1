/**
 * The drug table in docs/case-format.md, generated from the engine's drug vocabulary
 * (facts/drugs.ts) so the documentation cannot fall behind it (`npm run schemas` rewrites it
 * between its two markers; a docs test fails when the committed table is stale).
 */
import { DRUGS, type DrugEntry } from '@betz/engine';

export const DRUGS_DOC_PATH = 'docs/case-format.md';
const BEGIN = '<!-- drugs: generated from packages/engine/src/facts/drugs.ts by `npm run schemas` -->';
const END = '<!-- end of drugs -->';

function row(d: DrugEntry): string {
  const cells = [
    `\`${d.code}\``,
    d.name,
    d.synonyms.join(', '),
    d.atc ?? '',
    d.rxcui ?? '',
    (d.classes ?? []).join(', '),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The Markdown table, markers included. */
export function drugsTable(): string {
  return [
    BEGIN,
    '| code | name | also written | ATC | RxNorm | class |',
    '| --- | --- | --- | --- | --- | --- |',
    ...(DRUGS as readonly DrugEntry[]).map(row),
    END,
  ].join('\n');
}

/** `doc` with its drug table replaced by the generated one (throws when the markers are missing). */
export function withDrugsTable(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DRUGS_DOC_PATH} has no drug table between its markers`);
  return `${doc.slice(0, start)}${drugsTable()}${doc.slice(end + END.length)}`;
}
