#!/usr/bin/env node
// `npm run bench [-- model|adversarial|ingest|api|web|fuzz ...] [--dir <articles>] [--count n] [--long]`
// Measures model speed, ingest rate, API throughput and bundle sizes; prints a table and writes
// bench/results/latest.json. `--long` adds the 60 s mixed load and the 1M-case property run.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAdversarial } from './adversarial.mjs';
import { benchApi } from './api.mjs';
import { benchFuzz } from './fuzz.mjs';
import { benchIngest } from './ingest.mjs';
import { benchModel } from './model.mjs';
import { ensureBuilt, root, writeCorpus } from './support.mjs';
import { benchWeb } from './web.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string' },
    count: { type: 'string', default: '2000' },
    'ingest-count': { type: 'string', default: '10000' },
    duration: { type: 'string', default: '20' },
    long: { type: 'boolean', default: false },
  },
});
const sections = positionals.length
  ? positionals
  : ['model', 'adversarial', 'ingest', 'api', 'web', ...(values.long ? ['fuzz'] : [])];
ensureBuilt();

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
};
const rows = [];
const row = (section, measure, figure) => rows.push({ section, measure, figure });

if (sections.includes('model')) {
  const m = await benchModel({ dir: values.dir, count: Number(values.count) });
  results.model = m;
  row('model', `words/s (${m.corpus})`, m.wordsPerSecond);
  row('model', 'articles/s', m.articlesPerSecond);
  row('model', 'latency p50 / p99 (ms)', `${m.p50Ms} / ${m.p99Ms}`);
  row('model', 'peak RSS (MB)', m.peakRssMb);
  row('model', 'slower than a bare word split (×)', m.slowdownVsBareSplit);
  row('model', 'NER tokens/s', m.nerTokensPerSecond);
  row('model', 'load: import + first parse (ms)', m.loadMs);
}

if (sections.includes('adversarial')) {
  const a = await benchAdversarial();
  results.adversarial = a;
  console.log(`hostile articles: parse time by length (size limit ${a.maxArticleLength} characters)`);
  console.table(a.rows);
  const worst = a.rows.reduce((w, r) => Math.max(w, r.growth ?? 0), 0);
  row('adversarial', `worst growth, ${a.lengths.at(-2)} → ${a.lengths.at(-1)} characters (×)`, worst);
}

let corpus;
let pgliteDir;
if (sections.includes('ingest') || sections.includes('api')) {
  corpus = await mkdtemp(join(tmpdir(), 'teletipo-bench-corpus-'));
  await writeCorpus(corpus, Number(values['ingest-count']));
}
if (sections.includes('ingest') || sections.includes('api')) {
  const i = await benchIngest(corpus);
  pgliteDir = i.pgliteDir;
  if (sections.includes('ingest')) {
    results.ingest = { articles: Number(values['ingest-count']), pglite: i.pglite, postgres: i.postgres };
    row('ingest', 'PGlite articles/s', i.pglite.articlesPerSecond);
    row('ingest', 'PostgreSQL articles/s', i.postgres.articlesPerSecond ?? i.postgres.skipped);
  }
}
if (sections.includes('api')) {
  const a = await benchApi(pgliteDir, {
    duration: Number(values.duration),
    loadSeconds: values.long ? 60 : 0,
  });
  results.api = a;
  for (const [name, r] of Object.entries(a)) {
    if (r.p50Ms === undefined && name !== 'ceilingListInMemory') continue;
    row(
      'api',
      `${name} req/s (p50 / p99 ms, errors)`,
      r.p50Ms === undefined
        ? r.requestsPerSecond
        : `${r.requestsPerSecond} (${r.p50Ms} / ${r.p99Ms}, ${r.errors})`,
    );
  }
}
if (sections.includes('web')) {
  const w = benchWeb();
  results.web = w;
  row('web', 'initial JS gzip (KB)', w.initialJsGzipKb ?? w.skipped);
  for (const [route, kb] of Object.entries(w.routesGzipKb ?? {})) row('web', `route ${route} gzip (KB)`, kb);
}
if (sections.includes('fuzz')) {
  const f = await benchFuzz();
  results.fuzz = f;
  row('fuzz', `parser property cases (${f.runs})`, `${f.casesPerSecond}/s, ${f.failures} failures`);
}

if (corpus) await rm(corpus, { recursive: true, force: true });
console.table(rows);
// Sections not run this time keep their last figures, each with the date it was measured.
const latest = join(root, 'bench/results/latest.json');
const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : {};
for (const section of ['model', 'adversarial', 'ingest', 'api', 'web', 'fuzz']) {
  if (results[section]) results[section].measured = results.date;
  else if (previous[section]) results[section] = { measured: previous.date, ...previous[section] };
}
await writeFile(latest, `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench/results/latest.json');
