/**
 * Server-side sessions and API tokens (interop-security §5.4). Only SHA-256 hashes of the tokens
 * are stored; the server hashes what the client presents. Expiry is judged by the database clock
 * (`now()`), so every server process agrees and tests can age a session by moving its timestamps.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { StoreError } from '../db/errors.js';
import type { Database } from '../db/tables.js';
import { type Actor, appendAudit } from './audit.js';
import { isoTimestamp } from './rows.js';
import { type UserWithSecret, userFromRow } from './users.js';

export interface SessionPolicy {
  /** Ends a session unused for this long. */
  idleSeconds: number;
  /** Ends a session this long after sign-in, however busy. */
  absoluteSeconds: number;
}

export async function createSession(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  tokenHash: string,
  policy: SessionPolicy,
): Promise<{ expiresAt: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('user_session')
      .values({
        token_hash: tokenHash,
        user_id: actor.userId,
        expires_at: sql<string>`now() + make_interval(secs => ${policy.absoluteSeconds})`,
        ip: actor.ip?.slice(0, 100) ?? null,
        user_agent: actor.userAgent?.slice(0, 500) ?? null,
      })
      .returning('expires_at')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'login', resourceType: 'session' });
    return { expiresAt: isoTimestamp(row.expires_at) };
  });
}

/**
 * The user behind a session token, or undefined when there is no such session, it has expired
 * (idle or absolute; it is then removed) or the account is disabled. Marks the session used,
 * at most once a minute, so that busy sessions do not write on every request.
 */
export async function resolveSession(
  db: Kysely<Database>,
  tokenHash: string,
  policy: SessionPolicy,
): Promise<{ user: UserWithSecret; expiresAt: string } | undefined> {
  // One read for the session and its account (this runs on every request of the web app); a write
  // only when the session has ended (removed) or was last marked used over a minute ago.
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select([
      's.expires_at as session_expires_at',
      sql<boolean>`s.expires_at <= now() OR s.last_seen_at <= now() - make_interval(secs => ${policy.idleSeconds})`.as(
        'session_ended',
      ),
      sql<boolean>`s.last_seen_at < now() - interval '60 seconds'`.as('session_stale'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.session_ended) {
    await db
      .deleteFrom('user_session')
      .where('token_hash', '=', tokenHash)
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', sql<string>`now()`),
          eb('last_seen_at', '<=', sql<string>`now() - make_interval(secs => ${policy.idleSeconds})`),
        ]),
      )
      .execute();
    return undefined;
  }
  if (row.session_stale) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: sql<string>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('last_seen_at', '<', sql<string>`now() - interval '60 seconds'`)
      .execute();
  }
  const user = userFromRow(row);
  if (user.disabled) return undefined;
  return { user, expiresAt: isoTimestamp(row.session_expires_at) };
}

/** Sign out: the session row goes (revocation is a delete, §5.4). */
export async function endSession(db: Kysely<Database>, actor: Actor, tokenHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
    await appendAudit(trx, actor, { action: 'logout', resourceType: 'session' });
  });
}

export interface ApiTokenRecord {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiToken(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  tokenHash: string,
  name: string,
  expiresInDays: number | null,
): Promise<ApiTokenRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_token')
      .values({
        id: randomUUID(),
        user_id: actor.userId,
        name,
        token_hash: tokenHash,
        expires_at: expiresInDays === null ? null : sql<string>`now() + make_interval(days => ${expiresInDays})`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'create', resourceType: 'apiToken', resourceId: row.id });
    return toToken(row);
  });
}

function toToken(r: {
  id: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}): ApiTokenRecord {
  const ts = (s: string | null) => (s === null ? null : isoTimestamp(s));
  return {
    id: r.id,
    name: r.name,
    createdAt: isoTimestamp(r.created_at),
    expiresAt: ts(r.expires_at),
    lastUsedAt: ts(r.last_used_at),
    revokedAt: ts(r.revoked_at),
  };
}

/** A page of a user's tokens, oldest first (created at, exact as text; id), in SQL. */
export async function listApiTokens(
  db: Kysely<Database>,
  userId: string,
  page: { limit: number; after?: readonly [createdAt: string, id: string] },
): Promise<{ tokens: ApiTokenRecord[]; total: number; nextAfter: [string, string] | null }> {
  let q = db
    .selectFrom('api_token')
    .selectAll()
    .select(sql<string>`created_at::text`.as('place_created_at'))
    .where('user_id', '=', userId);
  const after = page.after;
  if (after) q = q.where(sql<boolean>`(created_at, id) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await q
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const { n } = await db
    .selectFrom('api_token')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    tokens: shown.map(toToken),
    total: Number(n),
    nextAfter: rows.length > page.limit && last ? [last.place_created_at, last.id] : null,
  };
}

export async function revokeApiToken(
  db: Kysely<Database>,
  actor: Actor & { userId: string },
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('api_token')
      .set({ revoked_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw new StoreError('not_found', 'no such live token', { tokenId: id });
    await appendAudit(trx, actor, { action: 'retract', resourceType: 'apiToken', resourceId: id });
  });
}

/** The user behind a live bearer token of an enabled account (one read; a write at most once a minute). */
export async function resolveApiToken(db: Kysely<Database>, tokenHash: string): Promise<UserWithSecret | undefined> {
  const row = await db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .selectAll('u')
    .select([
      't.id as token_id',
      sql<boolean>`t.last_used_at IS NULL OR t.last_used_at < now() - interval '60 seconds'`.as('token_stale'),
    ])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', sql<string>`now()`)]))
    .executeTakeFirst();
  if (!row) return undefined;
  // Marked used at most once a minute, so that a busy script does not write on every request.
  if (row.token_stale)
    await db
      .updateTable('api_token')
      .set({ last_used_at: sql<string>`now()` })
      .where('id', '=', row.token_id)
      .execute();
  const user = userFromRow(row);
  return user.disabled ? undefined : user;
}
