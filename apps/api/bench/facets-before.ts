import { type Kysely, sql } from 'kysely';
import { type ArticleFilterInput, articleConditions } from '../src/store/article-filter.js';
import { and } from '../src/store/paginate.js';
import type { Store } from '../src/store/connect.js';
import type { Database } from '../src/store/tables.js';

const TOP = 10;

export interface FacetCounts {
  total: number;
  entities: { type: string; entity_id: string; count: number }[];
  speakers: { entity_id: string; count: number }[];
  agencies: { value: string; count: number }[];
  places: { value: string; count: number }[];
  figureKinds: { value: string; count: number }[];
  months: { month: string; count: number }[];
}

/** The facets query before migration 0004 (counts over every matching article), kept to measure against. */
export function facetsBefore(
  store: Store,
  filter: ArticleFilterInput | null | undefined,
): Promise<FacetCounts> {
  return computeFacets(store.db, filter);
}

async function computeFacets(
  db: Kysely<Database>,
  filter: ArticleFilterInput | null | undefined,
): Promise<FacetCounts> {
  const matching = sql`select a.id, a.date, a.agency, a.place from articles a where ${and(articleConditions(filter))}`;
  const [total, entities, speakers, agencies, places, figureKinds, months] = await Promise.all([
    sql<{ n: number }>`select count(*)::int as n from (${matching}) m`.execute(db),
    sql<{ type: string; entity_id: string; count: number }>`
      select type, entity_id, count from (
        select e.type, ae.entity_id, count(*)::int as count,
          row_number() over (partition by e.type order by count(*) desc, ae.entity_id) as rank
        from (${matching}) m join article_entities ae on ae.article_id = m.id join entities e on e.id = ae.entity_id
        group by e.type, ae.entity_id) t
      where rank <= ${TOP} order by type, count desc, entity_id`.execute(db),
    sql<{ entity_id: string; count: number }>`
      select q.speaker_id as entity_id, count(distinct q.article_id)::int as count
      from (${matching}) m join quotes q on q.article_id = m.id where q.speaker_id is not null
      group by q.speaker_id order by count desc, entity_id limit ${TOP}`.execute(db),
    sql<{ value: string; count: number }>`
      select agency as value, count(*)::int as count from (${matching}) m where agency is not null
      group by agency order by count desc, value limit ${TOP}`.execute(db),
    sql<{ value: string; count: number }>`
      select place as value, count(*)::int as count from (${matching}) m where place is not null
      group by place order by count desc, value limit ${TOP}`.execute(db),
    sql<{ value: string; count: number }>`
      select f.kind as value, count(distinct f.article_id)::int as count
      from (${matching}) m join figures f on f.article_id = m.id
      group by f.kind order by count desc, value`.execute(db),
    sql<{ month: string; count: number }>`
      select to_char(date, 'YYYY-MM') as month, count(*)::int as count from (${matching}) m
      group by month order by month`.execute(db),
  ]);
  return {
    total: total.rows[0]?.n ?? 0,
    entities: entities.rows,
    speakers: speakers.rows,
    agencies: agencies.rows,
    places: places.rows,
    figureKinds: figureKinds.rows,
    months: months.rows,
  };
}
