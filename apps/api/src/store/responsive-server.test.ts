import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';

// While PGlite works through a long statement, the server still answers: /healthz at once, and a
// GraphQL request whose statements wait behind it fails with TIMEOUT when its budget runs out.

const pglite = storeKinds.find((kind) => kind.name === 'pglite')!;

describe('the server while PGlite runs a long statement', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(pglite, { queryTimeoutMs: 500 });
  });
  afterAll(() => api?.close());

  it('answers /healthz and times out a waiting GraphQL request on time', async () => {
    const long = sql`select pg_sleep(4)`.execute(api.store.db);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const healthStart = performance.now();
    const health = await fetch(`${api.url}/healthz`);
    const healthMs = performance.now() - healthStart;
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(500);

    const queryStart = performance.now();
    const answer = await api.gql('{ articles(first: 5) { totalCount } }');
    const queryMs = performance.now() - queryStart;
    expect(answer.errors?.[0]).toMatchObject({
      message: 'The query ran longer than 500 ms and was stopped; ask for less.',
      extensions: { code: 'TIMEOUT' },
    });
    expect(queryMs).toBeLessThan(2_000);

    await long;
    // Once the long statement is over, the same request succeeds.
    expect((await api.gql('{ articles(first: 5) { totalCount } }')).data).toEqual({
      articles: { totalCount: 0 },
    });
  });
});
