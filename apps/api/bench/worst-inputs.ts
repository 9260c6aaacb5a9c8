import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/connect.js';

// The most expensive requests the input limits still allow (schema.graphql's @limit): full-size
// searches, the most common entities as the 20 allowed ids, every kind, every filter at once. Each runs
// with nothing cached; the slowest run of each is printed, and should stay well under a second.
// `TELETIPO_DATA=… node --import tsx --conditions source bench/worst-inputs.ts [--runs 3]`

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
// Seeds are stored only when TELETIPO_SEEDS names a folder (e.g. for a throwaway memory:// store).
const config = { ...readConfig(), port: 0, host: '127.0.0.1', watchSeeds: false };
if (!process.env.TELETIPO_SEEDS) config.seedsDir = '';
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const server = await startServer(config, () => {}, store);
await server.ready;
const count = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ articles { totalCount } entities { totalCount } }' }),
}).then((r) => r.text());
console.log(`store: ${store.kind}, ${count}`);

interface Answer {
  data?: Record<string, { edges?: { node: { id: string } }[] }>;
  errors?: { message: string }[];
}
const post = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
};

const top = async (type: string) =>
  (
    await post(`{ entities(first: 20, filter: { types: [${type}] }) { edges { node { id } } } }`)
  ).data!.entities!.edges!.map((e) => e.node.id);
const people = await top('PERSON');
const places = await top('LOCATION');
const common = (await top('ORGANIZATION')).concat(people).slice(0, 20);
const words =
  'plan gobierno ministra presidente inversion millones euros transporte hospitales escuelas vivienda agua puertos carreteras oposicion pleno ';
const search = words.repeat(4).slice(0, 200);
const KINDS = [
  'MONEY',
  'PERCENT',
  'PERCENTAGE_POINTS',
  'COUNT',
  'QUANTITY',
  'AGE',
  'YEAR',
  'DURATION',
  'DATE',
  'NUMBER',
];

const articleFilter = (ids: string[]) => ({
  search,
  entityIds: ids,
  speakerIds: people,
  figureKinds: KINDS,
  dateFrom: '1990-01-01',
  dateTo: '2030-12-31',
  hasQuotes: true,
});
const cases: [string, string, (ids: string[]) => Record<string, unknown>][] = [
  [
    'articles: 20 common entity ids, newest first',
    'query($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount edges { node { id } } } }',
    (ids) => ({ f: { entityIds: ids } }),
  ],
  [
    'articles: 20 places ascending + 20 speakers + 10 kinds',
    'query($f: ArticleFilter) { articles(filter: $f, first: 100, orderBy: { field: DATE, direction: ASC }) { totalCount edges { node { id } } } }',
    () => ({ f: { entityIds: places, speakerIds: people, figureKinds: KINDS } }),
  ],
  [
    'articles: every filter at its limit, by relevance',
    'query($f: ArticleFilter) { articles(filter: $f, first: 100, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount edges { node { id } } } }',
    (ids) => ({ f: articleFilter(ids) }),
  ],
  [
    'articles: 200-character search only, by relevance',
    'query($s: String) { articles(filter: { search: $s }, first: 100, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount edges { node { id } } } }',
    () => ({ s: search }),
  ],
  [
    'facets: every filter at its limit',
    'query($f: ArticleFilter) { facets(filter: $f) { total people { count } organizations { count } locations { count } misc { count } speakers { count } agencies { count } places { count } figureKinds { count } months { count } } }',
    (ids) => ({ f: articleFilter(ids) }),
  ],
  [
    'facets: 200-character search only',
    'query($s: String) { facets(filter: { search: $s }) { total people { count } speakers { count } months { count } } }',
    () => ({ s: search }),
  ],
  [
    'entities: 100-character search (fuzzy match on every entity)',
    'query($s: String) { entities(filter: { search: $s }, first: 100) { totalCount edges { node { id } } } }',
    () => ({ s: 'zx'.repeat(50) }),
  ],
  [
    'entities: 100-character real-looking search',
    'query($s: String) { entities(filter: { search: $s }, first: 100) { totalCount edges { node { id } } } }',
    () => ({
      s: 'Elena Vidal Arrieta Benavides Salcedo Pallarés Medina Quiroga Ugarte Lamas Ordaz Cabral Ferrer I'.slice(
        0,
        100,
      ),
    }),
  ],
  [
    'quotes: 200-character search + 20 speakers',
    'query($s: String, $p: [ID!]) { quotes(filter: { search: $s, speakerIds: $p }, first: 100) { totalCount edges { node { id } } } }',
    () => ({ s: search, p: people }),
  ],
  [
    'figures: 200-character search + 20 entities + 20 units + 10 kinds',
    'query($f: FigureFilter) { figures(filter: $f, first: 100) { totalCount edges { node { id } } } }',
    (ids) => ({
      f: {
        search,
        entityIds: ids,
        kinds: KINDS,
        units: ['EUR', 'USD', 'PERCENT', ...Array(17).fill('personas')],
      },
    }),
  ],
];

try {
  for (const [name, query, variables] of cases) {
    let worst = 0;
    let error: string | undefined;
    for (let i = 0; i < runs; i++) {
      store.cache.invalidate();
      // A different order of the same ids: other SQL parameters, so nothing is reused.
      const ids = [...common.slice(i), ...common.slice(0, i)];
      const started = performance.now();
      const answer = await post(query, variables(ids));
      worst = Math.max(worst, performance.now() - started);
      error ??= answer.errors?.[0]?.message;
    }
    console.log(`${worst.toFixed(0).padStart(6)} ms  ${name}${error ? `  ERROR: ${error}` : ''}`);
  }
} finally {
  await server.close();
}
