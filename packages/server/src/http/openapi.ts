/**
 * The OpenAPI 3.1 document, generated from the route table: the same zod schemas that validate
 * requests describe them, so the document cannot drift from what the server accepts.
 */

import { ApiErrorSchema } from '@betz/contracts';
import * as z from 'zod';
import { rolesAllowed } from '../access/policy.js';
import { API_BASE, type RouteSpec } from './route.js';

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;

function withoutDialect(s: Json): Json {
  const { $schema: _, ...rest } = s;
  return rest;
}

/** `/patients/:patientId` -> `/patients/{patientId}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function operation(route: RouteSpec): Json {
  const access = route.access;
  const roles =
    access.kind === 'action'
      ? rolesAllowed(access.action, access.factKind as Parameters<typeof rolesAllowed>[1])
      : access.kind === 'signedIn'
        ? ['any signed-in account']
        : ['anyone'];
  const status = String(route.status ?? 200);
  const responses: Json = {
    [status]:
      route.status === 204
        ? { description: 'done' }
        : {
            description: 'success',
            content: { 'application/json': { schema: withoutDialect(schemaOf(route.response, 'output')) } },
          },
    default: {
      description: 'an error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    },
  };
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[/:-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    'x-betz-roles': roles,
    'x-betz-patient-data': route.patientData,
    ...(access.kind === 'public' ? { security: [] } : {}),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: withoutDialect(schemaOf(route.body, 'input')),
                ...(route.example?.body !== undefined ? { example: route.example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = `${API_BASE}${openApiPath(route.path)}`;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Betz clinic API',
      version,
      description:
        'Decision support for ALS clinics. Sign in (POST /api/v1/auth/login) for a session cookie and send the ' +
        'X-CSRF-Token header it returns on changes, or create an API token and send Authorization: Bearer. ' +
        'Edits carry the version read; a stale one answers 409 with the current version.',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }, { bearer: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'betz_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: { Error: withoutDialect(schemaOf(ApiErrorSchema, 'output')) },
    },
    paths,
  };
}
