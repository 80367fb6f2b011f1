/**
 * A route is data: method, path, who may call it, the zod schemas of its parameters, query, body
 * and response, an example, and a handler. The same description registers it with Hono, checks
 * access and input before the handler runs, writes the OpenAPI document, and drives the
 * access-matrix and fuzz tests. Nothing reaches a handler unvalidated or unauthorised.
 */

import type { Action } from '@betz/contracts';
import type { Actor, Store, UserWithSecret } from '@betz/store';
import type { Context } from 'hono';
import type * as z from 'zod';
import type { PasswordHasher } from '../auth/passwords.js';
import type { LoginLimiter } from '../auth/rate-limit.js';
import type { ServerConfig } from '../config.js';
import type { Logger } from '../log.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. */
export type Access =
  /** Anyone (health, sign-in, setup, the OpenAPI document). */
  | { kind: 'public' }
  /** Any signed-in account (its own session and tokens). */
  | { kind: 'signedIn' }
  /** Accounts whose roles allow the action (`can`); `factKind` for fact writes. */
  | { kind: 'action'; action: Action; factKind?: string };

export interface AppDeps {
  store: Store;
  config: ServerConfig;
  passwords: PasswordHasher;
  loginLimiter: LoginLimiter;
  log: Logger;
  /** "Today" for assessments without `asOf` (the server's local date). */
  today: () => string;
}

export interface AuthState {
  user: UserWithSecret;
  via: 'session' | 'token';
  /** The raw session token (from the cookie), for sign-out and the CSRF token. */
  sessionToken?: string;
  expiresAt?: string;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    auth: AuthState | undefined;
    actor: Actor;
    deps: AppDeps;
    /** The route pattern, for the log (never the URL: it may hold a search for a name). */
    routePattern: string;
  };
};

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  deps: AppDeps;
  actor: Actor;
  auth: AuthState | undefined;
  c: Context<AppEnv>;
}

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Under `/api/v1`, Hono syntax: `/patients/:patientId/weights`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Touches identified patient data: every success leaves an audit event naming the patient. */
  patientData: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** 200 unless said; 204 answers with no body. */
  status?: 200 | 201 | 204;
  /** A request that succeeds for an allowed caller (path parameters are filled in by the caller). */
  example?: { body?: unknown; query?: Record<string, string> };
  handler(input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<z.input<R>>;
}

/** Typed construction of a route (the generic parameters are inferred from the schemas). */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

export const API_BASE = '/api/v1';
