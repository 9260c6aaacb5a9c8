import { parseArticle } from '@teletipo/model';
import type { Store } from '../store/connect.js';
import { sourcesOf } from '../store/sources.js';
import { contentHash } from './hash.js';
import { type IngestStatus, storeBatch } from './store-batch.js';

export { contentHash };

export type IngestOutcome = { status: IngestStatus; articleId: string };

/**
 * Parses and stores one article's text in its own transaction; throws `ArticleParseError` for text
 * that is not an article. A file (`source`) whose text is unchanged since it was stored is skipped.
 */
export async function ingestText(store: Store, text: string, source?: string): Promise<IngestOutcome> {
  const hash = contentHash(text);
  if (source !== undefined) {
    const known = (await sourcesOf(store.db, [source])).get(source);
    if (known?.content_hash === hash) return { status: 'unchanged', articleId: known.article_id };
  }
  const article = parseArticle(text, source === undefined ? {} : { source });
  const [status] = await storeBatch(store, [{ article, source, hash }]);
  return { status: status!, articleId: article.id };
}
