#!/usr/bin/env node
// `npm run bench [-- model|adversarial|ingest|api|abuse|web|fuzz ...] [--dir <articles>] [--count n] [--long] [--port n]`
// Measures model speed, ingest rate, API throughput and bundle sizes; prints a table. A complete run
// writes bench/results/latest.json; a partial one (some sections, smaller sizes, a failure, Ctrl-C)
// writes an untracked bench/results/partial-<time>.json. `--long` adds the 60 s mixed load and the
// 1M-case property run. The API under test listens on 127.0.0.1:4600 (`--port` or BENCH_PORT).
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAbuse } from './abuse.mjs';
import { benchAdversarial } from './adversarial.mjs';
import { benchApi, ensurePortFree } from './api.mjs';
import { benchFuzz } from './fuzz.mjs';
import { benchIngest } from './ingest.mjs';
import { benchModel } from './model.mjs';
import { SECTIONS, saveResults } from './results.mjs';
import { ensureBuilt, stopChildren, writeCorpus } from './support.mjs';
import { benchWeb } from './web.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string' },
    count: { type: 'string', default: '2000' },
    'ingest-count': { type: 'string', default: '10000' },
    duration: { type: 'string', default: '20' },
    long: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT || '4600' },
  },
});
const DEFAULT_SIZES = { count: 2000, 'ingest-count': 10000, duration: 20 };
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`bench: --port / BENCH_PORT must be an integer from 1 to 65535, got "${values.port}"`);
  process.exit(2);
}
const unknown = positionals.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const fullRun = ['model', 'adversarial', 'ingest', 'api', 'abuse', 'web', ...(values.long ? ['fuzz'] : [])];
const sections = positionals.length ? positionals : fullRun;
if (sections.includes('api') || sections.includes('abuse')) {
  // Before the long steps, not after them.
  await ensurePortFree(port).catch((error) => {
    console.error(`bench: ${error.message}`);
    process.exit(2);
  });
}
ensureBuilt();

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
};
const rows = [];
const row = (section, measure, figure) => rows.push({ section, measure, figure });
const failures = {};

/** Runs one section; a failure is reported and recorded, and the other sections still run. */
async function attempt(section, measure) {
  try {
    await measure();
  } catch (error) {
    failures[section] = error.message;
    results[section] = { failed: error.message };
    console.error(`bench: ${section} failed: ${error.message}`);
  }
}

/** Why this run is not a complete one (undefined when it is). */
function partialReason() {
  const reasons = [];
  const skipped = fullRun.filter((s) => !sections.includes(s));
  if (skipped.length) reasons.push(`not run: ${skipped.join(', ')}`);
  const failed = Object.keys(failures);
  if (failed.length) reasons.push(`failed: ${failed.join(', ')}`);
  if (results.ingest?.postgres?.skipped) reasons.push('PostgreSQL ingest skipped');
  const reduced = Object.entries(DEFAULT_SIZES).filter(([k, d]) => Number(values[k]) < d);
  if (reduced.length) reasons.push(`smaller than default: ${reduced.map(([k]) => `--${k}`).join(', ')}`);
  return reasons.length ? reasons.join('; ') : undefined;
}

let corpus;
// Ctrl-C (or a kill): stop the servers, keep what was measured so far in a partial file.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopChildren();
    if (corpus) rmSync(corpus, { recursive: true, force: true });
    saveResults(results, { complete: false, reason: `interrupted by ${signal}` });
    process.exit(130);
  });
}

if (sections.includes('model')) {
  await attempt('model', async () => {
    const m = await benchModel({ dir: values.dir, count: Number(values.count) });
    results.model = m;
    row('model', `words/s (${m.corpus})`, m.wordsPerSecond);
    row('model', 'articles/s', m.articlesPerSecond);
    row('model', 'latency p50 / p99 (ms)', `${m.p50Ms} / ${m.p99Ms}`);
    row('model', 'peak RSS (MB)', m.peakRssMb);
    row('model', 'slower than a bare word split (×)', m.slowdownVsBareSplit);
    row('model', 'NER tokens/s', m.nerTokensPerSecond);
    row('model', 'load: import + first parse (ms)', m.loadMs);
  });
}

if (sections.includes('adversarial')) {
  await attempt('adversarial', async () => {
    const a = await benchAdversarial();
    results.adversarial = a;
    console.log(`hostile articles: parse time by length (size limit ${a.maxArticleLength} characters)`);
    console.table(a.rows);
    const worst = a.rows.reduce((w, r) => Math.max(w, r.growth ?? 0), 0);
    row('adversarial', `worst growth, ${a.lengths.at(-2)} → ${a.lengths.at(-1)} characters (×)`, worst);
  });
}

let pgliteDir;
if (sections.includes('ingest') || sections.includes('api')) {
  corpus = await mkdtemp(join(tmpdir(), 'teletipo-bench-corpus-'));
  await writeCorpus(corpus, Number(values['ingest-count']));
}
if (sections.includes('ingest') || sections.includes('api')) {
  await attempt('ingest', async () => {
    const i = await benchIngest(corpus);
    pgliteDir = i.pgliteDir;
    if (sections.includes('ingest')) {
      results.ingest = { articles: Number(values['ingest-count']), pglite: i.pglite, postgres: i.postgres };
      row('ingest', 'PGlite articles/s', i.pglite.articlesPerSecond);
      row('ingest', 'PostgreSQL articles/s', i.postgres.articlesPerSecond ?? i.postgres.skipped);
    }
  });
}
if (sections.includes('api')) {
  await attempt('api', async () => {
    if (!pgliteDir) throw new Error('needs the ingested store, and the ingest step failed');
    const a = await benchApi(pgliteDir, {
      port,
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
  });
}
if (sections.includes('abuse')) {
  await attempt('abuse', async () => {
    const a = await benchAbuse({ port });
    results.abuse = a;
    console.log(
      `hostile requests: each must end within ${a.requestBudgetMs} ms while /healthz answers within ${a.healthBudgetMs} ms`,
    );
    console.table(a.rows);
    row('abuse', `cases within budget (of ${a.cases})`, a.withinBudget);
    row('abuse', 'slowest /healthz during a case (ms)', Math.max(...a.rows.map((r) => r.healthzMaxMs ?? 0)));
  });
}
if (sections.includes('web')) {
  await attempt('web', async () => {
    const w = benchWeb();
    if (w.skipped) throw new Error(w.skipped);
    results.web = w;
    row('web', 'initial JS gzip (KB)', w.initialJsGzipKb ?? w.skipped);
    for (const [route, kb] of Object.entries(w.routesGzipKb ?? {}))
      row('web', `route ${route} gzip (KB)`, kb);
  });
}
if (sections.includes('fuzz')) {
  await attempt('fuzz', async () => {
    const f = await benchFuzz();
    results.fuzz = f;
    row('fuzz', `parser property cases (${f.runs})`, `${f.casesPerSecond}/s, ${f.failures} failures`);
  });
}

if (corpus) await rm(corpus, { recursive: true, force: true });
console.table(rows);
const reason = partialReason();
saveResults(results, { complete: reason === undefined, reason });
if (Object.keys(failures).length) process.exitCode = 1;
