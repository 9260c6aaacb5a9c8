import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { bodyErrors } from './body-errors.js';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { ingestFolder, type Log, watchFolder } from './ingest/seeds.js';
import { ParsePool } from './ingest/worker-pool.js';
import { costLimitPlugin } from './cost.js';
import { formatError } from './format-error.js';
import { inputLimitsPlugin } from './input-limits.js';
import { queriesAndMutationsOnly } from './operation-kinds.js';
import { allowKeepingOf, keepablePlugin, ResponseCache } from './response-cache.js';
import { armor, LIMITS } from './limits.js';
import { createLoaders } from './loaders.js';
import { schema } from './schema.js';
import { securityHeaders } from './security-headers.js';
import { openStore, type Store } from './store/connect.js';
import { DeadlinePlugin, withBudget } from './store/deadline.js';
import { TokenGuard } from './token-guard.js';
import { exportRouter } from './export/router.js';
import { compress } from './web/compress.js';
import { serveRobots, serveWebApp } from './web/web-app.js';

export interface RunningServer {
  url: string;
  store: Store;
  /** Resolves when the seeds present at start are stored. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the store (or takes an open one: tests do), starts GraphQL at /graphql and the web app at /,
 * then stores the seeds (and keeps watching them). `/healthz` answers 503 until the first ingest is
 * done, then 200. `close()` closes the store too.
 */
export async function startServer(
  config: Config,
  log: Log = console.log,
  openedStore?: Store,
): Promise<RunningServer> {
  const store =
    openedStore ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // An ETag on a POSTed GraphQL answer is never used, and hashing every body cost 5% of a cached answer.
  app.set('etag', false);
  app.use(compress());
  const http: Server = await new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
  http.requestTimeout = 30_000;

  const protection = armor();
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // The playground's docs explorer and users' codegen need the schema in production too; the
    // cost plugin bounds what an introspection query may ask for.
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and closes the store after Apollo; two handlers raced and stalled exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development, log),
    validationRules: protection.validationRules,
    // graphql-js stops parsing at the token limit: a syntax error (400) before any work is done.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      queriesAndMutationsOnly<Context>(),
      inputLimitsPlugin<Context>(schema),
      costLimitPlugin<Context>(LIMITS.maxCost),
      keepablePlugin<Context>(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
    ],
  });
  await apollo.start();

  // Seeds and posted articles are parsed in worker threads, started on first use.
  const parser = new ParsePool();
  // Whoever can send articles (a seeds folder, a token) will: load the model in the workers now.
  if (config.seedsDir || config.token) parser.warm();
  const seedsDir = config.seedsDir && resolve(config.seedsDir);
  const responses = new ResponseCache(store.cache);
  const tokenGuard = new TokenGuard(config.token);
  let ready = false;
  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', store: store.kind });
  });
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    responses.middleware(),
    // The rest of the request runs within its time budget, which its SQL statements carry (deadline.ts).
    (_req, _res, next) => withBudget(config.queryTimeoutMs, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // Every statement of this request checks its time budget first (store/deadline.ts).
        const deadline = new DeadlinePlugin(Date.now() + config.queryTimeoutMs, config.queryTimeoutMs);
        const timed: Store = { ...store, db: store.db.withPlugin(deadline) };
        return {
          store: timed,
          loaders: createLoaders(timed),
          bearer: /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim(),
          parser,
          seedsDir,
          tokenGuard,
          client: req.ip ?? req.socket.remoteAddress ?? '',
          allowKeeping: allowKeepingOf(res),
        };
      },
    }),
  );

  app.use('/export', exportRouter(store));
  serveRobots(app);
  if (existsSync(join(config.webDist, 'index.html'))) {
    serveWebApp(app, config.webDist);
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send('Teletipo API: POST GraphQL to /graphql. Build the web app (npm run build) to browse.');
    });
  }
  app.use(bodyErrors(log));

  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  let stopWatching = () => {};
  const readyPromise = (async () => {
    if (config.seedsDir && existsSync(config.seedsDir)) {
      const s = await ingestFolder(store, config.seedsDir, log, parser);
      log(
        `seeds: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed, ` +
          `${s.failed.length} skipped (${config.seedsDir})`,
      );
      if (config.watchSeeds) stopWatching = watchFolder(store, config.seedsDir, log, undefined, parser);
    } else if (config.seedsDir) {
      log(`seeds: ${config.seedsDir} does not exist; starting with what the store holds`);
    }
    ready = true;
  })();

  return {
    url,
    store,
    ready: readyPromise,
    async close() {
      stopWatching();
      await readyPromise.catch(() => {});
      await apollo.stop();
      await parser.close();
      await store.close();
    },
  };
}
