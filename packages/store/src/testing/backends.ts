/**
 * Test support: the same suites run against PGlite always and against PostgreSQL when
 * `BETZ_TEST_DATABASE_URL` is set (CI sets it). Each PostgreSQL store lives in a fresh schema,
 * dropped on close, so test files running in parallel never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../db/open.js';

export type Backend = 'pglite' | 'postgres';

/** The backends this run tests: PGlite, and PostgreSQL when `BETZ_TEST_DATABASE_URL` is set. */
export function testBackends(): Backend[] {
  return process.env.BETZ_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated store: in-memory PGlite, or a new schema on the test PostgreSQL server. */
export async function openTestStore(backend: Backend): Promise<Store> {
  if (backend === 'pglite') return openStore({ backend: 'pglite' });
  const connectionString = process.env.BETZ_TEST_DATABASE_URL;
  if (!connectionString) throw new Error('BETZ_TEST_DATABASE_URL is not set');
  const schema = freshSchemaName();
  const store = await openStore({ backend: 'postgres', connectionString, schema, poolSize: 5 });
  return {
    ...store,
    close: async () => {
      await store.close();
      await dropSchema(connectionString, schema);
    },
  };
}

export function freshSchemaName(): string {
  return `betz_test_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
