import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type ArticleFilterInput, articleConditions } from './article-filter.js';
import { and, boundedCount, EXACT_COUNT_LIMIT } from './paginate.js';
import type { Store } from './connect.js';
import type { Database } from './tables.js';

const TOP = 10;
const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

/**
 * A filter's facets are counted over at most this many of its articles, the newest: the cost of a
 * filtered sidebar is then bounded whatever the archive's size (and the filter's breadth), and a
 * broad filter's top values barely change from sample to whole. The API says so (`sampled`, `basis`).
 */
export const FACET_SAMPLE = 1_000;

export interface FacetCounts {
  total: number;
  totalIsExact: boolean;
  /** Whether the counts below cover only the newest `basis` matching articles. */
  sampled: boolean;
  /** How many articles the counts below were computed over. */
  basis: number;
  entities: { type: string; entity_id: string; count: number }[];
  speakers: { entity_id: string; count: number }[];
  agencies: { value: string; count: number }[];
  places: { value: string; count: number }[];
  figureKinds: { value: string; count: number }[];
  months: { month: string; count: number }[];
}

/** What the articles matching a filter contain, counted in articles, for a facet sidebar. */
export function facets(store: Store, filter: ArticleFilterInput | null | undefined): Promise<FacetCounts> {
  const conditions = articleConditions(filter);
  return store.cache.get(`facets:${JSON.stringify(filter ?? {})}`, () =>
    conditions.length === 0 ? archiveFacets(store.db) : filteredFacets(store.db, conditions),
  );
}

type ValueCount = { value: string; count: number };

/**
 * The whole archive's facets, read from the counts kept at write time (facet_counts, and
 * entities.article_count): each list is a top-N walk of an index, so the cost does not grow with the
 * archive.
 */
async function archiveFacets(db: Kysely<Database>): Promise<FacetCounts> {
  const top = (facet: string, limit: number | null) => sql<ValueCount>`
    select value, articles as count from facet_counts
    where facet = ${facet} and articles > 0 order by articles desc, value limit ${limit}`;
  const [total, entities, speakers, agencies, places, figureKinds, months] = await Promise.all([
    sql<{ n: number }>`select articles as n from facet_counts where facet = 'total' and value = ''`.execute(
      db,
    ),
    sql<{ type: string; entity_id: string; count: number }>`
      select t.type, e.id as entity_id, e.article_count as count
      from unnest(${ENTITY_TYPES}::text[]) as t(type)
      cross join lateral (
        select id, article_count from entities
        where type = t.type and article_count > 0 order by article_count desc, id limit ${TOP}) e
      order by t.type, count desc, entity_id`.execute(db),
    top('speaker', TOP).execute(db),
    top('agency', TOP).execute(db),
    top('place', TOP).execute(db),
    top('figure_kind', null).execute(db),
    sql<{ month: string; count: number }>`
      select value as month, articles as count from facet_counts
      where facet = 'month' and articles > 0 order by value`.execute(db),
  ]);
  const n = total.rows[0]?.n ?? 0;
  return {
    total: n,
    totalIsExact: true,
    sampled: false,
    basis: n,
    entities: entities.rows,
    speakers: speakers.rows.map((r) => ({ entity_id: r.value, count: r.count })),
    agencies: agencies.rows,
    places: places.rows,
    figureKinds: figureKinds.rows,
    months: months.rows,
  };
}

/**
 * A filter's facets: its matching articles are counted up to EXACT_COUNT_LIMIT + 1 (a LIMIT inside the
 * count stops the scan there), and the facet lists are counted over its newest FACET_SAMPLE matches,
 * taken once (a materialized CTE) in date order from the `articles_date` index or from the filter's own
 * index, whichever the planner finds cheaper; the lists share one snapshot and one round trip.
 * Quotes and figures are read per sampled article (LATERAL, through their article index): a join let
 * PostgreSQL hash every quote and figure in the archive, a cost that grows with it.
 */
async function filteredFacets(db: Kysely<Database>, conditions: RawBuilder<unknown>[]): Promise<FacetCounts> {
  const where = and(conditions);
  // The bounded count and the sample are separate statements, so PostgreSQL runs them side by side
  // on two connections (at 20,000 articles a search for a common word spends ~60 ms on each).
  const counting = sql<{ n: number }>`
    select count(*)::int as n from (select 1 from articles a where ${where} limit ${EXACT_COUNT_LIMIT + 1}) c`.execute(
    db,
  );
  const sampling = sql<{
    basis: number;
    entities: FacetCounts['entities'] | null;
    speakers: FacetCounts['speakers'] | null;
    agencies: ValueCount[] | null;
    places: ValueCount[] | null;
    figure_kinds: ValueCount[] | null;
    months: FacetCounts['months'] | null;
  }>`
    with m as materialized (
      select a.id, a.date, a.agency, a.place from articles a where ${where}
      order by a.date desc, a.id desc limit ${FACET_SAMPLE}
    )
    select
      (select count(*)::int from m) as basis,
      (select json_agg(json_build_object('type', type, 'entity_id', entity_id, 'count', count)
                       order by type, count desc, entity_id)
       from (select e.type, ae.entity_id, count(*)::int as count,
               row_number() over (partition by e.type order by count(*) desc, ae.entity_id) as rank
             from m join article_entities ae on ae.article_id = m.id join entities e on e.id = ae.entity_id
             group by e.type, ae.entity_id) t
       where rank <= ${TOP}) as entities,
      (select json_agg(json_build_object('entity_id', entity_id, 'count', count) order by count desc, entity_id)
       from (select q.speaker_id as entity_id, count(*)::int as count
             from m cross join lateral (select distinct speaker_id from quotes
               where article_id = m.id and speaker_id is not null) q
             group by q.speaker_id order by count desc, entity_id limit ${TOP}) t) as speakers,
      (select json_agg(json_build_object('value', value, 'count', count) order by count desc, value)
       from (select agency as value, count(*)::int as count from m where agency is not null
             group by agency order by count desc, value limit ${TOP}) t) as agencies,
      (select json_agg(json_build_object('value', value, 'count', count) order by count desc, value)
       from (select place as value, count(*)::int as count from m where place is not null
             group by place order by count desc, value limit ${TOP}) t) as places,
      (select json_agg(json_build_object('value', value, 'count', count) order by count desc, value)
       from (select f.kind as value, count(*)::int as count
             from m cross join lateral (select distinct kind from figures where article_id = m.id) f
             group by f.kind) t) as figure_kinds,
      (select json_agg(json_build_object('month', month, 'count', count) order by month)
       from (select to_char(date, 'YYYY-MM') as month, count(*)::int as count from m group by 1) t) as months
  `.execute(db);
  const [counted, sampled] = await Promise.all([counting, sampling]);
  const matched = counted.rows[0]?.n ?? 0;
  const r = sampled.rows[0]!;
  const total = boundedCount(matched);
  return {
    total: total.value,
    totalIsExact: total.exact,
    sampled: r.basis < matched,
    basis: r.basis,
    entities: r.entities ?? [],
    speakers: r.speakers ?? [],
    agencies: r.agencies ?? [],
    places: r.places ?? [],
    figureKinds: r.figure_kinds ?? [],
    months: r.months ?? [],
  };
}
