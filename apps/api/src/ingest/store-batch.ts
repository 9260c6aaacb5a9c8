import type { Article } from '@teletipo/model';
import type { Store } from '../store/connect.js';
import { dropOrphans, recordSources, sourcesOf } from '../store/sources.js';
import { addToVocabulary } from '../store/vocabulary.js';
import { writeArticles } from '../store/write-articles.js';

export interface ParsedFile {
  article: Article;
  /** Where the text came from; articles without one (sent through the API) are not tracked. */
  source?: string | undefined;
  hash: string;
}

export type IngestStatus = 'added' | 'updated' | 'unchanged';

/**
 * Stores a batch of parsed articles in one transaction: a crash or a reader sees all of the batch or
 * none of it, never part of an article. A file whose text changed replaces its previous article.
 */
export async function storeBatch(store: Store, batch: readonly ParsedFile[]): Promise<IngestStatus[]> {
  if (batch.length === 0) return [];
  const statuses = await store.db.transaction().execute(async (tx) => {
    const tracked = batch.filter((p): p is ParsedFile & { source: string } => p.source !== undefined);
    const previous = await sourcesOf(
      tx,
      tracked.map((p) => p.source),
    );
    await writeArticles(
      tx,
      batch.map((p) => p.article),
    );
    await recordSources(
      tx,
      tracked.map((p) => ({ path: p.source, article_id: p.article.id, content_hash: p.hash })),
    );
    const replaced = tracked
      .map((p) => previous.get(p.source)?.article_id)
      .filter((id): id is string => id !== undefined && !batch.some((p) => p.article.id === id));
    await dropOrphans(tx, replaced);
    return batch.map((p) => (p.source !== undefined && previous.has(p.source) ? 'updated' : 'added'));
  });
  await addToVocabulary(
    store.db,
    batch.map((p) => p.article.id),
  );
  store.cache.invalidate();
  return statuses;
}
