import { sql } from 'kysely';
import type { Store } from '../store/connect.js';

/**
 * What must hold in a store however it was written (or interrupted): every article has all its
 * quotes, entities and figures, every entity's counts match its links, and every source points to an
 * article. Returns the counts and a list of what does not hold.
 */
export async function storeInvariants(
  store: Store,
): Promise<{ articles: number; sources: number; problems: string[] }> {
  const problems: string[] = [];
  const partial = await sql<{ id: string }>`
    select a.id from articles a
    where a.quote_count <> (select count(*) from quotes q where q.article_id = a.id)
       or a.entity_count <> (select count(*) from article_entities ae where ae.article_id = a.id)
       or a.figure_count <> (select count(*) from figures f where f.article_id = a.id)`.execute(store.db);
  for (const { id } of partial.rows) problems.push(`article ${id} is incomplete`);
  const counts = await sql<{ id: string }>`
    select e.id from entities e
    where e.article_count <> (select count(*) from article_entities ae where ae.entity_id = e.id)`.execute(
    store.db,
  );
  for (const { id } of counts.rows) problems.push(`entity ${id} has a wrong article count`);
  const dangling = await sql<{ path: string }>`
    select s.path from sources s where not exists (select 1 from articles a where a.id = s.article_id)`.execute(
    store.db,
  );
  for (const { path } of dangling.rows) problems.push(`source ${path} points to no article`);
  const n = await sql<{ articles: number; sources: number }>`
    select (select count(*) from articles)::int as articles, (select count(*) from sources)::int as sources`.execute(
    store.db,
  );
  return { articles: n.rows[0]!.articles, sources: n.rows[0]!.sources, problems };
}
