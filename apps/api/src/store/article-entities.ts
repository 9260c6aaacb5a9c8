import { type Kysely, sql } from 'kysely';
import type { ArticleEntityRow, MentionsRow } from './rows.js';
import type { Database } from './tables.js';

/** The entities of each article with their mentions there, most mentioned first. */
export async function entitiesOfArticles(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<ArticleEntityRow[]> {
  const { rows } = await sql<ArticleEntityRow>`
    select ae.article_id, ae.entity_id, ae.name, ae.descriptors, ae.mention_count, ae.explanation_rule,
      ae.explanation_summary,
      json_build_object('id', e.id, 'name', e.name, 'type', e.type, 'article_count', e.article_count,
        'mention_count', e.mention_count) as entity
    from article_entities ae join entities e on e.id = ae.entity_id
    where ae.article_id = any(${[...articleIds]}::text[])
    order by ae.article_id, ae.mention_count desc, ae.entity_id`.execute(db);
  return rows;
}

/** Where each entity is mentioned in each of these articles. */
export async function mentionsOfArticles(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<MentionsRow[]> {
  const { rows } = await sql<MentionsRow>`
    select article_id, entity_id, mentions from article_entities
    where article_id = any(${[...articleIds]}::text[])`.execute(db);
  return rows;
}
