/**
 * Accounts: a username, a display name, roles and an argon2id password hash (hashing happens in
 * the server; the store keeps the PHC string). Accounts are disabled, never deleted, so the audit
 * log keeps naming who did what.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import { StoreError, VersionConflictError } from '../db/errors.js';
import type { AppUserTable, Database } from '../db/tables.js';
import type { Role } from '../schema/vocab.js';
import { type Actor, appendAudit } from './audit.js';
import { translateDbError } from './db-errors.js';
import { isoTimestamp } from './rows.js';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
}

/** A user with the password hash, for sign-in only; never sent out. */
export interface UserWithSecret extends UserRecord {
  passwordHash: string;
}

type UserRow = Selectable<AppUserTable>;

export function userFromRow(r: UserRow): UserWithSecret {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: r.roles,
    disabled: r.disabled,
    version: r.version,
    createdAt: isoTimestamp(r.created_at),
    updatedAt: isoTimestamp(r.updated_at),
    passwordChangedAt: isoTimestamp(r.password_changed_at),
    passwordHash: r.password_hash,
  };
}

export const withoutSecret = ({ passwordHash: _, ...user }: UserWithSecret): UserRecord => user;

const userField = (name: string) => {
  const bare = name.replace(/^app_user_/, '').replace(/_(check|unique)$/, '');
  return ({ username: 'username', display_name: 'displayName', roles: 'roles' } as Record<string, string>)[bare];
};

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
}

/** Create an account; `actor` null for the first admin created at setup. */
export async function createUser(db: Kysely<Database>, actor: Actor, user: NewUser): Promise<UserRecord> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('app_user')
        .values({
          id: randomUUID(),
          username: user.username,
          display_name: user.displayName,
          roles: user.roles,
          password_hash: user.passwordHash,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, actor, {
        action: actor.userId ? 'create' : 'setup',
        resourceType: 'user',
        resourceId: row.id,
        detail: { roles: row.roles },
      });
      return withoutSecret(userFromRow(row));
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new StoreError('conflict', 'that username is taken', { field: 'username' });
    }
    translateDbError(error, userField);
  }
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserWithSecret | undefined> {
  const row = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserWithSecret | undefined> {
  const row = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

/** A page of the accounts by username (unique), in SQL: `limit + 1` read to know whether more follow. */
export async function listUsers(
  db: Kysely<Database>,
  page: { limit: number; afterUsername?: string },
): Promise<{ users: UserRecord[]; total: number; nextAfter: string | null }> {
  let q = db.selectFrom('app_user').selectAll();
  if (page.afterUsername !== undefined) q = q.where('username', '>', page.afterUsername);
  const rows = await q
    .orderBy('username')
    .limit(page.limit + 1)
    .execute();
  const { n } = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  const users = rows.slice(0, page.limit).map((r) => withoutSecret(userFromRow(r)));
  return {
    users,
    total: Number(n),
    nextAfter: rows.length > page.limit ? (users.at(-1)?.username ?? null) : null,
  };
}

export interface UserChange {
  version: number;
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  passwordHash?: string;
}

/**
 * Change an account (versioned like patient data). A change of roles, of the password or a
 * disabling ends the user's sessions and revokes nothing else; API tokens of a disabled account
 * stop working because the account does.
 */
export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  change: UserChange,
): Promise<UserRecord> {
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('app_user').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!current) throw new StoreError('not_found', 'no such user', { userId: id });
      if (current.version !== change.version) throw new VersionConflictError(current.version, 'the account');
      const row = await trx
        .updateTable('app_user')
        .set({
          ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
          ...(change.roles !== undefined ? { roles: change.roles } : {}),
          ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
          ...(change.passwordHash !== undefined
            ? { password_hash: change.passwordHash, password_changed_at: sql<string>`now()` }
            : {}),
          version: current.version + 1,
          updated_at: sql<string>`now()`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const privilegeChanged =
        change.passwordHash !== undefined ||
        change.disabled === true ||
        (change.roles !== undefined && [...change.roles].sort().join() !== [...current.roles].sort().join());
      if (privilegeChanged) await trx.deleteFrom('user_session').where('user_id', '=', id).execute();
      await appendAudit(trx, actor, {
        action: 'update',
        resourceType: 'user',
        resourceId: id,
        detail: {
          version: row.version,
          fields: Object.keys(change).filter((k) => k !== 'version' && k !== 'passwordHash'),
          passwordChanged: change.passwordHash !== undefined,
          sessionsEnded: privilegeChanged,
        },
      });
      return withoutSecret(userFromRow(row));
    });
  } catch (error) {
    translateDbError(error, userField);
  }
}

/** Re-hash on sign-in when the stored parameters are older than the current ones (§5.3). */
export async function replacePasswordHash(db: Kysely<Database>, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
