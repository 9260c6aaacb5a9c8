import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';

type Db = Kysely<Database>;

/** A full-name person must be named in at least this many articles to absorb a bare surname. */
export const MIN_CANONICAL_ARTICLES = 2;

/**
 * Cross-article identity. The model reads one article at a time, so "Obama" in an article that never
 * says "Barack" becomes `person:obama`, apart from `person:barack-obama`. Only the archive knows who
 * that is: a one-word person name is folded into a person whose full name has it as a surname (any
 * word after the first, accents and case aside), when exactly one such person is named in at least
 * MIN_CANONICAL_ARTICLES articles. Two candidates ("Michelle Obama" as well) or none: nothing moves.
 *
 * Exact and recomputable: the rows keep the id the model wrote (`written_entity_id`,
 * `written_speaker_id`), every run first puts them back, then recomputes the mapping from the whole
 * archive (so new articles can make a surname ambiguous, or resolvable) and stores it in
 * `entity_aliases` (so `entity(id: "person:obama")` still finds the person). An article that names
 * both forms as separate entities keeps them apart. Runs inside the write's transaction.
 * Returns the ids whose counts changed.
 */
export async function resolveSurnameAliases(db: Db): Promise<string[]> {
  const restored = await sql<{ id: string }>`
    with r as (
      update article_entities set entity_id = written_entity_id, written_entity_id = null
      where written_entity_id is not null returning entity_id, written_entity_id
    ) select entity_id as id from r`.execute(db);
  await sql`update quotes set speaker_id = written_speaker_id, written_speaker_id = null
    where written_speaker_id is not null`.execute(db);
  const previous = await sql<{ alias_id: string; canonical_id: string }>`
    delete from entity_aliases returning alias_id, canonical_id`.execute(db);

  // Per-entity article counts from the rows as written, so the mapping never depends on an earlier one.
  const { rows: mapping } = await sql<{ alias_id: string; canonical_id: string }>`
    with persons as (
      select e.id, e.name, count(ae.article_id)::int as articles,
        regexp_split_to_array(teletipo_fold(btrim(e.name)), '\\s+') as words
      from entities e join article_entities ae on ae.entity_id = e.id
      where e.type = 'PERSON' group by e.id, e.name
    ),
    surnames as (select id, words[1] as surname from persons where cardinality(words) = 1),
    candidates as (
      select s.id as alias_id, p.id as canonical_id
      from surnames s join persons p
        on cardinality(p.words) >= 2 and p.articles >= ${MIN_CANONICAL_ARTICLES}
        and s.surname = any(p.words[2:])
    )
    select alias_id, min(canonical_id) as canonical_id from candidates
    group by alias_id having count(*) = 1`.execute(db);
  if (mapping.length > 0) {
    const aliases = mapping.map((m) => m.alias_id);
    const canonicals = mapping.map((m) => m.canonical_id);
    await sql`insert into entity_aliases (alias_id, canonical_id)
      select * from unnest(${aliases}::text[], ${canonicals}::text[])`.execute(db);
    await sql`
      update article_entities ae set written_entity_id = ae.entity_id, entity_id = m.canonical_id
      from entity_aliases m
      where ae.entity_id = m.alias_id
        and not exists (select 1 from article_entities o
                        where o.article_id = ae.article_id and o.entity_id = m.canonical_id)`.execute(db);
    await sql`
      update quotes q set written_speaker_id = q.speaker_id, speaker_id = m.canonical_id
      from entity_aliases m where q.speaker_id = m.alias_id`.execute(db);
  }
  return [
    ...new Set([
      ...restored.rows.map((r) => r.id),
      ...previous.rows.flatMap((r) => [r.alias_id, r.canonical_id]),
      ...mapping.flatMap((m) => [m.alias_id, m.canonical_id]),
    ]),
  ];
}

/** The entity an alias id now stands for, if it is one. */
export async function canonicalIds(
  db: Db,
  ids: readonly string[],
): Promise<{ alias_id: string; canonical_id: string }[]> {
  const { rows } = await sql<{ alias_id: string; canonical_id: string }>`
    select alias_id, canonical_id from entity_aliases where alias_id = any(${[...ids]}::text[])`.execute(db);
  return rows;
}
