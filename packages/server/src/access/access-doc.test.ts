import { readFileSync } from 'node:fs';
import { ACTIONS } from '@betz/contracts';
import { describe, expect, it } from 'vitest';
import { ACCESS_DOC_PATH, accessDoc } from './access-doc.js';

const committed = readFileSync(new URL(`../../../../${ACCESS_DOC_PATH}`, import.meta.url), 'utf8');

describe('docs/access.md, the role and permission matrix', () => {
  it('is the page the access policy generates (run `npm run schemas` after changing policy.ts)', () => {
    expect(committed).toBe(accessDoc());
  });

  it('has a row per permission, marked for exactly the roles the policy allows', () => {
    const rows = accessDoc()
      .split('\n')
      .filter((line) => /^\| `[a-zA-Z]+\.[a-zA-Z]+` \|/.test(line));
    expect(rows).toHaveLength(ACTIONS.length);
    expect(rows.find((r) => r.startsWith('| `backup.create` |'))).toBe(
      '| `backup.create` | download a backup of the whole database | yes |  |  |  |  |',
    );
    expect(accessDoc()).toMatch(
      /^\| `exam` \| `\/patients\/\{id\}\/exams?` \| clinician \| {2}\| yes \| {2}\| {2}\| {2}\|$/m,
    );
  });
});
