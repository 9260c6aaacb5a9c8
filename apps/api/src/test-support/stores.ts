import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../store/connect.js';

/** A store kind the API suite runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export interface TestStoreKind {
  name: 'pglite' | 'postgres';
  open(options?: Pick<StoreOptions, 'onQuery'>): Promise<Store>;
}

const databaseUrl = process.env.TEST_DATABASE_URL;

/**
 * Each PostgreSQL test store lives in a schema of its own, dropped on close, so test files running in
 * parallel never see each other's rows.
 */
async function openPostgres(url: string, options: Pick<StoreOptions, 'onQuery'>): Promise<Store> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: url, schema, ...options });
  return {
    ...store,
    async close() {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export const storeKinds: TestStoreKind[] = [
  { name: 'pglite', open: (options = {}) => openStore({ dataDir: 'memory://', ...options }) },
  ...(databaseUrl
    ? [{ name: 'postgres' as const, open: (options = {}) => openPostgres(databaseUrl, options) }]
    : []),
];
