import { readFileSync } from 'node:fs';
import { FACT_KIND_CATALOGUE } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS_DOC_PATH, factKindsTable, withFactKindsTable } from './kinds-table.js';

const doc = readFileSync(new URL(`../../../../${FACT_KINDS_DOC_PATH}`, import.meta.url), 'utf8');

describe('the table of fact kinds in docs/case-format.md', () => {
  it('is the one the catalogue generates (run `npm run schemas` after changing the catalogue)', () => {
    expect(withFactKindsTable(doc)).toBe(doc);
  });

  it('has one row per kind, with its path, label and FHIR mapping', () => {
    const rows = factKindsTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(FACT_KIND_CATALOGUE.length);
    expect(rows.find((r) => r.startsWith('| `medication` |'))).toBe(
      '| `medication` | `medications` | many | `startDate` | `stopDate` | `/patients/{id}/medications` | medication | nurse | MedicationStatement |',
    );
    expect(rows.find((r) => r.startsWith('| `careDecision` |'))).toContain('| none yet |');
  });

  it('refuses a document without the markers', () => {
    expect(() => withFactKindsTable('# no table here')).toThrow(/no table of fact kinds/);
  });
});
