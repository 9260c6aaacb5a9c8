import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { LIMITS } from '../limits.js';
import { budgetedPool } from './budgeted-pool.js';
import { AggregateCache, SINGLE_WRITER_TTL_MS } from './aggregate-cache.js';
import { lockDataDir } from './lock.js';
import { migrate } from './migrations.js';
import { PGliteThread } from './pglite-thread.js';
import type { Database } from './tables.js';

// Dates come back as the ISO strings the API speaks, not as JS Dates shifted by the local time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Counts (bigint) fit comfortably in a JS number here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Recent counts and aggregates; writers invalidate it. */
  cache: AggregateCache;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; without it, PGlite at `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves in one each). */
  schema?: string;
  /** Called for every SQL statement (tests count them, profiles time them). */
  onQuery?: (sql: string, durationMs: number) => void;
}

function logger(onQuery: StoreOptions['onQuery']) {
  return onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') onQuery(event.query.sql, event.queryDurationMillis);
      }
    : undefined;
}

/** Opens the store (PostgreSQL when a URL is given, PGlite otherwise) and migrates it. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const log = logger(options.onQuery);
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      // A runaway statement is cancelled by the server itself.
      statement_timeout: LIMITS.statementTimeoutMs,
      ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
    });
    // An idle client losing its connection must not take the server down.
    pool.on('error', (error) => console.error(`PostgreSQL pool error: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    if (options.schema) await pool.query(`create schema if not exists "${options.schema.replace(/"/g, '')}"`);
    await migrate(db);
    return { db, kind: 'postgres', cache: new AggregateCache(), close: () => db.destroy() };
  }

  const dataDir = options.dataDir ?? 'memory://';
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    // PGlite runs in a worker thread: a long statement never stops the HTTP server (pglite-thread.ts).
    const thread = await PGliteThread.open(inMemory ? 'memory://' : dataDir);
    // PGlite is one connection; a pool of one serializes access to it. node-postgres needs only the
    // two members of PGlite the thread provides.
    const pool = new pg.Pool({ ...createPgConfig(thread as unknown as PGlite), max: 1 });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: budgetedPool(pool) }),
      ...(log ? { log } : {}),
    });
    // The directory lock lets no other process write, and every write here invalidates the cache:
    // entries need not expire to show others' writes, so they live until the next write.
    const cache = new AggregateCache(SINGLE_WRITER_TTL_MS);
    // A write answered TIMEOUT but left to finish changes the data after its request gave up.
    thread.onLateWrite = () => cache.invalidate();
    try {
      await migrate(db);
    } catch (error) {
      await thread.close();
      throw error;
    }
    return {
      db,
      kind: 'pglite',
      cache,
      async close() {
        // The thread first: it answers whatever is still waiting, so the pool has nothing to wait for.
        await thread.close();
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
