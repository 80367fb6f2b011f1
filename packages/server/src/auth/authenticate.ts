/**
 * Who is calling: a bearer token (scripts) or the session cookie (the web app), resolved against
 * the database on every request. Cookie requests that change anything must also prove they come
 * from Betz's own pages: the `X-CSRF-Token` header (derived from the session) and, when the browser
 * sends them, a same-origin `Origin` and `Sec-Fetch-Site` (interop-security §5.4).
 */
import { resolveApiToken, resolveSession } from '@betz/store';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServerConfig } from '../config.js';
import { ApiError, unauthenticated } from '../http/errors.js';
import type { AppEnv, AuthState } from '../http/route.js';
import { csrfTokenFor, sameSecret, sha256Hex } from './tokens.js';

export const cookieName = (config: ServerConfig) => (config.secureCookies ? '__Host-betz_session' : 'betz_session');

export function setSessionCookie(c: Context<AppEnv>, config: ServerConfig, token: string): void {
  setCookie(c, cookieName(config), token, {
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'Strict',
    path: '/',
    maxAge: config.session.absoluteSeconds,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, config: ServerConfig): void {
  deleteCookie(c, cookieName(config), { path: '/', secure: config.secureCookies });
}

/** Resolves the caller into `c.var.auth` (undefined for anonymous); a bad bearer token is a 401. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { store, config } = c.var.deps;
  const header = c.req.header('authorization');
  let auth: AuthState | undefined;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const user = m?.[1] ? await resolveApiToken(store.db, sha256Hex(m[1])) : undefined;
    if (!user)
      throw new ApiError(401, 'unauthenticated', 'the bearer token is not valid (revoked, expired or mistyped)');
    auth = { user, via: 'token' };
  } else {
    const token = getCookie(c, cookieName(config));
    if (token) {
      const session = await resolveSession(store.db, sha256Hex(token), config.session);
      if (session) auth = { user: session.user, via: 'session', sessionToken: token, expiresAt: session.expiresAt };
      else clearSessionCookie(c, config);
    }
  }
  c.set('auth', auth);
  c.set('actor', {
    userId: auth?.user.id ?? null,
    roles: auth?.user.roles ?? [],
    ip: clientAddress(c, config),
    userAgent: c.req.header('user-agent') ?? null,
    requestId: c.var.requestId,
  });
  await next();
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery checks for a cookie-authenticated change. Bearer requests carry no
 * ambient credential and need none.
 */
export function checkCsrf(c: Context<AppEnv>, auth: AuthState): void {
  if (auth.via !== 'session' || !UNSAFE.has(c.req.method)) return;
  checkOrigin(c);
  const sent = c.req.header('x-csrf-token');
  if (!sent || !auth.sessionToken || !sameSecret(sent, csrfTokenFor(auth.sessionToken))) {
    throw new ApiError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header (it comes with the sign-in response)');
  }
}

/** A browser's cross-site request is refused (also for sign-in: login CSRF). */
export function checkOrigin(c: Context<AppEnv>): void {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new ApiError(403, 'csrf_failed', 'cross-site requests are not accepted');
  }
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  const host = c.req.header('host');
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  const allowed = (originHost !== undefined && originHost === host) || c.var.deps.config.extraOrigins.includes(origin);
  if (!allowed) throw new ApiError(403, 'csrf_failed', 'the request comes from another origin');
}

export function requireAuth(auth: AuthState | undefined): AuthState {
  if (!auth) throw unauthenticated();
  return auth;
}

function clientAddress(c: Context<AppEnv>, config: ServerConfig): string | null {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}
