/**
 * Sign-in throttle counters (migration 0008), in the database so that every server process sees
 * the same counts. The policy (which keys, how long a delay) is the server's; this module counts,
 * blocks until a given time, and forgets. Time is the database's clock (`now()`), as for sessions,
 * so processes agree and tests can age a row by moving its timestamps.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/tables.js';
import { type Actor, appendAudit } from './audit.js';

export interface ThrottleKey {
  key: string;
  /** Set for an account's keys, so that an admin can clear them all. */
  username: string | null;
}

/** Seconds until every one of these keys lets a sign-in through (0: none is blocked). */
export async function throttleWaitSeconds(db: Kysely<Database>, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const row = await db
    .selectFrom('login_throttle')
    .select(sql<number | null>`ceil(extract(epoch from max(blocked_until) - now()))::int`.as('wait'))
    .where('key', 'in', keys)
    .where('blocked_until', '>', sql<string>`now()`)
    .executeTakeFirst();
  return Math.max(0, row?.wait ?? 0);
}

/**
 * Count one failure for each key and block it for `delaySeconds(failures)` from now; a key quiet
 * for `resetSeconds` counts from one again. Returns each key's count after this failure. Rows quiet
 * for longer than `resetSeconds` are deleted on the way (an indexed range: cheap).
 */
export async function recordThrottleFailure(
  db: Kysely<Database>,
  keys: readonly ThrottleKey[],
  resetSeconds: number,
  delaySeconds: (key: string, failures: number) => number,
): Promise<Map<string, { failures: number; delaySeconds: number }>> {
  const counted = new Map<string, { failures: number; delaySeconds: number }>();
  await db.transaction().execute(async (trx) => {
    const quiet = sql<string>`now() - make_interval(secs => ${resetSeconds})`;
    await trx.deleteFrom('login_throttle').where('last_failure_at', '<', quiet).execute();
    for (const { key, username } of keys) {
      // One statement per key: concurrent failures from two processes each add one.
      const row = await trx
        .insertInto('login_throttle')
        .values({ key, username, failures: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`login_throttle.failures + 1`,
            last_failure_at: sql<string>`now()`,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      const delay = Math.max(0, delaySeconds(key, row.failures));
      if (delay > 0) {
        await trx
          .updateTable('login_throttle')
          .set({ blocked_until: sql<string>`greatest(blocked_until, now() + make_interval(secs => ${delay}))` })
          .where('key', '=', key)
          .execute();
      }
      counted.set(key, { failures: row.failures, delaySeconds: delay });
    }
  });
  return counted;
}

/** Forget these keys (a successful sign-in clears its account-and-source key). */
export async function clearThrottleKeys(db: Kysely<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('login_throttle').where('key', 'in', keys).execute();
}

/**
 * An admin clears an account's throttle (every source), audited as an update of its
 * `login_throttle`. Returns how many keys were cleared.
 */
export async function clearAccountThrottle(
  db: Kysely<Database>,
  actor: Actor,
  user: { id: string; username: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const cleared = await trx
      .deleteFrom('login_throttle')
      .where('username', '=', user.username)
      .returning('key')
      .execute();
    await appendAudit(trx, actor, {
      action: 'update',
      resourceType: 'login_throttle',
      resourceId: user.id,
      detail: { cleared: cleared.length },
    });
    return cleared.length;
  });
}
