#!/usr/bin/env node
import { startBanner } from './banner.js';
import { readConfig } from './config.js';
import { startServer } from './server.js';

// `node apps/api/dist/main.js`: the API and the web app on one port until SIGINT/SIGTERM.
try {
  const config = readConfig();
  const server = await startServer(config);
  // server.url holds the port actually bound (PORT=0 picks a free one).
  console.log(startBanner(config.host, Number(new URL(server.url).port), server.store.kind));
  server.ready.catch((error: unknown) => {
    console.error(`seeds: ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(`teletipo: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
