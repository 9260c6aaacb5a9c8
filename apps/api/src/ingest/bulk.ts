import type { Store } from '../store/connect.js';
import { analyze } from '../store/migrations.js';
import { sourcesOf } from '../store/sources.js';
import type { ParseResult } from './parse-worker.js';
import { type ParsedFile, storeBatch } from './store-batch.js';
import { ParsePool } from './worker-pool.js';

export interface BulkProgress {
  total: number;
  done: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: { path: string; message: string }[];
  /** Files read in an encoding other than UTF-8, which may deserve a look. */
  decoded: { path: string; encoding: string }[];
}

export interface BulkOptions {
  /** Articles per transaction. */
  batchSize?: number;
  workers?: number;
  /** Parses with this pool (left open) instead of one of its own. */
  pool?: ParsePool;
  onProgress?: (progress: BulkProgress) => void;
}

/** Paths looked up per query when finding what is already stored. */
const LOOKUP = 5_000;

/**
 * Ingests many files: worker threads read and parse them while the main thread stores the previous
 * batch, each batch in one transaction. Memory stays bounded by two batches whatever the corpus size.
 * Killed at any moment, the store holds whole batches only; run again, it skips what is stored (by
 * content hash) and carries on, so nothing is lost or duplicated.
 */
export async function bulkIngest(
  store: Store,
  paths: readonly string[],
  options: BulkOptions = {},
): Promise<BulkProgress> {
  const batchSize = options.batchSize ?? 500;
  const progress: BulkProgress = {
    total: paths.length,
    done: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    decoded: [],
  };
  const pool = options.pool ?? new ParsePool(options.workers);
  try {
    // What is already stored is looked up before the workers start, never while a batch is being
    // written: the store runs one statement at a time, so a lookup queued behind a write would
    // keep the workers idle until it ends.
    const parseBatch = async (start: number): Promise<{ results: Promise<ParseResult[]> }> => {
      const slice = paths.slice(start, start + batchSize);
      const known = new Map<string, string>();
      for (let i = 0; i < slice.length; i += LOOKUP) {
        for (const [path, row] of await sourcesOf(store.db, slice.slice(i, i + LOOKUP)))
          known.set(path, row.content_hash);
      }
      const results = pool.parse(slice.map((path) => ({ path, knownHash: known.get(path) })));
      // A worker failure surfaces when the batch is awaited, not as an unhandled rejection meanwhile.
      results.catch(() => {});
      return { results };
    };
    let next = paths.length > 0 ? await parseBatch(0) : undefined;
    for (let start = 0; next; start += batchSize) {
      const results = await next.results;
      // The next batch parses while this one is written.
      next = start + batchSize < paths.length ? await parseBatch(start + batchSize) : undefined;
      await storeResults(store, results, progress);
      progress.done += results.length;
      options.onProgress?.(progress);
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  if (progress.added + progress.updated > 0) await analyze(store.db);
  return progress;
}

async function storeResults(store: Store, results: ParseResult[], progress: BulkProgress): Promise<void> {
  const parsed: ParsedFile[] = [];
  for (const result of results) {
    if (result.status === 'parsed') {
      parsed.push({ article: result.article, source: result.path, hash: result.hash });
      if (result.encoding !== 'utf-8')
        progress.decoded.push({ path: result.path, encoding: result.encoding });
    } else if (result.status === 'unchanged') progress.unchanged++;
    else progress.failed.push({ path: result.path, message: result.message });
  }
  try {
    count(progress, await storeBatch(store, parsed));
  } catch {
    // One article the store refuses must not sink its whole batch: store them one by one to find it.
    for (const file of parsed) {
      try {
        count(progress, await storeBatch(store, [file]));
      } catch (error) {
        progress.failed.push({
          path: file.source!,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
}

function count(progress: BulkProgress, statuses: string[]): void {
  for (const status of statuses) {
    if (status === 'added') progress.added++;
    else if (status === 'updated') progress.updated++;
  }
}
