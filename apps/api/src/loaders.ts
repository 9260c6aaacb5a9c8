import DataLoader from 'dataloader';
import { articlesByIds, articleTexts } from './store/articles.js';
import { entitiesOfArticles, mentionsOfArticles } from './store/article-entities.js';
import type { Store } from './store/connect.js';
import { entitiesByIds, entityDetails } from './store/entities.js';
import { figuresOfArticles } from './store/figures.js';
import { quotesByIds, quotesOfArticles } from './store/quotes.js';

// One set per request: every field of a page asks its loader, and each loader sends one query per
// tick for all the keys asked, so a page of 50 articles costs the same few queries as a page of 5.

function byKey<T, K extends keyof T>(keys: readonly string[], rows: T[], key: K): (T | null)[] {
  const map = new Map(rows.map((row) => [row[key] as unknown as string, row]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupedBy<T, K extends keyof T>(keys: readonly string[], rows: T[], key: K): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row[key] as unknown as string)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

export function createLoaders(store: Store) {
  const { db } = store;
  return {
    article: new DataLoader(async (ids: readonly string[]) => byKey(ids, await articlesByIds(db, ids), 'id')),
    articleText: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await articleTexts(db, ids), 'id'),
    ),
    entity: new DataLoader(async (ids: readonly string[]) => byKey(ids, await entitiesByIds(db, ids), 'id')),
    entityDetails: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await entityDetails(db, ids), 'entity_id'),
    ),
    quote: new DataLoader(async (ids: readonly string[]) => byKey(ids, await quotesByIds(db, ids), 'id')),
    quotesOfArticle: new DataLoader(async (ids: readonly string[]) =>
      groupedBy(ids, await quotesOfArticles(db, ids), 'article_id'),
    ),
    figuresOfArticle: new DataLoader(async (ids: readonly string[]) =>
      groupedBy(ids, await figuresOfArticles(db, ids), 'article_id'),
    ),
    entitiesOfArticle: new DataLoader(async (ids: readonly string[]) =>
      groupedBy(ids, await entitiesOfArticles(db, ids), 'article_id'),
    ),
    mentionsOfArticle: new DataLoader(async (ids: readonly string[]) =>
      groupedBy(ids, await mentionsOfArticles(db, ids), 'article_id').map(
        (rows) => new Map(rows.map((r) => [r.entity_id, r.mentions])),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
