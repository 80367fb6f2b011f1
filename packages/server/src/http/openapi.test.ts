import { FACT_ROUTES } from '@betz/contracts';
import { FACT_KIND_CATALOGUE, factApiPath } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../app.js';
import { factPathMoves, factRoutes } from '../routes/facts.js';
import { buildOpenApi } from './openapi.js';

type Json = Record<string, unknown>;

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  const doc = buildOpenApi(ROUTES, 'test', factPathMoves) as Json & {
    paths: Record<string, Record<string, Json>>;
    components: Json;
  };

  it('has one operation per route of the table, with a unique operationId', () => {
    const operations = Object.values(doc.paths)
      .flatMap((p) => Object.values(p))
      .filter((o) => !o.deprecated);
    expect(operations).toHaveLength(ROUTES.length);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref inside the document', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) {
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      const name = ref.slice('#/components/schemas/'.length);
      expect((doc.components.schemas as Json)[name], ref).toBeDefined();
    }
  });

  it('documents who may call each route and whether it touches patient data', () => {
    const get = doc.paths['/api/v1/patients/{patientId}']?.get as Json;
    expect(get['x-betz-roles']).toEqual(['clinician', 'nurse', 'therapist']);
    expect(get['x-betz-patient-data']).toBe(true);
    const examPost = doc.paths['/api/v1/patients/{patientId}/exams']?.post as Json;
    expect(examPost['x-betz-roles']).toEqual(['clinician']);
    const login = doc.paths['/api/v1/auth/login']?.post as Json;
    expect(login.security).toEqual([]);
  });

  it('describes every fact kind with its example', () => {
    for (const route of FACT_ROUTES) {
      const post = doc.paths[`/api/v1/patients/{patientId}/${route.path}`]?.post as Json;
      const body = (post.requestBody as { content: Record<string, { example: unknown }> }).content['application/json'];
      expect(body?.example).toEqual({ data: route.example });
    }
  });

  it('serves every fact kind at its derived path and no other (the case key in kebab-case, or its noun)', () => {
    const derived = new Set(FACT_KIND_CATALOGUE.map((k) => factApiPath(k)));
    const factSegments = new Set(factRoutes.map((r) => /^\/patients\/:patientId\/([^/]+)/.exec(r.path)?.[1]));
    expect([...factSegments].sort()).toEqual([...derived].sort());
    expect(factRoutes.every((r) => ROUTES.includes(r))).toBe(true);
    expect(derived.has('emg') && derived.has('genetics') && derived.has('respiratory')).toBe(true);
  });

  it('lists the former fact paths as deprecated, each operation answering 308 to its new path', () => {
    expect(factPathMoves.map((m) => m.from.split('/').pop())).toEqual([
      'emg-studies',
      'genetic-results',
      'respiratory-tests',
    ]);
    const moved = Object.entries(doc.paths).filter(([, ops]) => Object.values(ops).some((o) => o.deprecated));
    // Each moved kind has its five routes at two paths (the list and one fact) and one more (retract).
    expect(moved.map(([p]) => p).filter((p) => p.includes('emg-studies'))).toEqual([
      '/api/v1/patients/{patientId}/emg-studies',
      '/api/v1/patients/{patientId}/emg-studies/{factId}',
      '/api/v1/patients/{patientId}/emg-studies/{factId}/retract',
    ]);
    const put = doc.paths['/api/v1/patients/{patientId}/genetic-results/{factId}']?.put as Json;
    expect(put.deprecated).toBe(true);
    expect(put.summary).toContain('PUT /api/v1/patients/{patientId}/genetics/{factId}');
    expect(Object.keys(put.responses as Json)).toEqual(['308']);
    expect(doc.paths['/api/v1/patients/{patientId}/emg']?.get?.deprecated).toBeUndefined();
  });
});
