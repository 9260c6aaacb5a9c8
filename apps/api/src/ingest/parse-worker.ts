import { parentPort } from 'node:worker_threads';
import {
  type Article,
  type ArticleParseErrorCode,
  isArticleParseError,
  parseDocument,
  type TextEncodingName,
} from '@teletipo/model';
import { contentHash } from './hash.js';
import { readArticleFile } from './read-file.js';

// A worker thread that reads and parses articles, so parsing (the CPU-heavy part of an ingest, and
// unbounded on hostile input) never runs on the main thread, which serves requests.

/** A file to read and parse. */
export interface FileTask {
  path: string;
  /** Hash of the text already stored for this path, if any: an unchanged file is not parsed again. */
  knownHash?: string | undefined;
}

/** A text sent through the API, with the source it is stored under. */
export interface TextTask {
  text: string;
  source?: string | undefined;
}

export type ParseTask = FileTask | TextTask;

/** `path` is the file's path, or a text's source (empty without one). */
export type ParseResult =
  | { path: string; status: 'parsed'; article: Article; hash: string; encoding: TextEncodingName }
  | { path: string; status: 'unchanged' }
  | { path: string; status: 'failed'; message: string; parseError?: ArticleParseErrorCode | 'TIMEOUT' };

export const pathOf = (task: ParseTask) => ('text' in task ? (task.source ?? '') : task.path);

async function parseTask(task: ParseTask): Promise<ParseResult> {
  const path = pathOf(task);
  try {
    const { text, encoding } =
      'text' in task ? { text: task.text, encoding: 'utf-8' as const } : await readArticleFile(task.path);
    const hash = contentHash(text);
    if ('knownHash' in task && hash === task.knownHash) return { path, status: 'unchanged' };
    // Plain text, ninjs or NewsML-G2, as the content says.
    const article = parseDocument(text, path === '' ? {} : { source: path });
    return { path, status: 'parsed', article, hash, encoding };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, status: 'failed', message, ...(isArticleParseError(error) && { parseError: error.code }) };
  }
}

// One result per message, as each task ends: the pool times each task and, should one run too long,
// knows which it was and which of the batch are left.
parentPort?.on('message', async (message: { tasks: ParseTask[] }) => {
  for (const task of message.tasks) parentPort!.postMessage({ result: await parseTask(task) });
});
parentPort?.postMessage({ ready: true });
