import type { Article } from '@teletipo/model';
import { type Kysely, sql, type Transaction } from 'kysely';
import { resolveSurnameAliases } from './aliases.js';
import { addFacetCounts, recountSpeakerFacets } from './facet-counts.js';
import { sentenceAround } from './sentence-context.js';
import type { Database } from './tables.js';

type Db = Kysely<Database> | Transaction<Database>;
type ModelEntity = Article['entities'][number];

// Writes whole batches of parsed articles with a fixed number of set-based statements (unnest of
// arrays), whatever the batch size: bulk ingest stores thousands of articles per second this way, and
// a single article takes the same path. Run inside a transaction, so a batch lands whole or not at all.

/** Quote and figure ids from the model are unique within an article; the store prefixes the article id. */
export const scopedId = (articleId: string, localId: string) => `${articleId}~${localId}`;

/** Recomputes the article and mention counts of these entities (after articles come or go). */
async function refreshEntityCounts(db: Db, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await sql`
    update entities e set
      article_count = coalesce(s.articles, 0),
      mention_count = coalesce(s.mentions, 0)
    from (select unnest(${[...entityIds]}::text[]) as id) ids
    left join (
      select entity_id, count(*) as articles, sum(mention_count) as mentions
      from article_entities where entity_id = any(${[...entityIds]}::text[]) group by entity_id
    ) s on s.entity_id = ids.id
    where e.id = ids.id`.execute(db);
}

/** One entry per entity id, should the model ever give two the same id: their mentions merge. */
function uniqueEntities(entities: readonly ModelEntity[]): ModelEntity[] {
  const byId = new Map<string, ModelEntity>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    if (!seen) byId.set(entity.id, entity);
    else
      byId.set(entity.id, {
        ...seen,
        aliases: [...new Set([...seen.aliases, entity.name, ...entity.aliases])].filter(
          (a) => a !== seen.name,
        ),
        descriptors: [...new Set([...seen.descriptors, ...entity.descriptors])],
        mentions: [...seen.mentions, ...entity.mentions].sort((a, b) => a.start - b.start),
      });
  }
  return [...byId.values()];
}

/** Removes articles and everything extracted from them; returns the entities they named. */
export async function deleteArticles(db: Db, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  await addFacetCounts(db, articleIds, -1);
  const { rows } = await sql<{ entity_id: string }>`
    with gone as (delete from articles where id = any(${[...articleIds]}::text[]) returning id)
    select distinct ae.entity_id from article_entities ae join gone on gone.id = ae.article_id`.execute(db);
  return rows.map((r) => r.entity_id);
}

/** Deletes articles and brings their entities' counts up to date. */
export async function removeArticles(db: Db, articleIds: readonly string[]): Promise<void> {
  const named = await deleteArticles(db, articleIds);
  const moved = await resolveSurnameAliases(db);
  await recountSpeakerFacets(db, moved);
  await refreshEntityCounts(db, [...new Set([...named, ...moved])]);
}

async function insertArticles(db: Db, articles: readonly Article[]): Promise<void> {
  const col = <T>(f: (a: Article) => T) => articles.map(f);
  await sql`
    insert into articles (id, source, date, title, body, paragraphs, dateline, place, agency, word_count,
      quote_count, entity_count, figure_count, search)
    select t.id, t.source, t.date, t.title, t.body, t.paragraphs, t.dateline, t.dateline->>'place',
      t.dateline->>'agency', t.word_count, t.quote_count, t.entity_count, t.figure_count,
      setweight(to_tsvector('spanish', teletipo_fold(t.title)), 'A') || to_tsvector('spanish', teletipo_fold(t.body))
    from unnest(${col((a) => a.id)}::text[], ${col((a) => a.source ?? null)}::text[], ${col((a) => a.date)}::date[],
      ${col((a) => a.title)}::text[], ${col((a) => a.body)}::text[],
      ${col((a) => JSON.stringify(a.paragraphs))}::jsonb[], ${col((a) => (a.dateline ? JSON.stringify(a.dateline) : null))}::jsonb[],
      ${col((a) => a.wordCount)}::int[], ${col((a) => a.quotes.length)}::int[], ${col((a) => a.entities.length)}::int[],
      ${col((a) => a.figures.length)}::int[])
      as t(id, source, date, title, body, paragraphs, dateline, word_count, quote_count, entity_count, figure_count)`.execute(
    db,
  );
}

async function upsertEntities(db: Db, articles: readonly Article[]): Promise<string[]> {
  // One row per id for the whole batch (ON CONFLICT may touch a row only once per statement): the
  // fullest name seen names the entity, every form seen is searchable.
  const byId = new Map<string, { name: string; type: string; keys: Set<string> }>();
  for (const entity of articles.flatMap((a) => a.entities)) {
    const seen = byId.get(entity.id) ?? { name: entity.name, type: entity.type, keys: new Set<string>() };
    if (entity.name.length > seen.name.length) seen.name = entity.name;
    for (const key of [entity.name, ...entity.aliases]) seen.keys.add(key);
    byId.set(entity.id, seen);
  }
  if (byId.size === 0) return [];
  const ids = [...byId.keys()];
  const rows = [...byId.values()];
  await sql`
    insert into entities (id, name, type, keys)
    select t.id, t.name, t.type, teletipo_fold(t.keys)
    from unnest(${ids}::text[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.type)}::text[],
      ${rows.map((r) => [...r.keys].join(' | '))}::text[]) as t(id, name, type, keys)
    on conflict (id) do update set
      name = case when length(excluded.name) > length(entities.name) then excluded.name else entities.name end,
      keys = case when position(excluded.keys in entities.keys) > 0 then entities.keys
                  else entities.keys || ' | ' || excluded.keys end`.execute(db);
  const links = articles.flatMap((a) => a.entities.map((e) => ({ article: a.id, date: a.date, e })));
  await sql`
    insert into article_entities (article_id, date, entity_id, name, aliases, descriptors, mentions, mention_count,
      explanation_rule, explanation_summary)
    select t.article_id, t.date, t.entity_id, t.name, array(select jsonb_array_elements_text(t.aliases)),
      array(select jsonb_array_elements_text(t.descriptors)), t.mentions, t.mention_count, t.explanation_rule,
      t.explanation_summary
    from unnest(${links.map((l) => l.article)}::text[], ${links.map((l) => l.date)}::date[],
      ${links.map((l) => l.e.id)}::text[],
      ${links.map((l) => l.e.name)}::text[], ${links.map((l) => JSON.stringify(l.e.aliases))}::jsonb[],
      ${links.map((l) => JSON.stringify(l.e.descriptors))}::jsonb[], ${links.map((l) => JSON.stringify(l.e.mentions))}::jsonb[],
      ${links.map((l) => Math.max(1, l.e.mentions.length))}::int[],
      ${links.map((l) => l.e.explanation?.rule ?? null)}::text[], ${links.map((l) => l.e.explanation?.summary ?? null)}::text[])
      as t(article_id, date, entity_id, name, aliases, descriptors, mentions, mention_count, explanation_rule,
        explanation_summary)`.execute(db);
  return ids;
}

async function insertQuotes(db: Db, articles: readonly Article[]): Promise<void> {
  const q = articles.flatMap((a) => a.quotes.map((quote, position) => ({ a, quote, position })));
  if (q.length === 0) return;
  await sql`
    insert into quotes (id, article_id, position, start, "end", text, direct, cue, speaker_name, speaker_id,
      speaker_kind, date, search, explanation_rule, explanation_summary)
    select t.id, t.article_id, t.position, t.start, t.end_, t.text, t.direct, t.cue, t.speaker_name,
      t.speaker_id, t.speaker_kind, t.date, to_tsvector('spanish', teletipo_fold(t.text)), t.explanation_rule,
      t.explanation_summary
    from unnest(${q.map((x) => scopedId(x.a.id, x.quote.id))}::text[], ${q.map((x) => x.a.id)}::text[],
      ${q.map((x) => x.position)}::int[], ${q.map((x) => x.quote.start)}::int[], ${q.map((x) => x.quote.end)}::int[],
      ${q.map((x) => x.quote.text)}::text[], ${q.map((x) => x.quote.direct)}::boolean[],
      ${q.map((x) => x.quote.cue ?? null)}::text[], ${q.map((x) => x.quote.speaker?.name ?? null)}::text[],
      ${q.map((x) => x.quote.speaker?.entityId ?? null)}::text[], ${q.map((x) => x.quote.speaker?.kind ?? null)}::text[],
      ${q.map((x) => x.a.date)}::date[], ${q.map((x) => x.quote.explanation?.rule ?? null)}::text[],
      ${q.map((x) => x.quote.explanation?.summary ?? null)}::text[])
      as t(id, article_id, position, start, end_, text, direct, cue, speaker_name, speaker_id, speaker_kind, date,
        explanation_rule, explanation_summary)`.execute(db);
}

async function insertFigures(db: Db, articles: readonly Article[]): Promise<void> {
  const f = articles.flatMap((a) => a.figures.map((figure, position) => ({ a, figure, position })));
  if (f.length === 0) return;
  await sql`
    insert into figures (id, article_id, position, start, "end", text, kind, value, unit, approximate,
      qualifier, subject, figure_date, context, date, explanation_rule, explanation_summary)
    select * from unnest(${f.map((x) => scopedId(x.a.id, x.figure.id))}::text[], ${f.map((x) => x.a.id)}::text[],
      ${f.map((x) => x.position)}::int[], ${f.map((x) => x.figure.start)}::int[], ${f.map((x) => x.figure.end)}::int[],
      ${f.map((x) => x.figure.text)}::text[], ${f.map((x) => x.figure.kind)}::text[], ${f.map((x) => x.figure.value)}::float8[],
      ${f.map((x) => x.figure.unit ?? null)}::text[], ${f.map((x) => x.figure.approximate)}::boolean[],
      ${f.map((x) => x.figure.qualifier ?? null)}::text[], ${f.map((x) => x.figure.subject ?? null)}::text[],
      ${f.map((x) => x.figure.date ?? null)}::date[],
      ${f.map((x) => sentenceAround(x.a.body, x.a.paragraphs, x.figure, x.a.dateline))}::text[],
      ${f.map((x) => x.a.date)}::date[], ${f.map((x) => x.figure.explanation?.rule ?? null)}::text[],
      ${f.map((x) => x.figure.explanation?.summary ?? null)}::text[])`.execute(db);
}

/**
 * Stores parsed articles, replacing any previous version with the same id (an article's id is the hash
 * of its text, so the same text twice is one article).
 */
export async function writeArticles(db: Db, parsed: readonly Article[]): Promise<void> {
  const byId = new Map(parsed.map((a) => [a.id, { ...a, entities: uniqueEntities(a.entities) }]));
  const articles = [...byId.values()];
  if (articles.length === 0) return;
  const previous = await deleteArticles(db, [...byId.keys()]);
  await insertArticles(db, articles);
  const named = await upsertEntities(db, articles);
  await insertQuotes(db, articles);
  await insertFigures(db, articles);
  await addFacetCounts(db, [...byId.keys()], 1);
  const moved = await resolveSurnameAliases(db);
  await recountSpeakerFacets(db, moved);
  await refreshEntityCounts(db, [...new Set([...previous, ...named, ...moved])]);
}
