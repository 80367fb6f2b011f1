/**
 * The Hono application: request ids and access logs, security headers, the body limit, who is
 * calling, then the routes of the route table, each behind its access check and its schemas.
 * Errors become the one JSON error shape here, in one place.
 */

import { randomBytes } from 'node:crypto';
import type { ApiFactKind } from '@betz/contracts';
import { can, missingPermission } from '@betz/contracts';
import { appendAudit, StoreError } from '@betz/store';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { authenticate, checkCsrf } from './auth/authenticate.js';
import { ApiError, forbidden, toApiError, unauthenticated } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { API_BASE, type AppDeps, type AppEnv, type RouteSpec } from './http/route.js';
import { parseInput, parseJsonText, queryReader } from './http/validate.js';
import { mountWebApp } from './http/web.js';
import { adminRoutes } from './routes/admin.js';
import { attentionRoutes } from './routes/attention.js';
import { authRoutes } from './routes/auth.js';
import { backupRoutes } from './routes/backup.js';
import { caseFileRoutes } from './routes/case-file.js';
import { factPathMoves, factRoutes, type PathMove } from './routes/facts.js';
import { patientRoutes } from './routes/patients.js';
import { userRoutes } from './routes/users.js';
import { visitEntryRoutes } from './routes/visit-entry.js';

/** Every route of `/api/v1`, in the order the OpenAPI document lists them. */
export const ROUTES: readonly RouteSpec[] = [
  ...authRoutes,
  ...userRoutes,
  // Before the patient routes: `/patients/attention` and `/patients/import` are not patient ids.
  ...attentionRoutes,
  ...caseFileRoutes,
  ...patientRoutes,
  ...factRoutes,
  ...visitEntryRoutes,
  ...adminRoutes,
  ...backupRoutes,
];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  if (error.extra.retryAfterSeconds) c.header('Retry-After', String(error.extra.retryAfterSeconds));
  return c.json(
    {
      code: error.code,
      message: error.message,
      ...(error.extra.issues ? { issues: error.extra.issues } : {}),
      ...(error.extra.currentVersion !== undefined ? { currentVersion: error.extra.currentVersion } : {}),
      requestId: c.var.requestId,
    },
    error.status,
  );
}

/** Register one route: access, CSRF, input, handler, (in tests) the response against its schema. */
function mount(app: Hono<AppEnv>, route: RouteSpec): void {
  const readQuery = queryReader(route.query);
  app.on(route.method, `${API_BASE}${route.path}`, async (c) => {
    c.set('routePattern', `${API_BASE}${route.path}`);
    const { deps, auth, actor } = c.var;
    if (route.access.kind !== 'public') {
      if (!auth) throw unauthenticated();
      checkCsrf(c, auth);
      const { access } = route;
      if (access.kind === 'action' && !can(auth.user, access.action, access.factKind as ApiFactKind | undefined)) {
        const patientId = c.req.param('patientId');
        await appendAudit(deps.store.db, actor, {
          action: 'denied',
          resourceType: route.tag,
          outcome: 'denied',
          patientId: patientId && /^[0-9a-f-]{36}$/i.test(patientId) ? patientId : null,
          detail: { route: `${route.method} ${route.path}` },
        });
        throw forbidden(missingPermission(access.action, access.factKind as ApiFactKind | undefined));
      }
    }
    // The query first: an undeclared parameter is named even when the path or body is also wrong.
    const query = readQuery(c.req.query());
    const params = route.params ? parseInput(route.params, c.req.param(), 'path') : undefined;
    let body: unknown;
    if (route.body) {
      const text = await c.req.text();
      body = parseInput(route.body, parseJsonText(text, c.req.header('content-type')), 'body');
    }
    const result = await route.handler({ params, query, body, deps, actor, auth, c });
    if (route.status === 204) return c.body(null, 204);
    // A file download (the backup) answers with its own response.
    if (result instanceof Response) return result;
    if (deps.config.validateResponses) {
      const check = route.response.safeParse(result);
      if (!check.success)
        throw new Error(`response of ${route.method} ${route.path} does not match its schema: ${check.error.message}`);
    }
    return c.json(result as object, route.status ?? 200);
  });
}

/**
 * A moved path answers `308 Permanent Redirect` to its new place, for every method and below it
 * (`/patients/{id}/emg-studies/{factId}/retract` -> `/patients/{id}/emg/{factId}/retract`), query
 * kept: a 308 tells the client to repeat the same method with the same body there. Nothing is read
 * or written here; the new path checks access as always.
 */
function mountMoves(app: Hono<AppEnv>, moves: readonly PathMove[]): void {
  for (const move of moves) {
    const [fromHead, fromTail] = splitLast(move.from);
    const [, toTail] = splitLast(move.to);
    // `/api/v1/patients/<anything but a slash>/<old segment>` followed by the end or a slash.
    const pattern = new RegExp(`^(${API_BASE}${fromHead.replace(/:\w+/g, '[^/]+')}/)${fromTail}(?=/|$)`);
    const redirect = (c: Context<AppEnv>) => {
      c.set('routePattern', `${API_BASE}${move.from} (moved)`);
      const url = new URL(c.req.url);
      c.header('Location', `${url.pathname.replace(pattern, `$1${toTail}`)}${url.search}`);
      return c.body(null, 308);
    };
    app.all(`${API_BASE}${move.from}`, redirect);
    app.all(`${API_BASE}${move.from}/*`, redirect);
  }
}

/** `/patients/:patientId/emg-studies` -> [`/patients/:patientId`, `emg-studies`] */
function splitLast(path: string): [string, string] {
  const at = path.lastIndexOf('/');
  return [path.slice(0, at), path.slice(at + 1)];
}

/**
 * The application for one store. Tests call `app.request()` on it; `startServer` serves it.
 *
 * @example const app = createApp(deps); const res = await app.request('/health');
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Built and serialised once (about 700 KB): it changes only with the code.
  const openApiJson = JSON.stringify(buildOpenApi(ROUTES, deps.config.version, factPathMoves));

  app.use('*', async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    c.set('requestId', given && REQUEST_ID.test(given) ? given : randomBytes(9).toString('base64url'));
    c.set('deps', deps);
    c.set('routePattern', '(unmatched)');
    await next();
    c.header('X-Request-Id', c.var.requestId);
    deps.log.info('request', {
      requestId: c.var.requestId,
      method: c.req.method,
      route: c.var.routePattern,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: c.var.auth?.user.id ?? null,
    });
  });
  app.use(
    '*',
    secureHeaders({
      // Scripts only from Betz itself (no inline script, no eval). Inline styles are allowed: the
      // trajectory plots (Observable Plot) scope their SVG styles in a <style> element.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: deps.config.secureCookies ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    `${API_BASE}/*`,
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the body is larger than ${deps.config.bodyLimitBytes} bytes`);
      },
    }),
  );
  app.use(`${API_BASE}/*`, authenticate);

  app.get('/health', async (c) => {
    c.set('routePattern', '/health');
    let ok = true;
    try {
      await sql`SELECT 1`.execute(deps.store.db);
    } catch {
      ok = false;
    }
    return c.json(
      { status: ok ? 'ok' : 'unavailable', database: deps.store.backend, version: deps.config.version },
      ok ? 200 : 503,
    );
  });
  app.get(`${API_BASE}/openapi.json`, (c) => {
    c.set('routePattern', `${API_BASE}/openapi.json`);
    return c.body(openApiJson, 200, { 'Content-Type': 'application/json' });
  });
  for (const route of ROUTES) mount(app, route);
  mountMoves(app, factPathMoves);
  if (deps.config.webRoot) mountWebApp(app, deps.config.webRoot);

  app.notFound((c) => errorResponse(c, new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    const known = toApiError(error);
    if (known) return errorResponse(c, known);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError(400, 'validation_failed', error.message || 'the request is malformed'));
    }
    if (error instanceof StoreError && error.code === 'database_unavailable') {
      return errorResponse(c, new ApiError(503, 'internal', 'the database is unavailable'));
    }
    // Unexpected: logged with its stack (no request data), answered without detail.
    deps.log.error('unhandled error', {
      requestId: c.var.requestId,
      route: c.var.routePattern,
      error: error.name,
      stack: error.stack,
    });
    return errorResponse(
      c,
      new ApiError(500, 'internal', 'something went wrong on the server; the request id finds it in the log'),
    );
  });
  return app;
}
