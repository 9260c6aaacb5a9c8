import { type FSWatcher, watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Store } from '../store/connect.js';
import { dropOrphans, forgetSources, sourcesBelow } from '../store/sources.js';
import { ingestText } from './ingest-text.js';

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: { path: string; message: string }[];
}

export type Log = (line: string) => void;

/** Every `*.txt` below `dir`, sorted, as paths. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Brings the store in line with a folder of articles: new and changed files are (re)parsed, each in its
 * own transaction; unchanged ones are skipped by content hash; a bad file is logged with its path and
 * skipped; articles whose file is gone are removed.
 */
export async function ingestFolder(store: Store, dir: string, log: Log): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, removed: 0, failed: [] };
  const files = await listArticleFiles(dir);
  for (const path of files) {
    try {
      const text = await readFile(path, 'utf8');
      const outcome = await ingestText(store, text, path);
      summary[outcome.status]++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      summary.failed.push({ path, message });
      log(`seeds: skipped ${path}: ${message}`);
    }
  }
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
export function watchFolder(store: Store, dir: string, log: Log, debounceMs = 300): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          const s = await ingestFolder(store, dir, log);
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
