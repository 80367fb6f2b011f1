/**
 * `npm run schemas`: regenerate the published JSON Schema files from the zod schemas, and the
 * table of fact kinds and the drug table in the case-format documentation from the engine, and the list of
 * care recommendation codes from the care rule catalogue (the server writes docs/access.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DRUGS_DOC_PATH, withDrugsTable } from '../case/drugs-table.js';
import { CASE_JSON_SCHEMA_PATH, caseJsonSchemaText } from '../case/json-schema.js';
import { FACT_KINDS_DOC_PATH, withFactKindsTable } from '../case/kinds-table.js';
import { CARE_CODES_DOC_PATH, careCodesDoc } from '../docs/care-codes.js';

// This file runs from packages/contracts/dist/scripts/; the repository root is four levels up.
const root = (path: string) => new URL(`../../../../${path}`, import.meta.url);
writeFileSync(root(CASE_JSON_SCHEMA_PATH), caseJsonSchemaText());
console.log(`wrote ${CASE_JSON_SCHEMA_PATH}`);
writeFileSync(root(FACT_KINDS_DOC_PATH), withFactKindsTable(readFileSync(root(FACT_KINDS_DOC_PATH), 'utf8')));
console.log(`wrote the table of fact kinds in ${FACT_KINDS_DOC_PATH}`);
writeFileSync(root(DRUGS_DOC_PATH), withDrugsTable(readFileSync(root(DRUGS_DOC_PATH), 'utf8')));
console.log(`wrote the drug table in ${DRUGS_DOC_PATH}`);
writeFileSync(root(CARE_CODES_DOC_PATH), careCodesDoc());
console.log(`wrote ${CARE_CODES_DOC_PATH}`);
