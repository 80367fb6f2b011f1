/**
 * Every example in docs/*.md runs through the schemas, so none can rot (docs/case-format.md once
 * recorded a care decision `edaravone` that no rule has). A ```json block is a case file
 * (`schemaVersion`), a visit entry (`facts`), a fact body (`data`) or one fact's data; a block
 * that shows an answer rather than an input says so in its info string: ```json response.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { FACT_ROUTES, FactCorrectBodySchema, FactCreateBodySchema } from './api/facts.js';
import { VisitEntryBodySchema } from './api/visit-entry.js';
import { parseCase } from './case/parse.js';

const DOCS = new URL('../../../docs/', import.meta.url);

interface Example {
  where: string;
  info: string;
  text: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, DOCS), 'utf8');
  return [...text.matchAll(/^```json([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
    where: `docs/${file}:${text.slice(0, m.index).split('\n').length}`,
    info: (m[1] ?? '').trim(),
    text: m[2] ?? '',
  }));
}

const examples = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md'))
  .flatMap(examplesOf);

const messages = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

/** The problems of a value read as the fact data (or fact body) of whichever kind fits it best. */
function asSomeFact(value: unknown, schemaOf: (data: z.ZodType) => z.ZodType): string[] {
  let fewest: string[] | undefined;
  for (const route of FACT_ROUTES) {
    const result = schemaOf(route.data).safeParse(value);
    if (result.success) return [];
    const found = messages(result.error).map((m) => `as ${route.kind}: ${m}`);
    if (!fewest || found.length < fewest.length) fewest = found;
  }
  return fewest ?? ['no fact kind'];
}

/** What is wrong with an input example, read as the kind of input its shape says it is. */
function problemsOf(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['is not a JSON object'];
  if ('schemaVersion' in value) {
    const result = parseCase(value);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  }
  if ('facts' in value) {
    const result = VisitEntryBodySchema.safeParse(value);
    return result.success ? [] : messages(result.error);
  }
  if ('data' in value) return asSomeFact(value, 'version' in value ? FactCorrectBodySchema : FactCreateBodySchema);
  return asSomeFact(value, (data) => data);
}

describe('the examples of docs/*.md', () => {
  it('exist (the case format carries an annotated case)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.filter((e) => !/\bresponse\b/.test(e.info)).map((e) => [e.where, e] as const))(
    '%s is valid input',
    (_, example) => {
      expect(problemsOf(JSON.parse(example.text))).toEqual([]);
    },
  );
});

describe('the example checker', () => {
  it('refuses a care decision whose code no rule has, in a case and as fact data', () => {
    const decision = { code: 'edaravone', status: 'declined', date: '2024-04-02' };
    expect(problemsOf({ schemaVersion: 1, patient: { id: 'p' }, careDecisions: [decision] })).not.toEqual([]);
    expect(problemsOf({ data: decision })).not.toEqual([]);
    expect(problemsOf({ data: { ...decision, code: 'dmt.edaravone.discuss' } })).toEqual([]);
  });
  it('reads a visit entry and a bare fact', () => {
    expect(problemsOf({ visit: { date: '2025-03-01', kind: 'clinic' }, facts: [] })).toEqual([]);
    expect(problemsOf({ date: '2025-03-01', weightKg: 72.4 })).toEqual([]);
    expect(problemsOf({ date: '2025-03-01', weightKilos: 72.4 })).not.toEqual([]);
  });
});
