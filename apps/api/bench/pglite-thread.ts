import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../src/config.js';
import { startServer } from '../src/server.js';
import { AggregateCache, SINGLE_WRITER_TTL_MS } from '../src/store/aggregate-cache.js';
import { openStore, type Store } from '../src/store/connect.js';
import { withBudget } from '../src/store/deadline.js';
import type { Database } from '../src/store/tables.js';
import { writeGeneratedArticles } from '../src/test-support/generate.js';
import { articleList } from './queries.js';

// The cost and the gain of running PGlite in a worker thread: the same measurements on PGlite on the
// main thread (as before) and in the thread, over one small generated store on disk.
// `node --import tsx --conditions source bench/pglite-thread.ts [articles]`

const articles = Number(process.argv[2] ?? 100);
const parent = await mkdtemp(join(tmpdir(), 'teletipo-bench-'));
const dataDir = join(parent, 'data');
const config: Config = {
  port: 0,
  host: '127.0.0.1',
  databaseUrl: undefined,
  dataDir,
  seedsDir: '',
  token: undefined,
  webDist: '/nonexistent',
  development: false,
  watchSeeds: false,
  queryTimeoutMs: 10_000,
};

/** PGlite on the main thread, the way connect.ts opened it before the worker thread. */
async function mainThreadStore(): Promise<Store> {
  const lite = await PGlite.create(dataDir, { extensions: { unaccent, pg_trgm } });
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    cache: new AggregateCache(SINGLE_WRITER_TTL_MS),
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

/**
 * Runs `work` and reports the longest the main thread's event loop was held up meanwhile, in ms: the
 * longest gap between ticks of a 10 ms timer, counting the gap up to the end. (monitorEventLoopDelay
 * misses a stall that starts before its first tick.)
 */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 10);
  await new Promise((resolve) => setTimeout(resolve, 30));
  longest = 0;
  try {
    await work();
  } finally {
    tick();
    clearInterval(timer);
  }
  return longest;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function measure(name: string, store: Store): Promise<void> {
  const server = await startServer(config, () => {}, store);
  const results: Record<string, string> = {};
  const selects = await time(async () => {
    for (let i = 0; i < 1000; i++) await sql`select 1`.execute(store.db);
  });
  results['1000 × select 1'] = `${selects.toFixed(0)} ms`;
  const withParams = await time(async () => {
    for (let i = 0; i < 1000; i++) await sql`select ${i}::int as n`.execute(store.db);
  });
  results['1000 × select $1'] = `${withParams.toFixed(0)} ms`;
  const post = () =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(articleList),
    }).then((r) => r.json());
  await post();
  const lists = await time(async () => {
    for (let i = 0; i < 30; i++) {
      store.cache.invalidate();
      await post();
    }
  });
  results['article list (GraphQL, uncached)'] = `${(lists / 30).toFixed(1)} ms/request`;

  // CPU-bound: pg_sleep sleeps in a worker but returns at once on the main thread.
  let health = 0;
  let joined = 0;
  const stall = await longestStall(async () => {
    const start = performance.now();
    const joining = sql`select count(*) from generate_series(1, 2000) a, generate_series(1, 2000) b`
      .execute(store.db)
      .then(() => (joined = performance.now() - start));
    await new Promise((resolve) => setTimeout(resolve, 50));
    health = await time(() => fetch(`${server.url}/healthz`));
    await joining;
  });
  results['a 4M-row cross join takes'] = `${joined.toFixed(0)} ms`;
  results['event-loop stall during it'] = `${stall.toFixed(0)} ms`;
  results['/healthz during it (asked 50 ms in)'] = `${health.toFixed(0)} ms`;

  if (name === 'worker thread') {
    const request = (budgetMs: number) =>
      withBudget(budgetMs, () =>
        sql`select pg_sleep(60)`
          .execute(store.db)
          .catch((error: { extensions?: { code?: string } }) => error.extensions?.code),
      );
    let code: unknown;
    const timedOut = await time(async () => (code = await request(500)));
    results['read over a 500 ms budget answers'] = `${code} after ${timedOut.toFixed(0)} ms`;
    const reopened = await time(() => sql`select 1`.execute(store.db));
    results['next statement (PGlite reopened) after'] = `${reopened.toFixed(0)} ms`;
    const { rows } = await sql<{ max_wal_size: string }>`show max_wal_size`.execute(store.db);
    results['max_wal_size'] = rows[0]!.max_wal_size;
  }
  await server.close();
  console.log(`\n${name}`);
  for (const [key, value] of Object.entries(results)) console.log(`  ${key.padEnd(45)} ${value}`);
}

try {
  const seeds = join(parent, 'seeds');
  await writeGeneratedArticles(seeds, articles);
  const loading = await startServer({ ...config, seedsDir: seeds }, () => {});
  await loading.ready;
  await loading.close();
  console.log(`${articles} generated articles stored in ${dataDir}`);
  await measure('main thread (before)', await mainThreadStore());
  await measure('worker thread', await openStore({ dataDir }));
} finally {
  await rm(parent, { recursive: true, force: true });
}
