import { type Kysely, type RawBuilder, sql } from 'kysely';
import { badInput } from '../errors.js';
import { textQuery } from './text-query.js';
import { paginate } from './paginate.js';
import type { QuoteRow } from './rows.js';
import type { Store } from './connect.js';
import type { Database } from './tables.js';

export interface QuoteQuery {
  filter?: {
    speakerIds?: readonly string[] | null;
    search?: string | null;
    direct?: boolean | null;
    articleId?: string | null;
    dateFrom?: string | null;
    dateTo?: string | null;
    minWords?: number | null;
  } | null;
  orderBy?: { field: 'DATE'; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
  /** Largest `first` allowed (exports read larger pages than the API serves). */
  maxFirst?: number;
}

const COLUMNS = sql`q.id, q.article_id, q.position, q.start, q."end", q.text, q.direct, q.cue, q.speaker_name,
  q.speaker_id, q.speaker_kind, q.date, q.explanation_rule, q.explanation_summary,
  case when s.id is null then null else json_build_object('id', s.id, 'name', s.name, 'type', s.type,
    'article_count', s.article_count, 'mention_count', s.mention_count) end as speaker`;

// The speaker entity comes with each quote (one query for a page, not one more per speaker).
const FROM = sql`quotes q left join entities s on s.id = q.speaker_id and s.article_count > 0`;

/** Longest fragment threshold a client may ask for: past this it is no longer about hiding fragments. */
export const MAX_MIN_WORDS = 50;

/** The conditions of a quote filter, shared by the list and the speaker counts. */
export function quoteConditions(f: QuoteQuery['filter']): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  const speakers = [...new Set(f?.speakerIds ?? [])];
  // One speaker (an entity's page) is an equality, so the planner reads that speaker's quotes in order
  // from its index; `= any(array)` would scan all quotes newest first and filter.
  if (speakers.length === 1) where.push(sql`q.speaker_id = ${speakers[0]}`);
  else if (speakers.length > 1) where.push(sql`q.speaker_id = any(${speakers}::text[])`);
  if (f?.search?.trim()) where.push(sql`q.search @@ ${textQuery(f.search)}`);
  if (f?.direct != null) where.push(sql`q.direct = ${f.direct}`);
  if (f?.articleId) where.push(sql`q.article_id = ${f.articleId}`);
  if (f?.dateFrom) where.push(sql`q.date >= ${f.dateFrom}::date`);
  if (f?.dateTo) where.push(sql`q.date <= ${f.dateTo}::date`);
  if (f?.minWords != null) {
    if (!Number.isInteger(f.minWords) || f.minWords < 1 || f.minWords > MAX_MIN_WORDS)
      throw badInput(`filter.minWords must be between 1 and ${MAX_MIN_WORDS}, got ${f.minWords}`, 'minWords');
    if (f.minWords > 1) where.push(sql`q.word_count >= ${f.minWords}`);
  }
  return where;
}

/** Quotes, newest article first and in reading order within an article. */
export function findQuotes(store: Store, query: QuoteQuery) {
  const where = quoteConditions(query.filter);
  const asc = query.orderBy?.direction === 'ASC';
  return paginate<QuoteRow>(store, {
    select: COLUMNS,
    from: FROM,
    countFrom: sql`quotes q`,
    where,
    // Position counts down so that, newest first, an article's quotes still read top to bottom.
    order: [
      { expr: sql`q.date`, type: 'date' },
      { expr: sql`q.article_id`, type: 'text' },
      { expr: asc ? sql`q.position` : sql`-q.position`, type: 'int' },
    ],
    direction: asc ? 'asc' : 'desc',
    first: query.first,
    after: query.after,
    maxFirst: query.maxFirst,
  });
}

export async function quotesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<QuoteRow[]> {
  const { rows } =
    await sql<QuoteRow>`select ${COLUMNS} from ${FROM} where q.id = any(${[...ids]}::text[])`.execute(db);
  return rows;
}

export async function quotesOfArticles(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<QuoteRow[]> {
  const { rows } = await sql<QuoteRow>`
    select ${COLUMNS} from ${FROM} where q.article_id = any(${[...articleIds]}::text[])
    order by q.article_id, q.position`.execute(db);
  return rows;
}

/** Who is quoted most under a quote filter: speakers that are entities, by number of quotes. */
export function topSpeakers(store: Store, filter: QuoteQuery['filter'], first: number) {
  const where = [...quoteConditions(filter), sql`q.speaker_id is not null`];
  return store.cache.get(`speakers:${JSON.stringify(filter ?? {})}:${first}`, async () => {
    const { rows } = await sql<{ entity_id: string; count: number }>`
      select q.speaker_id as entity_id, count(*)::int as count
      from quotes q join entities s on s.id = q.speaker_id and s.article_count > 0
      where ${sql.join(where, sql` and `)}
      group by q.speaker_id order by count desc, q.speaker_id limit ${first}`.execute(store.db);
    return rows;
  });
}
