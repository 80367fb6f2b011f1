/** `npm run schemas`: regenerate the published JSON Schema files from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { CASE_JSON_SCHEMA_PATH, caseJsonSchemaText } from '../case/json-schema.js';

// This file runs from packages/contracts/dist/scripts/; the repository root is four levels up.
const target = new URL(`../../../../${CASE_JSON_SCHEMA_PATH}`, import.meta.url);
writeFileSync(target, caseJsonSchemaText());
console.log(`wrote ${CASE_JSON_SCHEMA_PATH}`);
