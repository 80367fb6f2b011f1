/**
 * The first account. With no users yet, the server either creates an admin from a password in its
 * environment, or keeps one live setup token (its hash here; the token itself is printed once)
 * that lets exactly one first admin be created over the API. Using it, or any account existing,
 * closes setup for good.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { StoreError } from '../db/errors.js';
import type { Database } from '../db/tables.js';
import type { Role } from '../schema/vocab.js';
import { appendAudit } from './audit.js';
import { translateDbError } from './db-errors.js';
import { type UserRecord, userFromRow, withoutSecret } from './users.js';

/** Replace any unused setup token by a new one (only its hash is kept). */
export async function replaceSetupToken(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('setup_token').where('used_at', 'is', null).execute();
    await trx.insertInto('setup_token').values({ token_hash: tokenHash }).execute();
  });
}

export async function setupOpen(db: Kysely<Database>): Promise<boolean> {
  const r = await db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n === 0;
}

export interface FirstAdmin {
  username: string;
  displayName: string;
  passwordHash: string;
  /** Extra roles beside admin (a one-person clinic may also be its clinician). */
  roles?: Role[];
}

/**
 * Create the first admin: with `tokenHash` (the API path) the token must be live and unused; with
 * null (the environment path) no token is needed. Refused once any account exists.
 */
export async function createFirstAdmin(
  db: Kysely<Database>,
  tokenHash: string | null,
  admin: FirstAdmin,
  from: { ip?: string | null; userAgent?: string | null; requestId?: string | null } = {},
): Promise<UserRecord> {
  try {
    return await db.transaction().execute(async (trx) => {
      // Serialise concurrent setups on PostgreSQL; a no-op on PGlite's single connection.
      await sql`LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
      const users = await trx
        .selectFrom('app_user')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      if (users.n > 0) throw new StoreError('conflict', 'setup is closed: an account already exists');
      if (tokenHash !== null) {
        const used = await trx
          .updateTable('setup_token')
          .set({ used_at: sql<string>`now()` })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          // A token unused for a day is stale: restarting the server prints a new one.
          .where('created_at', '>', sql<string>`now() - interval '24 hours'`)
          .returning('token_hash')
          .executeTakeFirst();
        if (!used) {
          throw new StoreError(
            'invalid',
            'the setup token is not valid (or older than a day: restart the server for a new one)',
            {
              field: 'setupToken',
            },
          );
        }
      }
      const roles: Role[] = ['admin', ...(admin.roles ?? []).filter((r) => r !== 'admin')];
      const row = await trx
        .insertInto('app_user')
        .values({
          id: randomUUID(),
          username: admin.username,
          display_name: admin.displayName,
          roles,
          password_hash: admin.passwordHash,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        { userId: row.id, roles, ...from },
        {
          action: 'setup',
          resourceType: 'user',
          resourceId: row.id,
          detail: { via: tokenHash === null ? 'environment' : 'setupToken' },
        },
      );
      return withoutSecret(userFromRow(row));
    });
  } catch (error) {
    translateDbError(error, (name) => (name.includes('username') ? 'username' : undefined));
  }
}
