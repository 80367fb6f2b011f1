/**
 * A clinic for tests: the app over a fresh store (PGlite in memory, or a fresh PostgreSQL schema),
 * one account per role with an API token, and a request helper. Uses the test-only argon2
 * parameters, so the suite stays fast on two cores.
 */
import type { ApiRole } from '@betz/contracts';
import { type Backend, createApiToken, createUser, openTestStore, type Store } from '@betz/store';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { createPasswordHasher, TEST_ONLY_FAST_ARGON2 } from '../auth/passwords.js';
import { createLoginLimiter } from '../auth/rate-limit.js';
import { newSecret, PREFIX, sha256Hex } from '../auth/tokens.js';
import { type ServerConfig, withDefaults } from '../config.js';
import type { AppDeps, AppEnv } from '../http/route.js';
import { silentLogger } from '../log.js';

export const ROLES: readonly ApiRole[] = ['admin', 'clinician', 'nurse', 'therapist', 'researcher'];

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  token: string;
}

export interface TestResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected field by field
  json: any;
  headers: Headers;
}

export interface RequestOptions {
  as?: ApiRole | 'anonymous' | { token: string } | { cookie: string; csrf?: string };
  body?: unknown;
  /** Raw body text (sent as is). */
  text?: string;
  headers?: Record<string, string>;
}

export interface TestClinic {
  app: Hono<AppEnv>;
  store: Store;
  deps: AppDeps;
  accounts: Record<ApiRole, TestAccount>;
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

export async function openTestClinic(backend: Backend, config: Partial<ServerConfig> = {}): Promise<TestClinic> {
  const store = await openTestStore(backend);
  const passwords = createPasswordHasher(TEST_ONLY_FAST_ARGON2);
  const full = withDefaults({ validateResponses: true, ...config });
  const deps: AppDeps = {
    store,
    config: full,
    passwords,
    loginLimiter: createLoginLimiter(full.login),
    log: silentLogger,
    today: () => '2025-06-01',
  };
  const app = createApp(deps);
  const accounts = {} as Record<ApiRole, TestAccount>;
  for (const role of ROLES) {
    const password = `a long test passphrase for ${role}`;
    const user = await createUser(
      store.db,
      { userId: null, roles: [] },
      {
        username: `test.${role}`,
        displayName: `Test ${role}`,
        roles: [role],
        passwordHash: await passwords.hash(password),
      },
    );
    const token = newSecret(PREFIX.apiToken);
    await createApiToken(store.db, { userId: user.id, roles: [role] }, sha256Hex(token), 'tests', null);
    accounts[role] = { id: user.id, username: user.username, password, token };
  }
  const request = async (method: string, path: string, options: RequestOptions = {}): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...options.headers };
    const as = options.as ?? 'clinician';
    if (typeof as === 'string') {
      if (as !== 'anonymous') headers.authorization = `Bearer ${accounts[as].token}`;
    } else if ('token' in as) {
      headers.authorization = `Bearer ${as.token}`;
    } else {
      headers.cookie = as.cookie;
      if (as.csrf) headers['x-csrf-token'] = as.csrf;
    }
    let body: string | undefined;
    if (options.text !== undefined) body = options.text;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  };
  return { app, store, deps, accounts, request, close: () => store.close() };
}
