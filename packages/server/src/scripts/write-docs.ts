/** `npm run schemas` (its server part): regenerate docs/access.md from the access policy. */
import { writeFileSync } from 'node:fs';
import { ACCESS_DOC_PATH, accessDoc } from '../access/access-doc.js';

// This file runs from packages/server/dist/scripts/; the repository root is four levels up.
writeFileSync(new URL(`../../../../${ACCESS_DOC_PATH}`, import.meta.url), accessDoc());
console.log(`wrote ${ACCESS_DOC_PATH}`);
