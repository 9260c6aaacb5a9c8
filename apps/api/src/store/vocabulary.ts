import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';

/**
 * Counts the words of these stored articles into the search vocabulary (suggestions for searches that
 * find nothing, migration 0004). Run after the articles' transaction commits, in a statement of its
 * own: common words are shared by every batch, and holding their rows for a whole batch would make
 * parallel ingest writers wait on one another. In word order, so concurrent writers lock rows in
 * the same order.
 */
export async function addToVocabulary(db: Kysely<Database>, articleIds: string[]): Promise<void> {
  await sql`
    insert into search_words (word, articles)
    select w, count(*) from (
      select distinct a.id, w from articles a,
        regexp_split_to_table(teletipo_fold(a.title || ' ' || a.body), '[^[:alnum:]]+') w
      where a.id = any(${articleIds}::text[])
    ) s
    where length(w) between 3 and 40 and w !~ '^[0-9]+$'
    group by w order by w
    on conflict (word) do update set articles = search_words.articles + excluded.articles`.execute(db);
}
