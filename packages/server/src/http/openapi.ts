/**
 * The OpenAPI 3.1 document, generated from the route table: the same zod schemas that validate
 * requests describe them, so the document cannot drift from what the server accepts.
 */

import { ApiErrorSchema, rolesAllowed } from '@betz/contracts';
import * as z from 'zod';
import { API_BASE, type RouteSpec } from './route.js';

type Json = Record<string, unknown>;

/**
 * Schemas named in the contracts (`.meta({ id })`) come out of zod with `$defs` and
 * `#/$defs/…` references; in an OpenAPI document they live in `components.schemas`. Each call
 * moves its definitions there and rewrites the references (one shared table per document).
 */
class SchemaTable {
  readonly components: Record<string, Json> = {};

  of(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    const { $schema: _, $defs, ...rest } = json as Json & { $defs?: Record<string, Json> };
    for (const [name, def] of Object.entries($defs ?? {})) {
      const key = io === 'input' ? name : `${name}Output`;
      this.components[key] = rewrite(def, io) as Json;
    }
    return rewrite(rest, io) as Json;
  }
}

function rewrite(value: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, io));
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
          ? `#/components/schemas/${v.slice('#/$defs/'.length)}${io === 'output' ? 'Output' : ''}`
          : rewrite(v, io);
    }
    return out;
  }
  return value;
}

/** `/patients/:patientId` -> `/patients/{patientId}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function parameters(table: SchemaTable, schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = table.of(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function operation(table: SchemaTable, route: RouteSpec): Json {
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
            content: { 'application/json': { schema: table.of(route.response, 'output') } },
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
    parameters: [...parameters(table, route.params, 'path'), ...parameters(table, route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: table.of(route.body, 'input'),
                ...(route.example?.body !== undefined ? { example: route.example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The operation at a moved path: deprecated, answering 308 to where the route is now (the client
 * repeats the same method and body there).
 */
function movedOperation(table: SchemaTable, route: RouteSpec, oldPath: string): Json {
  const now = `${API_BASE}${openApiPath(route.path)}`;
  return {
    operationId: `${route.method.toLowerCase()}${oldPath.replace(/[/:-]+(\w)/g, (_, c: string) => c.toUpperCase())}Moved`,
    summary: `Moved to ${route.method} ${now}: answers 308 Permanent Redirect there (method and body kept)`,
    tags: [route.tag],
    deprecated: true,
    parameters: parameters(table, route.params, 'path'),
    responses: {
      '308': {
        description: `Permanent Redirect to ${now}`,
        headers: { Location: { description: 'the new path, query kept', schema: { type: 'string' } } },
      },
    },
  };
}

/** The document; `moves` are path prefixes a route answered at before (shown deprecated, with their 308). */
export function buildOpenApi(
  routes: readonly RouteSpec[],
  version: string,
  moves: readonly { from: string; to: string }[] = [],
): Json {
  const table = new SchemaTable();
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = `${API_BASE}${openApiPath(route.path)}`;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(table, route) };
    for (const move of moves) {
      if (route.path !== move.to && !route.path.startsWith(`${move.to}/`)) continue;
      const oldPath = `${move.from}${route.path.slice(move.to.length)}`;
      const at = `${API_BASE}${openApiPath(oldPath)}`;
      paths[at] = { ...paths[at], [route.method.toLowerCase()]: movedOperation(table, route, oldPath) };
    }
  }
  const error = table.of(ApiErrorSchema, 'output');
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
      schemas: { ...table.components, Error: error },
    },
    paths,
  };
}
