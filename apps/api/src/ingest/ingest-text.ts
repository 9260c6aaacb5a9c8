import { ArticleParseError } from '@teletipo/model';
import type { Store } from '../store/connect.js';
import { sourcesOf } from '../store/sources.js';
import { contentHash } from './hash.js';
import { type IngestStatus, storeBatch } from './store-batch.js';
import type { ParsePool } from './worker-pool.js';

export { contentHash };

export type IngestOutcome = { status: IngestStatus; articleId: string };

/** The text took longer to parse than the pool allows; its worker was abandoned. */
export class ParseTimeoutError extends Error {
  override readonly name = 'ParseTimeoutError';
}

/**
 * Parses (in a worker of `parser`) and stores one article's text in its own transaction; throws
 * `ArticleParseError` for text that is not an article and `ParseTimeoutError` for one too costly to
 * parse. A `source` whose text is unchanged since it was stored is skipped.
 */
export async function ingestText(
  store: Store,
  parser: ParsePool,
  text: string,
  source?: string,
): Promise<IngestOutcome> {
  const hash = contentHash(text);
  if (source !== undefined) {
    const known = (await sourcesOf(store.db, [source])).get(source);
    if (known?.content_hash === hash) return { status: 'unchanged', articleId: known.article_id };
  }
  const result = (await parser.parse([{ text, source }]))[0]!;
  if (result.status === 'failed') {
    const { message, parseError } = result;
    if (parseError === 'TIMEOUT') throw new ParseTimeoutError(message);
    throw parseError ? new ArticleParseError(parseError, message) : new Error(message);
  }
  // A text sent has no stored hash to compare with, so it is always parsed.
  if (result.status !== 'parsed') throw new Error(`unexpected parse status ${result.status}`);
  const [status] = await storeBatch(store, [{ article: result.article, source, hash }]);
  return { status: status!, articleId: result.article.id };
}
