import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle } from '@teletipo/model';
import { generatedArticle, writeGeneratedArticles } from '../src/test-support/generate.js';
import { startCeiling } from './ceiling.js';
import { load, type LoadResult } from './load.js';
import { articleList, entityPage, quoteSearch } from './queries.js';

// `npm run bench -w @teletipo/api [-- --articles 100000]`: generates a corpus from our own templates,
// bulk-ingests it into a fresh PGlite (articles/s, peak memory), starts the built server on it and
// loads three canonical queries at 50 connections (req/s, p50, p99), next to the ceiling of bare
// graphql-js over in-memory data. Needs `npm run build` first; writes bench/results/latest.json.

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const count = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const apiRoot = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function startApi(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      TELETIPO_DATA: dataDir,
      TELETIPO_SEEDS: '',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not start');
}

const work = await mkdtemp(join(tmpdir(), 'teletipo-bench-'));
try {
  const corpus = join(work, 'corpus');
  await mkdir(corpus);
  console.log(`generating ${count} articles…`);
  await writeGeneratedArticles(corpus, count);

  console.log('bulk ingest into PGlite…');
  const dataDir = join(work, 'data');
  const ingestLine = (
    await run([join(apiRoot, 'dist/ingest/cli.js'), corpus], { TELETIPO_DATA: dataDir })
  ).trim();
  console.log(ingestLine);
  const ingest = {
    articles: count,
    articlesPerSecond: Number(/\((\d+) articles\/s/.exec(ingestLine)?.[1]),
    peakMemoryMb: Number(/peak memory (\d+) MB/.exec(ingestLine)?.[1]),
  };

  const port = 4900 + Math.floor(Math.random() * 90);
  const api = await startApi(dataDir, port);
  const url = `http://127.0.0.1:${port}/graphql`;
  const results: LoadResult[] = [];
  try {
    const top = (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ entities(first: 1, filter: { types: [PERSON] }) { edges { node { id } } } }',
        }),
      })
    ).json()) as { data: { entities: { edges: { node: { id: string } }[] } } };
    const entity = entityPage(top.data.entities.edges[0]!.node.id);
    for (const op of [articleList, entity, quoteSearch]) {
      console.log(`loading: ${op.name}…`);
      results.push(await load(op.name, url, op, connections, seconds));
    }
  } finally {
    api.kill('SIGTERM');
  }

  console.log('ceiling: bare graphql-js over in-memory data…');
  const articles = Array.from({ length: Math.min(count, 5000) }, (_, i) =>
    parseArticle(generatedArticle(i).text),
  );
  const ceiling = await startCeiling(articles);
  try {
    results.push(
      await load(
        `${articleList.name} (bare graphql-js, in memory)`,
        ceiling.url,
        articleList,
        connections,
        seconds,
      ),
    );
  } finally {
    await ceiling.close();
  }

  console.log(
    `\ningest: ${ingest.articlesPerSecond} articles/s, peak memory ${ingest.peakMemoryMb} MB (${count} articles)`,
  );
  console.log(`queries at ${connections} connections for ${seconds} s each:`);
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(52)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms` +
        (r.errors + r.non2xx ? `  (${r.errors} errors, ${r.non2xx} non-2xx)` : ''),
    );
  }
  await mkdir(join(apiRoot, 'bench/results'), { recursive: true });
  await writeFile(
    join(apiRoot, 'bench/results/latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), connections, seconds, ingest, queries: results }, null, 2)}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
