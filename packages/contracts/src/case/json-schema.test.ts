import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_JSON_SCHEMA_PATH, caseJsonSchema, caseJsonSchemaText } from './json-schema.js';

const committed = new URL(`../../../../${CASE_JSON_SCHEMA_PATH}`, import.meta.url);

describe('the published JSON Schema of the case file', () => {
  it('is the one the zod schema generates (run `npm run schemas` after changing the schema)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(caseJsonSchemaText());
  });

  it('carries the closed vocabularies, the ranges and the item-5 rule', () => {
    const text = caseJsonSchemaText();
    const schema = caseJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('alsfrsr');
    expect(text).toContain('"firstDorsalInterosseous"');
    expect(text).toContain('"mriCervicalSpine"');
    expect(text).toContain('"cuttingWithGastrostomy"');
    expect(text).toMatch(/"format": "date"/);
  });
});
