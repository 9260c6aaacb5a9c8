import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';
import { ABUSE_CASES } from './cases.js';
import { auditCase, HEALTH_BUDGET_MS, REQUEST_BUDGET_MS } from './run.js';

// The hostile audit, replayed on every store: each request that once stalled or crashed the server now
// ends within a second with a client error or an answer, while /healthz keeps answering within 200 ms.
// (`npm run bench -- abuse` prints the same table against the production build.)

const TOKEN = 'secreto-de-prueba-0123456789';

describe.each(storeKinds)('the hostile audit on $name', (kind) => {
  let api: TestApi;
  let seedsDir: string;

  beforeAll(async () => {
    seedsDir = await mkdtemp(join(tmpdir(), 'teletipo-audit-seeds-'));
    api = await startTestApi(kind, { seedsDir, watchSeeds: true, token: TOKEN });
    await loadArticles(api.store, corpus);
  });

  afterAll(async () => {
    await api?.close();
    await rm(seedsDir, { recursive: true, force: true });
  });

  // A shared two-core machine can stall any process for a moment: a case gets two more tries.
  it.each(ABUSE_CASES)('$id: $defect', { retry: 2 }, async (c) => {
    const row = await auditCase({ url: api.url, token: TOKEN, seedsDir }, c);
    expect(row.skipped).toBeUndefined();
    expect(row.expected, JSON.stringify(row.outcome)).toBe(true);
    expect(row.durationMs).toBeLessThanOrEqual(REQUEST_BUDGET_MS);
    expect(row.health?.maxMs).toBeLessThanOrEqual(HEALTH_BUDGET_MS);
  });
});
