/**
 * Sign-in throttling (OWASP ASVS 5.0 V6.3.1, V6.3.2 notes): growing delays instead of a lockout, so
 * nobody can lock a user out by failing on purpose.
 *
 * - An account tried from one source: a few free failures, then each further failure doubles the
 *   delay before that source may try that account again, up to a cap. Keyed by account *and*
 *   source: an attacker's failures delay the attacker, never the user at another workstation,
 *   whose right password goes through.
 * - A source trying any accounts (password spraying, credential stuffing): more free failures,
 *   then the same doubling, up to the same cap.
 * - A success clears its account-and-source count (not the source's: one valid account must not
 *   launder a spraying source); an admin can clear an account's counts from every source.
 *
 * Counters live in the database (`login_throttle`), so every server process shares them.
 */
import {
  type Actor,
  clearAccountThrottle,
  clearThrottleKeys,
  type Database,
  recordThrottleFailure,
  throttleWaitSeconds,
} from '@betz/store';
import type { Kysely } from 'kysely';

export interface LoginLimits {
  /** Failures of one account from one source before delays start. */
  freeFailuresPerAccount: number;
  /** Failures from one source (any accounts) before delays start. */
  freeFailuresPerSource: number;
  /** The first delay; each further failure doubles it. */
  firstDelaySeconds: number;
  /** No delay grows beyond this. */
  maxDelaySeconds: number;
  /** A count starts afresh after this long without a failure. */
  resetSeconds: number;
}

/** What one failure did: the counts after it, and the delay it started (0: none). */
export interface FailureOutcome {
  accountFailures: number;
  sourceFailures: number;
  delaySeconds: number;
}

export interface LoginLimiter {
  /** Seconds before `address` may try `username` again, or 0 to go ahead. */
  retryAfter(db: Kysely<Database>, username: string, address: string): Promise<number>;
  fail(db: Kysely<Database>, username: string, address: string): Promise<FailureOutcome>;
  succeed(db: Kysely<Database>, username: string, address: string): Promise<void>;
  /** An admin's clearing of an account's throttle (audited); returns the keys cleared. */
  clearAccount(db: Kysely<Database>, actor: Actor, user: { id: string; username: string }): Promise<number>;
}

/**
 * The delay after the `failures`-th failure: none while `failures <= free`, then
 * `first, 2·first, 4·first, …`, never above `max`.
 *
 * @example growingDelaySeconds(5, { free: 3, first: 1, max: 900 }) // 2
 */
export function growingDelaySeconds(failures: number, limits: { free: number; first: number; max: number }): number {
  const over = failures - limits.free;
  if (over <= 0) return 0;
  // 2^30 s is far beyond any cap; bounding the exponent keeps the number finite.
  return Math.min(limits.max, limits.first * 2 ** Math.min(over - 1, 30));
}

const accountKey = (username: string, address: string) => `account:${username.toLowerCase()}|${address}`;
const sourceKey = (address: string) => `source:${address}`;

/**
 * The limiter over a store's `login_throttle` table.
 *
 * @example const limiter = createLoginLimiter(withDefaults().login); await limiter.retryAfter(db, 'dr.a', ip)
 */
export function createLoginLimiter(limits: LoginLimits): LoginLimiter {
  const delayFor = (key: string, failures: number) =>
    growingDelaySeconds(failures, {
      free: key.startsWith('source:') ? limits.freeFailuresPerSource : limits.freeFailuresPerAccount,
      first: limits.firstDelaySeconds,
      max: limits.maxDelaySeconds,
    });
  return {
    retryAfter: (db, username, address) => throttleWaitSeconds(db, [accountKey(username, address), sourceKey(address)]),
    async fail(db, username, address) {
      const account = accountKey(username, address);
      const source = sourceKey(address);
      const counted = await recordThrottleFailure(
        db,
        [
          { key: account, username: username.toLowerCase() },
          { key: source, username: null },
        ],
        limits.resetSeconds,
        delayFor,
      );
      const a = counted.get(account);
      const s = counted.get(source);
      return {
        accountFailures: a?.failures ?? 0,
        sourceFailures: s?.failures ?? 0,
        delaySeconds: Math.max(a?.delaySeconds ?? 0, s?.delaySeconds ?? 0),
      };
    },
    succeed: (db, username, address) => clearThrottleKeys(db, [accountKey(username, address)]),
    clearAccount: (db, actor, user) => clearAccountThrottle(db, actor, user),
  };
}
