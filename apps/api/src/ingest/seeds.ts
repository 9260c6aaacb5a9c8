import { isArticleFileName } from '@teletipo/model';
import { type FSWatcher, watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Store } from '../store/connect.js';
import { dropOrphans, forgetSources, sourcesBelow } from '../store/sources.js';
import { bulkIngest } from './bulk.js';
import { ParsePool } from './worker-pool.js';

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: { path: string; message: string }[];
}

export type Log = (line: string) => void;

/** Every article file (`*.txt`, `*.json`, `*.xml`) below `dir`, sorted, as paths. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isArticleFileName(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Files stored per transaction: small, so the first seeds show up soon on a large folder. */
const SEEDS_BATCH = 50;

/**
 * Brings the store in line with a folder of articles: new and changed files are (re)parsed in worker
 * threads of `pool` (one of its own when none is given), never on the thread that serves requests;
 * unchanged ones are skipped by content hash; a bad file, or one that takes too long to parse, is
 * logged with its path and skipped; articles whose file is gone are removed.
 */
export async function ingestFolder(
  store: Store,
  folder: string,
  log: Log,
  pool?: ParsePool,
): Promise<IngestSummary> {
  // Stored paths are absolute, so they never collide with the API's `api:` sources.
  const dir = resolve(folder);
  const files = await listArticleFiles(dir);
  const parser = pool ?? new ParsePool({ size: 1 });
  let result;
  try {
    result = await bulkIngest(store, files, { pool: parser, batchSize: SEEDS_BATCH });
  } finally {
    if (!pool) await parser.close();
  }
  const { added, updated, unchanged, failed } = result;
  const summary: IngestSummary = { added, updated, unchanged, removed: 0, failed };
  for (const { path, encoding } of result.decoded)
    log(`seeds: ${relative(dir, path)} decoded as ${encoding}`);
  for (const { path, message } of failed) log(`seeds: skipped ${path}: ${message}`);
  const present = new Set(files);
  const gone = (await sourcesBelow(store.db, dir)).filter((r) => !present.has(r.path));
  if (gone.length > 0) {
    await store.db.transaction().execute(async (tx) => {
      await forgetSources(
        tx,
        gone.map((r) => r.path),
      );
      await dropOrphans(
        tx,
        gone.map((r) => r.article_id),
      );
    });
    store.cache.invalidate();
    summary.removed += gone.length;
    for (const row of gone) log(`seeds: removed ${relative(dir, row.path)} (file deleted)`);
  }
  return summary;
}

/**
 * Re-ingests the folder shortly after files change in it. Runs never overlap: changes that arrive
 * during a run schedule one more run.
 */
export function watchFolder(
  store: Store,
  dir: string,
  log: Log,
  debounceMs = 300,
  pool?: ParsePool,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          const s = await ingestFolder(store, dir, log, pool);
          if (s.added + s.updated + s.removed > 0)
            log(`seeds: ${s.added} added, ${s.updated} updated, ${s.removed} removed`);
        } catch (error) {
          log(`seeds: could not re-read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }, debounceMs);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, schedule);
    watcher.on('error', (error) => log(`seeds: watching ${dir} failed: ${error.message}`));
  } catch (error) {
    log(`seeds: cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
