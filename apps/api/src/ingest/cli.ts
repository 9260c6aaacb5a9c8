#!/usr/bin/env node
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readConfig } from '../config.js';
import { openStore } from '../store/connect.js';
import { bulkIngest, type BulkProgress } from './bulk.js';
import { listArticleFiles } from './seeds.js';

// `npm run ingest -- <dir|file>...`: stores many articles at once into the store the server uses
// (DATABASE_URL, or PGlite at TELETIPO_DATA), with a progress bar. Safe to interrupt and run again.

const usage = 'usage: npm run ingest -- [--batch 500] [--workers N] <dir|file>...';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      batch: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const batchSize = Number(values.batch ?? 500);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (!Number.isInteger(batchSize) || batchSize < 1 || (workers !== undefined && !(workers >= 1))) {
    console.error(usage);
    return 2;
  }

  // npm runs workspace scripts from the workspace folder; paths are meant from where the user typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const paths: string[] = [];
  for (const arg of positionals) {
    const path = resolve(cwd, arg);
    paths.push(...((await stat(path)).isDirectory() ? await listArticleFiles(path) : [path]));
  }

  const config = readConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const started = performance.now();
  const tty = Boolean(process.stderr.isTTY);
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} files · {rate} articles/s · {failed} failed',
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  if (tty) bar.start(paths.length, 0, { rate: 0, failed: 0 });
  const rate = (p: BulkProgress) =>
    Math.round((p.added + p.updated) / ((performance.now() - started) / 1000));
  try {
    const result = await bulkIngest(store, paths, {
      batchSize,
      ...(workers !== undefined && { workers }),
      onProgress: (p) => {
        if (tty) bar.update(p.done, { rate: rate(p), failed: p.failed.length });
        // Without a terminal, one line per batch (logs, CI, the crash test).
        else console.error(`ingest: ${p.done}/${p.total} files stored or skipped`);
      },
    });
    if (tty) bar.stop();
    for (const f of result.decoded) console.error(`${f.path}: decoded as ${f.encoding}`);
    for (const f of result.failed) console.error(`${f.path}: ${f.message}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ingest: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ` +
        `${result.failed.length} failed, in ${seconds.toFixed(1)} s (${rate(result)} articles/s, ` +
        `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, store: ${store.kind})`,
    );
    return result.failed.length > 0 ? 1 : 0;
  } finally {
    if (tty) bar.stop();
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
