import { type Kysely, sql } from 'kysely';
import { type ArticleFilterInput, articleConditions } from './article-filter.js';
import { paginate, type OrderKey } from './paginate.js';
import type { ArticleRow, ArticleTextRow } from './rows.js';
import type { Store } from './connect.js';
import type { Database } from './tables.js';
import { articleSnippets } from './snippets.js';
import { textQuery } from './text-query.js';

export interface ArticleQuery {
  filter?: ArticleFilterInput | null;
  orderBy?: { field: 'DATE' | 'RELEVANCE'; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
  /** Largest `first` allowed (exports read larger pages than the API serves). */
  maxFirst?: number;
  /** Extracts for a search (default on). */
  snippets?: boolean;
}

// Lists and lookups leave the text out (most of an article's bytes); `articleTexts` loads it.
const COLUMNS = sql`a.id, a.source, a.date, a.title, a.dateline, a.place, a.agency,
  a.word_count, a.quote_count, a.entity_count, a.figure_count`;

/** A page of articles, newest first unless ordered otherwise; with extracts when searching. */
export async function findArticles(store: Store, query: ArticleQuery) {
  const page = await findArticleRows(store, query);
  const search = query.filter?.search?.trim();
  if (search && page.rows.length > 0 && query.snippets !== false) {
    const snippets = await articleSnippets(
      store.db,
      page.rows.map((r) => r.id),
      search,
    );
    page.rows = page.rows.map((row) => ({ ...row, snippet: snippets.get(row.id) ?? null }));
  }
  return page;
}

function findArticleRows(store: Store, query: ArticleQuery) {
  const byRelevance = query.orderBy?.field === 'RELEVANCE' && query.filter?.search?.trim();
  const order: OrderKey[] = byRelevance
    ? [
        { expr: sql`ts_rank(a.search, ${textQuery(query.filter!.search!)})::float8`, type: 'float8' },
        { expr: sql`a.id`, type: 'text' },
      ]
    : [
        { expr: sql`a.date`, type: 'date' },
        { expr: sql`a.id`, type: 'text' },
      ];
  const [driver, ...others] = byRelevance ? [] : [...new Set(query.filter?.entityIds ?? [])];
  if (driver) {
    // Articles naming an entity, newest first, read from that entity's links in date order; the sort
    // keys are the article's date and id, so cursors are the same as for any article list.
    return paginate<ArticleRow>(store, {
      select: COLUMNS,
      from: sql`article_entities d join articles a on a.id = d.article_id`,
      where: [sql`d.entity_id = ${driver}`, ...articleConditions({ ...query.filter, entityIds: others })],
      order: [
        { expr: sql`d.date`, type: 'date' },
        { expr: sql`d.article_id`, type: 'text' },
      ],
      direction: query.orderBy?.direction === 'ASC' ? 'asc' : 'desc',
      first: query.first,
      after: query.after,
      maxFirst: query.maxFirst,
    });
  }
  return paginate<ArticleRow>(store, {
    select: COLUMNS,
    from: sql`articles a`,
    where: articleConditions(query.filter),
    order,
    direction: query.orderBy?.direction === 'ASC' ? 'asc' : 'desc',
    first: query.first,
    after: query.after,
    maxFirst: query.maxFirst,
  });
}

export async function articlesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<ArticleRow[]> {
  const { rows } =
    await sql<ArticleRow>`select ${COLUMNS} from articles a where a.id = any(${[...ids]}::text[])`.execute(
      db,
    );
  return rows;
}

export async function articleTexts(db: Kysely<Database>, ids: readonly string[]): Promise<ArticleTextRow[]> {
  const { rows } = await sql<ArticleTextRow>`
    select a.id, a.body, a.paragraphs from articles a where a.id = any(${[...ids]}::text[])`.execute(db);
  return rows;
}
