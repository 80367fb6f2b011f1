/**
 * Every string a client sends (request bodies, query and path parameters) has a maxLength in the
 * OpenAPI document, so an over-long value is refused at the field with its limit (400) instead of
 * reaching a database length check. Enumerations, patterns with a bounded length and formats
 * (dates, UUIDs, timestamps) carry their own bound and are excepted.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../app.js';
import { buildOpenApi } from './openapi.js';

type Json = Record<string, unknown>;

/** Paths (in the document) of string schemas a request can carry without a maxLength. */
function unbounded(doc: Json): string[] {
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${where}[${i}]`);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const s = node as Json;
    if (typeof s.$ref === 'string') {
      const name = s.$ref.slice('#/components/schemas/'.length);
      if (seen.has(name)) return;
      seen.add(name);
      walk(schemas[name], `#/components/schemas/${name}`);
      return;
    }
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('string') && s.enum === undefined && s.const === undefined && s.format === undefined) {
      if (typeof s.maxLength !== 'number') out.push(where);
    }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'example' || k === 'examples' || k === 'default') continue;
      walk(v, `${where}.${k}`);
    }
  };
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const at = `${method.toUpperCase()} ${path}`;
      walk(op.parameters, `${at} parameters`);
      walk(op.requestBody, `${at} requestBody`);
    }
  }
  return out;
}

describe('string lengths in the OpenAPI document', () => {
  const doc = buildOpenApi(ROUTES, 'test') as Json;

  it('gives every string a request can carry a maxLength (enumerations and formats excepted)', () => {
    expect(unbounded(doc)).toEqual([]);
  });

  it('finds a string without one, behind a $ref or inline (the walker can fail)', () => {
    const loose: Json = {
      components: { schemas: { Loose: { type: 'object', properties: { note: { type: 'string' } } } } },
      paths: {
        '/loose': {
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Loose' } } } },
          },
          get: { parameters: [{ name: 'q', in: 'query', schema: { type: ['string', 'null'] } }] },
        },
      },
    };
    expect(unbounded(loose)).toEqual(['#/components/schemas/Loose.properties.note', 'GET /loose parameters[0].schema']);
  });
});
