/** A signed-in API session for e2e tests: seed data and change it behind the browser's back. */
import type { RunningServer } from '@betz/server';

export interface ApiSession {
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiSession(
  server: RunningServer,
  credentials: { username: string; password: string },
): Promise<ApiSession> {
  const base = { 'Content-Type': 'application/json', Origin: server.url };
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: base,
    body: JSON.stringify({ username: credentials.username, password: credentials.password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${credentials.username} failed: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: { ...base, Cookie: cookie, 'X-CSRF-Token': csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
