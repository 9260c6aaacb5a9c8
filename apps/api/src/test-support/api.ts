import type { Article } from '@teletipo/model';
import type { Config } from '../config.js';
import { contentHash } from '../ingest/ingest-text.js';
import { storeBatch } from '../ingest/store-batch.js';
import { type RunningServer, startServer } from '../server.js';
import type { Store } from '../store/connect.js';
import type { TestStoreKind } from './stores.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }[];
}

export interface TestApi {
  url: string;
  store: Store;
  server: RunningServer;
  log: string[];
  /** POSTs one operation to /graphql the way a client does. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  seedsDir?: string;
  token?: string;
  watchSeeds?: boolean;
  webDist?: string;
  development?: boolean;
  queryTimeoutMs?: number;
  onQuery?: (sql: string) => void;
}

/** Stores articles directly (not through the model), each in its own transaction. */
export async function loadArticles(store: Store, articles: readonly Article[]): Promise<void> {
  for (const article of articles) await storeBatch(store, [{ article, hash: contentHash(article.body) }]);
}

/** The real server on a free port over a fresh store of the given kind; nothing is seeded. */
export async function startTestApi(kind: TestStoreKind, options: TestApiOptions = {}): Promise<TestApi> {
  const store = await kind.open(options.onQuery ? { onQuery: options.onQuery } : {});
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: 'memory://',
    seedsDir: options.seedsDir ?? '',
    token: options.token,
    webDist: options.webDist ?? '/nonexistent',
    development: options.development ?? false,
    watchSeeds: options.watchSeeds ?? false,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
  };
  const log: string[] = [];
  const server = await startServer(config, (line) => log.push(line), store);
  await server.ready;
  return {
    url: server.url,
    store,
    server,
    log,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: res.status, ...body };
    },
    close: () => server.close(),
  };
}
