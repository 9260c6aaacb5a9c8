import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { openStore } from '../src/store/connect.js';
import { facets } from '../src/store/facets.js';
import type { ArticleFilterInput } from '../src/store/article-filter.js';
import { facetsBefore } from './facets-before.js';

// Facet sidebar latency, before (counting every matching article) and after (counts kept at write
// time; filters counted over their newest matches), on the store at TELETIPO_DATA or DATABASE_URL,
// nothing cached. `node --import tsx --conditions source bench/facets.ts [--runs 30]`

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const config = readConfig();
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function time(run: () => Promise<unknown>): Promise<string> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    store.cache.invalidate();
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return `${percentile(ms, 0.5).toFixed(0)}/${percentile(ms, 0.95).toFixed(0)} ms`;
}

try {
  const top = await facets(store, null);
  const entity = top.entities.find((e) => e.type === 'PERSON')!.entity_id;
  const filters: [string, ArticleFilterInput | null][] = [
    ['no filter', null],
    ['search "plan"', { search: 'plan' }],
    [`entity ${entity}`, { entityIds: [entity] }],
  ];
  console.log(`articles: ${top.total}, runs: ${runs}, p50/p95`);
  for (const [name, filter] of filters) {
    const before = await time(() => facetsBefore(store, filter));
    const after = await time(() => facets(store, filter));
    const f = await facets(store, filter);
    console.log(`${name}: before ${before}, after ${after} (total ${f.total}, basis ${f.basis})`);
  }
} finally {
  await store.close();
}
