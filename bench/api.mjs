import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { generateArticle } from './generator.mjs';
import { mb, root, round, track } from './support.mjs';

const requireFromApi = createRequire(join(root, 'apps/api/package.json'));

export const LIST_QUERY = `query List { articles(first: 20) { totalCount edges { node { id title date dateline { place }
  entities { entity { id name type } mentionCount } } } } }`;
const LIST_UNCACHED_QUERY = `query List($to: Date!) { articles(first: 20, filter: { dateTo: $to }) {
  totalCount edges { node { id title date dateline { place } entities { entity { id name type } mentionCount } } } } }`;
let nonce = 0;
const distinctDate = () => new Date(Date.UTC(2100, 0, 1) + nonce++ * 86_400_000).toISOString().slice(0, 10);
const ENTITY_QUERY = `query Entity($id: ID!) { entity(id: $id) { name type aliases descriptors articleCount
  timeline { month count } related(first: 10) { entity { name } count }
  quotes(first: 10) { totalCount edges { node { text article { title date } } } } } }`;
const QUOTE_QUERY = `query Quotes { quotes(filter: { search: "inversión" }, first: 20) { totalCount
  edges { node { text speakerName article { title } } } } }`;

/** Refuses a busy port up front: otherwise the bench could measure whatever server already answers there. */
export function ensurePortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: choose another with --port <n> or BENCH_PORT=<n>`)
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function startServer(dataDir, port) {
  await ensurePortFree(port);
  const child = track(
    spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        TELETIPO_DATA: dataDir,
        TELETIPO_SEEDS: '',
        DATABASE_URL: '',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && exited === null; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(exited ? `the API exited (${exited}) before answering` : 'the API did not start');
}

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function post(url, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

function cannon(url, requests, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        connections: 50,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests,
      },
      (error, r) => {
        if (error) reject(error);
        else
          resolve({
            requestsPerSecond: round(r.requests.average),
            p50Ms: r.latency.p50,
            p99Ms: r.latency.p99,
            errors: r.errors + r.non2xx,
            timeouts: r.timeouts,
          });
      },
    );
  });
}

/** The ceiling: the list query executed by bare graphql-js over in-memory parsed articles. */
async function ceiling(seconds = 3) {
  const { graphql } = requireFromApi('graphql');
  const { makeExecutableSchema } = requireFromApi('@graphql-tools/schema');
  const model = await import(pathToFileURL(join(root, 'packages/model/dist/index.js')).href);
  const articles = Array.from({ length: 200 }, (_, i) => model.parseArticle(generateArticle(i).text));
  const typeDefs = readFileSync(join(root, 'apps/api/src/schema.graphql'), 'utf8');
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        articles: (_, { first }) => ({
          totalCount: articles.length,
          pageInfo: { hasNextPage: true, hasPreviousPage: false },
          edges: articles.slice(0, first).map((a) => ({ cursor: a.id, node: a })),
        }),
      },
      Article: { entities: (a) => a.entities.map((e) => ({ entity: e, mentionCount: e.mentions.length })) },
    },
  });
  let runs = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const r = await graphql({ schema, source: LIST_QUERY });
    if (r.errors) throw new Error(r.errors[0].message);
    runs++;
  }
  return { requestsPerSecond: round(runs / seconds) };
}

/** autocannon at 50 connections on three canonical queries against the built server on `dataDir`. */
export async function benchApi(dataDir, { port, duration = 20, loadSeconds = 0 }) {
  const { url, child } = await startServer(dataDir, port);
  try {
    const top = await post(
      url,
      '{ entities(first: 1, filter: { types: [PERSON] }) { edges { node { id } } } }',
    );
    const entityId = top.data?.entities.edges[0]?.node.id ?? 'person:none';
    const body = (query, variables) => JSON.stringify({ query, variables });
    const result = {
      list: await cannon(url, [{ body: body(LIST_QUERY) }], duration),
      // The same list, each request with a date bound no other request shares: never a cache hit.
      listUncached: await cannon(
        url,
        [{ setupRequest: (req) => ({ ...req, body: body(LIST_UNCACHED_QUERY, { to: distinctDate() }) }) }],
        duration,
      ),
      entityPage: await cannon(url, [{ body: body(ENTITY_QUERY, { id: entityId }) }], duration),
      quoteSearch: await cannon(url, [{ body: body(QUOTE_QUERY) }], duration),
      ceilingListInMemory: await ceiling(),
    };
    if (loadSeconds > 0) {
      const rssBefore = rssOf(child.pid);
      const load = await cannon(
        url,
        [
          { body: body(LIST_QUERY) },
          { body: body(ENTITY_QUERY, { id: entityId }) },
          { body: body(QUOTE_QUERY) },
        ],
        loadSeconds,
      );
      result.mixedLoad = {
        seconds: loadSeconds,
        ...load,
        serverRssBeforeMb: mb(rssBefore),
        serverRssAfterMb: mb(rssOf(child.pid)),
      };
    }
    return result;
  } finally {
    child.kill('SIGTERM');
  }
}
