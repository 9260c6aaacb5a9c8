import { type Kysely, type RawBuilder, sql } from 'kysely';
import { paginate, type OrderKey } from './paginate.js';
import type { EntityDetailsRow, EntityRow } from './rows.js';
import type { Store } from './connect.js';
import type { Database } from './tables.js';

export interface EntityQuery {
  filter?: { types?: readonly string[] | null; search?: string | null; minArticles?: number | null } | null;
  orderBy?: { field: 'ARTICLE_COUNT' | 'MENTION_COUNT' | 'NAME'; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
}

const COLUMNS = sql`e.id, e.name, e.type, e.article_count, e.mention_count`;

/**
 * Entities by article count (default), mention count or name. `search` matches the start of any word
 * of any name or alias, accents and case aside, and tolerates typos through trigram similarity.
 */
export function findEntities(store: Store, query: EntityQuery) {
  const where: RawBuilder<unknown>[] = [sql`e.article_count > 0`];
  const f = query.filter;
  if (f?.types?.length) where.push(sql`e.type = any(${[...f.types]}::text[])`);
  if (f?.minArticles != null) where.push(sql`e.article_count >= ${f.minArticles}`);
  const search = f?.search?.trim();
  if (search) {
    // `%`, `_` and `\` typed by the user are matched as themselves, not as LIKE wildcards.
    const prefix = sql`replace(replace(replace(teletipo_fold(${search}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
    where.push(sql`(e.keys like ${prefix} || '%'
      or e.keys like '% ' || ${prefix} || '%'
      or e.keys like '%-' || ${prefix} || '%'
      or (length(${search}) >= 4 and word_similarity(teletipo_fold(${search}), e.keys) >= 0.6))`);
  }
  const field = query.orderBy?.field ?? 'ARTICLE_COUNT';
  const order: OrderKey[] =
    field === 'NAME'
      ? [
          { expr: sql`teletipo_fold(e.name)`, type: 'text' },
          { expr: sql`e.id`, type: 'text' },
        ]
      : [
          { expr: field === 'MENTION_COUNT' ? sql`e.mention_count` : sql`e.article_count`, type: 'int' },
          { expr: sql`e.id`, type: 'text' },
        ];
  const direction = query.orderBy?.direction ?? (field === 'NAME' ? 'ASC' : 'DESC');
  return paginate<EntityRow>(store, {
    select: COLUMNS,
    from: sql`entities e`,
    where,
    order,
    direction: direction === 'ASC' ? 'asc' : 'desc',
    first: query.first,
    after: query.after,
  });
}

export async function entitiesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<EntityRow[]> {
  const { rows } = await sql<EntityRow>`
    select ${COLUMNS} from entities e where e.id = any(${[...ids]}::text[]) and e.article_count > 0`.execute(
    db,
  );
  return rows;
}

/** Every other name and every role given to each entity, across all articles. */
export async function entityDetails(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<EntityDetailsRow[]> {
  const { rows } = await sql<EntityDetailsRow>`
    select e.id as entity_id,
      array(select distinct n from article_entities ae, unnest(ae.aliases || ae.name) n
            where ae.entity_id = e.id and n <> e.name order by n) as aliases,
      array(select distinct d from article_entities ae, unnest(ae.descriptors) d
            where ae.entity_id = e.id order by d) as descriptors
    from entities e where e.id = any(${[...ids]}::text[])`.execute(db);
  return rows;
}

/** Entities named in the same articles as this one, most shared articles first. */
export function relatedEntities(store: Store, id: string, first: number) {
  return store.cache.get(`related:${id}:${first}`, async () => {
    const { rows } = await sql<{ entity_id: string; count: number }>`
    select b.entity_id, count(*)::int as count
    from article_entities a join article_entities b on b.article_id = a.article_id and b.entity_id <> a.entity_id
    where a.entity_id = ${id}
    group by b.entity_id order by count desc, b.entity_id limit ${first}`.execute(store.db);
    return rows;
  });
}

/** Articles naming this entity, per month (`YYYY-MM`). */
export function entityTimeline(store: Store, id: string) {
  return store.cache.get(`timeline:${id}`, async () => {
    const { rows } = await sql<{ month: string; count: number }>`
    select to_char(ae.date, 'YYYY-MM') as month, count(*)::int as count
    from article_entities ae
    where ae.entity_id = ${id} group by month order by month`.execute(store.db);
    return rows;
  });
}

/** Quotes attributed to this entity, per month (`YYYY-MM`) of the article's date. */
export function entityQuoteTimeline(store: Store, id: string) {
  return store.cache.get(`quote-timeline:${id}`, async () => {
    const { rows } = await sql<{ month: string; count: number }>`
    select to_char(q.date, 'YYYY-MM') as month, count(*)::int as count
    from quotes q
    where q.speaker_id = ${id} group by month order by month`.execute(store.db);
    return rows;
  });
}

/**
 * Pairs among `neighbours` named together in the articles of entity `id`, with how many of those
 * articles. Bounded by the centre's articles and the (small) neighbour list, so it stays cheap even
 * for an entity named everywhere; at most 200 links.
 */
export function networkLinks(store: Store, id: string, neighbours: readonly string[]) {
  if (neighbours.length < 2) return Promise.resolve([]);
  return store.cache.get(`network:${id}:${neighbours.join(',')}`, async () => {
    const { rows } = await sql<{ source: string; target: string; count: number }>`
    select a.entity_id as source, b.entity_id as target, count(*)::int as count
    from article_entities c
    join article_entities a on a.article_id = c.article_id
    join article_entities b on b.article_id = c.article_id and a.entity_id < b.entity_id
    where c.entity_id = ${id}
      and a.entity_id = any(${[...neighbours]}::text[]) and b.entity_id = any(${[...neighbours]}::text[])
    group by a.entity_id, b.entity_id
    order by count desc, source, target limit 200`.execute(store.db);
    return rows;
  });
}
