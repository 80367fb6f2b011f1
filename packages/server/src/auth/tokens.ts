/** Random secrets and their hashes: session cookies, API tokens, the setup token, CSRF tokens. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe, with a prefix that says what it is (`betz_pat_…`). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a secret. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The CSRF token of a session: derived from the session token, so nothing more is stored, and it
 * reveals nothing of the cookie (one-way). The page reads it from the sign-in response.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`betz-csrf:${sessionToken}`).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const PREFIX = { session: 'betz_s_', apiToken: 'betz_pat_', setup: 'betz_setup_' } as const;
