/**
 * The one way the web app talks to the Betz API: same-origin fetch with the session cookie, the
 * CSRF header on every state-changing request, and the API's one error shape turned into
 * `ApiRequestError` (with `issues` naming the fields, and `currentVersion` on a 409 conflict).
 */
import { type ApiError, type ApiIssue, LIST_LIMIT_MAX } from '@betz/contracts';

export const API_BASE = '/api/v1';

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];
  readonly currentVersion: number | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: Partial<ApiError> | undefined, fallback: string) {
    super(body?.message ?? fallback);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body?.code ?? 'internal';
    this.issues = body?.issues ?? [];
    this.currentVersion = body?.currentVersion ?? undefined;
    this.requestId = body?.requestId;
  }

  /** The message for one field (`path` as the API writes it, e.g. `data.fvcPercentPredicted`). */
  issueAt(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

type Listener = () => void;

/** Session state the client needs: the CSRF token, and who to tell when the session has ended. */
const state: { csrfToken: string | null; onUnauthenticated: Listener | null } = {
  csrfToken: null,
  onUnauthenticated: null,
};

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Called when a request answers 401: the app asks the user to sign in again, keeping the page. */
export function onSessionEnded(listener: Listener | null): void {
  state.onUnauthenticated = listener;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /** Sign-in and session checks: a 401 there is an answer, not an expired session. */
  quietUnauthenticated?: boolean;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * One API request; resolves to the parsed JSON body (undefined for 204).
 *
 * @example const list = await api<PatientList>('GET', '/patients', { query: { q: 'abb' } });
 */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(API_BASE + withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, undefined, 'the Betz server cannot be reached; check the connection and try again');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const error = new ApiRequestError(
      response.status,
      parsed as Partial<ApiError> | undefined,
      `the server answered ${response.status}`,
    );
    if (response.status === 401 && !options.quietUnauthenticated) state.onUnauthenticated?.();
    throw error;
  }
  return parsed as T;
}

/** A page of a list, as every collection of the API answers (`{ items, page }`). */
export interface ListPage<T> {
  items: T[];
  page: { limit: number; nextCursor: string | null; total?: number };
}

/**
 * Every item of a list, page after page (the API's largest page each time), for a screen that shows
 * or computes over all of them (a weight trajectory, the decisions of a patient).
 *
 * @example const weights = await apiAll<FactRecord>('/patients/p1/weights');
 */
export async function apiAll<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: ListPage<T> = await api<ListPage<T>>('GET', path, {
      ...options,
      query: { ...options.query, limit: LIST_LIMIT_MAX, cursor },
    });
    items.push(...page.items);
    cursor = page.page.nextCursor;
  } while (cursor);
  return items;
}
