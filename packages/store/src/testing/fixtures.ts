/** Test fixtures: accounts and actors without going through the server's password hashing. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { Actor } from '../repo/audit.js';
import type { Role } from '../schema/vocab.js';

/** A syntactically valid argon2id PHC string that no password matches. */
export const UNUSABLE_HASH = '$argon2id$v=19$m=19456,t=2,p=1$dW51c2FibGU$dW51c2FibGUgaGFzaCBvZiBub3RoaW5n';

export async function insertUser(
  db: Kysely<Database>,
  roles: Role[] = ['clinician'],
): Promise<Actor & { userId: string }> {
  const id = randomUUID();
  await db
    .insertInto('app_user')
    .values({
      id,
      username: `u${id.slice(0, 8)}`,
      display_name: 'Test user',
      roles,
      password_hash: UNUSABLE_HASH,
    })
    .execute();
  return { userId: id, roles, ip: '127.0.0.1', userAgent: 'vitest', requestId: 'test' };
}
