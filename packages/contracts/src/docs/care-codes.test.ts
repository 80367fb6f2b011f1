import { readFileSync } from 'node:fs';
import { CARE_RULES } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { CARE_CODES_DOC_PATH, careCodesDoc } from './care-codes.js';

const committed = readFileSync(new URL(`../../../../${CARE_CODES_DOC_PATH}`, import.meta.url), 'utf8');

describe('docs/care-recommendations.md, the list of care recommendation codes', () => {
  it('is the page the rule catalogue generates (run `npm run schemas` after changing a care rule)', () => {
    expect(committed).toBe(careCodesDoc());
  });

  it('has one row per rule, with its priority, trigger and source', () => {
    const rows = careCodesDoc()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((r) => r.split(' | ')[0]?.slice(3, -1))).toEqual(
      [...CARE_RULES].sort((a, b) => domainOrder(a.domain) - domainOrder(b.domain)).map((r) => r.code),
    );
    expect(rows.find((r) => r.startsWith('| `nutrition.gastrostomy.discuss` |'))).toMatch(
      /^\| `nutrition\.gastrostomy\.discuss` \| routine \| Discuss gastrostomy early \| Discuss gastrostomy at an early stage.* \| diagnosed ALS \| Van Damme 2024/,
    );
    expect(rows.find((r) => r.startsWith('| `symptoms.quinineWarning` |'))).toContain('only in US');
  });
});

const ORDER = ['dmt', 'breathing', 'nutrition', 'symptoms', 'genetics', 'team', 'planning', 'monitoring'];
const domainOrder = (d: string) => ORDER.indexOf(d);
