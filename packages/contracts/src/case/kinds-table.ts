/**
 * The table of fact kinds in docs/case-format.md, generated from the engine's catalogue so the
 * documentation cannot fall behind it (`npm run schemas` rewrites it between its two markers; a
 * test fails when the committed table is stale).
 */
import { FACT_KIND_CATALOGUE, type FactKindEntry, factApiPath } from '@betz/engine';

export const FACT_KINDS_DOC_PATH = 'docs/case-format.md';
const BEGIN = '<!-- fact kinds: generated from packages/engine/src/facts/kinds.ts by `npm run schemas` -->';
const END = '<!-- end of fact kinds -->';

const code = (text: string) => `\`${text}\``;

function fhirCell(fhir: FactKindEntry['fhir']): string {
  if (fhir === 'none') return 'none yet';
  return fhir.note ? `${fhir.resource} (${fhir.note})` : fhir.resource;
}

function row(k: FactKindEntry): string {
  const cells = [
    code(k.kind),
    k.caseKey === null ? 'not in the case file' : code(k.caseKey),
    k.cardinality === 'one' ? 'one per patient' : 'many',
    k.placedBy === null ? '' : code(k.placedBy),
    [...k.otherDates.map(code), ...(k.plannedDates ?? []).map((d) => `${code(d)} (set in advance: kept)`)].join(' '),
    [
      code(`/patients/{id}/${factApiPath(k)}`),
      ...(k.formerApiPaths ?? []).map((p) => `(was ${code(p)}: redirected)`),
    ].join(' '),
    k.label,
    k.recordedBy,
    fhirCell(k.fhir),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The Markdown table, markers included. */
export function factKindsTable(): string {
  return [
    BEGIN,
    '| kind | in the case | how many | dated by | other dates | API path | label | recorded by | FHIR R4 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...(FACT_KIND_CATALOGUE as readonly FactKindEntry[]).map(row),
    END,
  ].join('\n');
}

/**
 * `doc` with its table of kinds replaced by the generated one (throws when the markers are missing:
 * the table has nowhere to go).
 */
export function withFactKindsTable(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${FACT_KINDS_DOC_PATH} has no table of fact kinds between its markers`);
  return `${doc.slice(0, start)}${factKindsTable()}${doc.slice(end + END.length)}`;
}
