import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './connect.js';
import { withBudget } from './deadline.js';

// PGlite runs in a worker thread: the main thread stays free while a statement runs, a statement over
// its request's budget is answered TIMEOUT on time, and the store stays whole. `withBudget` runs a
// statement the way the server runs each request (server.ts).

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

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('PGlite in a worker thread, in memory', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: 'memory://' });
    await sql`create table probe (id integer primary key, note text not null)`.execute(store.db);
  });
  afterAll(() => store?.close());

  it('answers queries, with parameters and types as before', async () => {
    const { rows } = await sql<{ n: number; d: string; t: string }>`
      select ${41}::int + 1 as n, date '2024-06-01' as d, ${'árbol'}::text as t`.execute(store.db);
    expect(rows).toEqual([{ n: 42, d: '2024-06-01', t: 'árbol' }]);
  });

  it('commits a transaction and rolls one back', async () => {
    await store.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('probe' as never)
        .values({ id: 1, note: 'guardada' } as never)
        .execute();
    });
    await expect(
      store.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('probe' as never)
          .values({ id: 2, note: 'descartada' } as never)
          .execute();
        throw new Error('se arrepiente');
      }),
    ).rejects.toThrow('se arrepiente');
    const { rows } = await sql<{ id: number; note: string }>`select id, note from probe order by id`.execute(
      store.db,
    );
    expect(rows).toEqual([{ id: 1, note: 'guardada' }]);
  });

  it("reports PostgreSQL's errors with their fields", async () => {
    await expect(sql`insert into probe values (1, 'repetida')`.execute(store.db)).rejects.toMatchObject({
      code: '23505',
      severity: 'ERROR',
      constraint: 'probe_pkey',
      detail: 'Key (id)=(1) already exists.',
    });
    // The connection is usable after the error.
    await expect(sql`select 1 as one`.execute(store.db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('keeps the main thread free while a long statement runs', async () => {
    // CPU-bound, one to two seconds of work (pg_sleep would not hold PGlite on the main thread).
    const stall = await longestStall(() =>
      sql`select count(*) from generate_series(1, 2000) a, generate_series(1, 2000) b`.execute(store.db),
    );
    // Generous: the machine is shared. With PGlite on the main thread the stall was the whole statement.
    expect(stall).toBeLessThan(500);
  });

  it('answers TIMEOUT on time when a statement outlives its budget, then lets it finish (in memory)', async () => {
    let failure: unknown;
    const took = await elapsed(() =>
      withBudget(300, () => sql`select pg_sleep(3)`.execute(store.db)).catch(
        (error: unknown) => (failure = error),
      ),
    );
    expect(failure).toMatchObject({
      message: 'The query ran longer than 300 ms and was stopped; ask for less.',
      extensions: { code: 'TIMEOUT' },
    });
    expect(took).toBeLessThan(1_500);
    // The statement was left to finish (killing the thread would lose an in-memory store); the next
    // one waits for it, and the data is all there.
    const { rows } = await sql<{ n: number }>`select count(*) as n from probe`.execute(store.db);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('answers TIMEOUT to a statement still waiting in line when its budget runs out', async () => {
    const slow = sql`select pg_sleep(2)`.execute(store.db);
    const waiting = withBudget(300, () => sql`select 1`.execute(store.db));
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await slow;
  });
});

describe('PGlite in a worker thread, on disk', () => {
  let parent: string;
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'teletipo-thread-'));
    dir = join(parent, 'data');
    store = await openStore({ dataDir: dir });
    await sql`create table probe (id integer primary key, note text not null)`.execute(store.db);
    await sql`insert into probe select i, 'fila ' || i from generate_series(1, 1000) as i`.execute(store.db);
  });
  afterAll(async () => {
    await store?.close();
    await rm(parent, { recursive: true, force: true });
  });

  it('abandons a read over its budget: answers TIMEOUT on time, reopens PGlite, keeps the data', async () => {
    let failure: unknown;
    const took = await elapsed(() =>
      withBudget(500, () => sql`select pg_sleep(120)`.execute(store.db)).catch(
        (error: unknown) => (failure = error),
      ),
    );
    expect(failure).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(took).toBeLessThan(2_000);
    // The sleep really ended: the next statement runs on a reopened PGlite long before it would have.
    const again = await elapsed(async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from probe`.execute(store.db);
      expect(rows).toEqual([{ n: 1000 }]);
    });
    expect(again).toBeLessThan(60_000);
  });

  it('lets a write over its budget finish: answers TIMEOUT on time, and the row is stored', async () => {
    let failure: unknown;
    const took = await elapsed(() =>
      withBudget(300, () =>
        sql`insert into probe select 1001, 'tardía' from pg_sleep(2)`.execute(store.db),
      ).catch((error: unknown) => (failure = error)),
    );
    expect(failure).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(took).toBeLessThan(1_500);
    const { rows } = await sql<{ note: string }>`select note from probe where id = 1001`.execute(store.db);
    expect(rows).toEqual([{ note: 'tardía' }]);
  });

  it('closes within a few seconds while a statement runs, and reopens with its data', async () => {
    const slow = sql`select pg_sleep(120)`.execute(store.db).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const took = await elapsed(() => store.close());
    expect(took).toBeLessThan(5_000);
    expect(await slow).toMatchObject({ code: '57P01', message: 'The store is closed' });
    store = await openStore({ dataDir: dir });
    const { rows } = await sql<{ n: number }>`select count(*) as n from probe`.execute(store.db);
    expect(rows).toEqual([{ n: 1001 }]);
  });
});
