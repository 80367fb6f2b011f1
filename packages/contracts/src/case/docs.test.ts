/** docs/case-format.md stays true: it names every field and id (its examples: docs-examples.test.ts). */
import { readFileSync } from 'node:fs';
import { GENES, RED_FLAG_CODES, renderWorkupTables, renderWorseningTable, VOCABULARY } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { drugsTable } from './drugs-table.js';
import { CARE_RULE_CODES, INVESTIGATION_CODES, MUSCLE_IDS } from './ids.js';
import { PatientCaseSchema } from './patient-case.js';

const doc = readFileSync(new URL('../../../../docs/case-format.md', import.meta.url), 'utf8');

/** Every field name at every depth of a zod object schema. */
function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodOptional) return fieldNames(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return fieldNames(schema.element as z.ZodType);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [k, ...fieldNames(v)]);
  }
  return [];
}

describe('docs/case-format.md', () => {
  it('names every field of the case format', () => {
    const names = [...new Set(fieldNames(PatientCaseSchema))];
    expect(names.length).toBeGreaterThan(150);
    expect(names.filter((name) => !doc.includes(`\`${name}`))).toEqual([]);
  });

  it('lists every value of every closed vocabulary', () => {
    const values = Object.values(VOCABULARY).flat();
    expect(values.filter((v) => !doc.includes(`\`${v}\``))).toEqual([]);
  });

  /** The text between `<!-- name:begin ... -->` and `<!-- name:end -->`. */
  const generated = (name: string) =>
    doc.match(new RegExp(`<!-- ${name}:begin[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`))?.[1];

  it('carries the worsening step of every declinable care rule, as the rules declare it', () => {
    expect(generated('worsening')).toBe(renderWorseningTable());
  });

  it('carries the exclusion workup per phenotype and what satisfies each test, as the engine builds it', () => {
    expect(generated('workup')).toBe(renderWorkupTables());
  });

  it('lists every muscle id and every investigation code', () => {
    expect([...MUSCLE_IDS, ...INVESTIGATION_CODES].filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });

  it('lists every care rule code, every gene of the gene table and every red-flag code', () => {
    const codes = [...CARE_RULE_CODES, ...GENES.map((g) => g.symbol), ...RED_FLAG_CODES];
    expect(codes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });

  it('carries the drug table as the engine holds it (npm run schemas rewrites it)', () => {
    expect(doc).toContain(drugsTable());
  });
});
