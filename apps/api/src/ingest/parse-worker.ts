import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { type Article, parseArticle } from '@teletipo/model';
import { contentHash } from './hash.js';

// A worker thread that reads and parses article files, so parsing (the CPU-heavy part of an ingest)
// runs beside the main thread's database writes.

export interface ParseTask {
  path: string;
  /** Hash of the text already stored for this path, if any: an unchanged file is not parsed again. */
  knownHash?: string | undefined;
}

export type ParseResult =
  | { path: string; status: 'parsed'; article: Article; hash: string }
  | { path: string; status: 'unchanged' }
  | { path: string; status: 'failed'; message: string };

async function parseFile({ path, knownHash }: ParseTask): Promise<ParseResult> {
  try {
    const text = await readFile(path, 'utf8');
    const hash = contentHash(text);
    if (hash === knownHash) return { path, status: 'unchanged' };
    return { path, status: 'parsed', article: parseArticle(text, { source: path }), hash };
  } catch (error) {
    return { path, status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', async (message: { id: number; tasks: ParseTask[] }) => {
  const results: ParseResult[] = [];
  for (const task of message.tasks) results.push(await parseFile(task));
  parentPort!.postMessage({ id: message.id, results });
});
