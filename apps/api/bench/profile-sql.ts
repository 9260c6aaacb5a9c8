import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/connect.js';
import { articleList, entityPage, quoteSearch } from './queries.js';

// Where a request's time goes: runs each canonical query sequentially against a store (PGlite at
// TELETIPO_DATA, or DATABASE_URL), with nothing cached, and prints the time per request next to the
// time its SQL statements took, statement by statement.
// `node --import tsx --conditions source bench/profile-sql.ts [--runs 20]`

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
const times = new Map<string, { ms: number; count: number }>();
let recording = false;

const config = { ...readConfig(), port: 0, host: '127.0.0.1', seedsDir: '', watchSeeds: false };
const store = await openStore({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  onQuery: (text, ms) => {
    if (!recording) return;
    const key = text.trim().replace(/\s+/g, ' ').slice(0, 100);
    const entry = times.get(key) ?? { ms: 0, count: 0 };
    entry.ms += ms;
    entry.count++;
    times.set(key, entry);
  },
});
const server = await startServer(config, () => {}, store);
const post = async (op: { query: string; variables?: unknown }) =>
  (await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(op),
  }).then((r) => r.json())) as { data?: { entities?: { edges: { node: { id: string } }[] } } };

try {
  const top = await post({
    query: '{ entities(first: 1, filter: { types: [PERSON] }) { edges { node { id } } } }',
  });
  const entityId = top.data?.entities?.edges[0]?.node.id ?? 'person:unknown';
  for (const op of [articleList, entityPage(entityId), quoteSearch]) {
    times.clear();
    recording = true;
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      store.cache.invalidate();
      await post(op);
    }
    recording = false;
    const perRequest = (performance.now() - started) / runs;
    const sqlPerRequest = [...times.values()].reduce((sum, t) => sum + t.ms, 0) / runs;
    console.log(
      `\n${op.name}: ${perRequest.toFixed(2)} ms per request, of which SQL ${sqlPerRequest.toFixed(2)} ms`,
    );
    for (const [key, t] of [...times].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${(t.ms / runs).toFixed(2).padStart(7)} ms  ×${t.count / runs}  ${key}`);
    }
  }
} finally {
  await server.close();
}
