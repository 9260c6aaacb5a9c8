import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Adds (sign 1, after inserting) or subtracts (sign -1, before deleting) what these stored articles
 * count for in `facet_counts`. Runs in the caller's transaction, so the counts change with the articles
 * or not at all. Rows that fall to zero stay (readers skip them): deleting them would race with a
 * concurrent writer adding to the same value, and there are no more of them than values ever seen.
 */
export async function addFacetCounts(db: Db, articleIds: readonly string[], sign: 1 | -1): Promise<void> {
  if (articleIds.length === 0) return;
  // Sorted, so concurrent writers lock shared rows in the same order and cannot deadlock.
  await sql`
    insert into facet_counts (facet, value, articles)
    select facet, value, ${sign}::int * articles from teletipo_facet_rows(${[...articleIds]}::text[])
    where articles > 0 order by facet, value
    on conflict (facet, value) do update set articles = facet_counts.articles + excluded.articles`.execute(
    db,
  );
}

/**
 * Counts the speaker facet of these entities again from the quotes. Cross-article identity
 * (aliases.ts) moves quotes from one speaker id to another after the counts were added, so the ids it
 * touched are recounted; each is one index range of `quotes_speaker`, however large the archive.
 */
export async function recountSpeakerFacets(db: Db, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  const ids = [...new Set(entityIds)].sort();
  await sql`
    insert into facet_counts (facet, value, articles)
    select 'speaker', id, (select count(distinct q.article_id)::int from quotes q where q.speaker_id = id)
    from unnest(${ids}::text[]) as id
    on conflict (facet, value) do update set articles = excluded.articles`.execute(db);
}
