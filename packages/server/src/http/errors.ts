/**
 * Every failure leaves the API as the same JSON (`Error` in the OpenAPI document): a stable code,
 * a message, every invalid field, and the request id. Domain errors from the store are mapped here,
 * in one place; anything unexpected is a 500 with no detail (the log has it, without PHI).
 */
import type { ApiErrorCode, ApiIssue } from '@betz/contracts';
import { StoreError } from '@betz/store';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { issues?: ApiIssue[]; currentVersion?: number; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const unauthenticated = () =>
  new ApiError(401, 'unauthenticated', 'sign in first (a session cookie or an Authorization: Bearer token)');
/** A refusal by the access policy; `needs` says what is missing (`missingPermission`). */
export const forbidden = (needs: string) => new ApiError(403, 'forbidden', `your roles do not allow this: ${needs}`);
/** At most this many issues are listed (a hostile body can hold a million unknown fields). */
const MAX_ISSUES = 100;

export const validationFailed = (issues: ApiIssue[]) =>
  new ApiError(
    400,
    'validation_failed',
    `${issues.length} invalid field${issues.length === 1 ? '' : 's'}${issues.length > MAX_ISSUES ? ` (the first ${MAX_ISSUES} listed)` : ''}`,
    { issues: issues.slice(0, MAX_ISSUES) },
  );

/** A store error as the API reports it (undefined: not the caller's doing, a 500). */
export function fromStoreError(error: StoreError): ApiError | undefined {
  const field = typeof error.detail.field === 'string' ? error.detail.field : '';
  switch (error.code) {
    case 'not_found':
      return new ApiError(404, 'not_found', error.message);
    case 'version_conflict':
      return new ApiError(409, 'version_conflict', error.message, {
        currentVersion: Number(error.detail.currentVersion),
      });
    case 'conflict': {
      const current = error.detail.currentVersion;
      return new ApiError(
        409,
        'conflict',
        error.message,
        typeof current === 'number' ? { currentVersion: current } : {},
      );
    }
    case 'invalid':
      return validationFailed([{ in: 'body', path: field, message: error.message }]);
    default:
      return undefined;
  }
}

export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof StoreError) return fromStoreError(error);
  return undefined;
}
