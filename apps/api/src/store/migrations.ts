import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './tables.js';

// Schema migrations live in code, in order; the same SQL runs on PGlite and PostgreSQL.
// `search` columns hold Spanish stems of accent-stripped text, so `tranvias` finds `tranvía`.
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await createExtension(db, 'unaccent');
      await createExtension(db, 'pg_trgm');
      // unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes and generated values use it.
      await sql`
        create or replace function teletipo_fold(text) returns text
        language sql immutable parallel safe strict
        as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`.execute(db);
      await sql`
        create table articles (
          id text primary key,
          source text,
          date date not null,
          title text not null,
          body text not null,
          paragraphs jsonb not null,
          dateline jsonb,
          place text,
          agency text,
          word_count integer not null,
          quote_count integer not null,
          entity_count integer not null,
          figure_count integer not null,
          search tsvector not null,
          ingested_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index articles_date on articles (date desc, id desc)`.execute(db);
      await sql`create index articles_search on articles using gin (search)`.execute(db);
      await sql`
        create table sources (
          path text primary key,
          article_id text not null,
          content_hash text not null
        )`.execute(db);
      await sql`create index sources_article on sources (article_id)`.execute(db);
      await sql`
        create table entities (
          id text primary key,
          name text not null,
          type text not null,
          article_count integer not null default 0,
          mention_count integer not null default 0,
          keys text not null default ''
        )`.execute(db);
      await sql`create index entities_keys on entities using gin (keys gin_trgm_ops)`.execute(db);
      await sql`create index entities_articles on entities (article_count desc, id desc)`.execute(db);
      await sql`
        create table article_entities (
          article_id text not null references articles (id) on delete cascade,
          entity_id text not null references entities (id),
          name text not null,
          aliases text[] not null,
          descriptors text[] not null,
          mentions jsonb not null,
          mention_count integer not null,
          primary key (article_id, entity_id)
        )`.execute(db);
      await sql`create index article_entities_entity on article_entities (entity_id, article_id)`.execute(db);
      await sql`
        create table quotes (
          id text primary key,
          article_id text not null references articles (id) on delete cascade,
          position integer not null,
          start integer not null,
          "end" integer not null,
          text text not null,
          direct boolean not null,
          cue text,
          speaker_name text,
          speaker_id text,
          speaker_kind text,
          date date not null,
          search tsvector not null
        )`.execute(db);
      await sql`create index quotes_article on quotes (article_id, position)`.execute(db);
      await sql`create index quotes_speaker on quotes (speaker_id, date desc, id desc)`.execute(db);
      await sql`create index quotes_date on quotes (date desc, id desc)`.execute(db);
      await sql`create index quotes_search on quotes using gin (search)`.execute(db);
      await sql`
        create table figures (
          id text primary key,
          article_id text not null references articles (id) on delete cascade,
          position integer not null,
          start integer not null,
          "end" integer not null,
          text text not null,
          kind text not null,
          value double precision not null,
          unit text,
          approximate boolean not null,
          qualifier text,
          subject text,
          figure_date date,
          context text not null,
          date date not null
        )`.execute(db);
      await sql`create index figures_article on figures (article_id, position)`.execute(db);
      await sql`create index figures_value on figures (value, id)`.execute(db);
      await sql`create index figures_kind on figures (kind)`.execute(db);
    },
  },
  // unaccent turns « » into << >>, which the text-search parser takes for an HTML tag and drops with
  // everything between: quoted words vanished from the index. Angle brackets and guillemets now fold
  // to spaces, and every stored search value is recomputed.
  '0002_fold_guillemets': {
    async up(db: Kysely<unknown>) {
      await sql`
        create or replace function teletipo_fold(text) returns text
        language sql immutable parallel safe strict
        as $$ select lower(public.unaccent('public.unaccent'::regdictionary, translate($1, '«»‹›<>', '      '))) $$`.execute(
        db,
      );
      await sql`
        update articles set search = setweight(to_tsvector('spanish', teletipo_fold(title)), 'A') ||
          to_tsvector('spanish', teletipo_fold(body))`.execute(db);
      await sql`update quotes set search = to_tsvector('spanish', teletipo_fold(text))`.execute(db);
    },
  },
  // An entity's page lists its articles and its quotes newest first. Reading them in that order
  // straight from an index (instead of sorting every article that names a popular entity) needs the
  // article's date beside each link, and quote indexes in the exact order quotes are listed.
  '0003_ordered_lookups': {
    async up(db: Kysely<unknown>) {
      await sql`alter table article_entities add column date date`.execute(db);
      await sql`update article_entities ae set date = a.date from articles a where a.id = ae.article_id`.execute(
        db,
      );
      await sql`alter table article_entities alter column date set not null`.execute(db);
      await sql`create index article_entities_entity_date on article_entities (entity_id, date, article_id)`.execute(
        db,
      );
      await sql`drop index quotes_speaker`.execute(db);
      await sql`drop index quotes_date`.execute(db);
      await sql`create index quotes_speaker on quotes (speaker_id, date, article_id, (-position))`.execute(
        db,
      );
      await sql`create index quotes_date on quotes (date, article_id, (-position))`.execute(db);
    },
  },
  // Search that explains itself. (1) Dotted acronyms: the parser read `EE.UU.` as a host name
  // `ee.uu`, which no typed search could reach; capitals joined by dots (`EE.UU.`, `EE. UU.`,
  // `O.N.U.`) now fold to one word (`eeuu`), as text-query.ts does for typed searches, and stored
  // search values are recomputed. (2) `teletipo_es`: Spanish with accents folded per word, for
  // ts_headline, which must parse the article as written (accents, case, guillemets) and still match
  // the folded query's stems. (3) `search_words`: the archive's vocabulary (folded words and how many
  // articles have them) for "did you mean", kept at write time: ts_stat over every article is far too
  // slow on a large archive. Counts only grow (a replaced or removed article's words stay): a word
  // that once was in the archive remains a fair suggestion.
  '0004_search_explains': {
    async up(db: Kysely<unknown>) {
      await sql`
        create or replace function teletipo_undot(text) returns text
        language sql immutable parallel safe strict
        as $$ select regexp_replace($1,
          '(?<![[:alpha:]])([[:upper:]]{1,2})\\.(?:\\s(?=[[:upper:]]{1,2}\\.)|(?=[[:upper:]]{1,2}([^[:alpha:]]|$)))',
          '\\1', 'g') $$`.execute(db);
      await sql`
        create or replace function teletipo_fold(text) returns text
        language sql immutable parallel safe strict
        as $$ select lower(public.unaccent('public.unaccent'::regdictionary,
          translate(teletipo_undot($1), '«»‹›<>', '      '))) $$`.execute(db);
      await sql`
        update articles set search = setweight(to_tsvector('spanish', teletipo_fold(title)), 'A') ||
          to_tsvector('spanish', teletipo_fold(body))`.execute(db);
      await sql`update quotes set search = to_tsvector('spanish', teletipo_fold(text))`.execute(db);
      await sql`create text search configuration teletipo_es (copy = spanish)`.execute(db);
      await sql`
        alter text search configuration teletipo_es
        alter mapping for hword, hword_part, word with public.unaccent, spanish_stem`.execute(db);
      await sql`create table search_words (word text primary key, articles integer not null)`.execute(db);
      await sql`create index search_words_trgm on search_words using gin (word gin_trgm_ops)`.execute(db);
      await sql`
        insert into search_words (word, articles)
        select w, count(*) from (
          select distinct a.id, w from articles a,
            regexp_split_to_table(teletipo_fold(a.title || ' ' || a.body), '[^[:alnum:]]+') w
        ) s
        where length(w) between 3 and 40 and w !~ '^[0-9]+$'
        group by w`.execute(db);
    },
  },
  // Cross-article identity (aliases.ts): a surname-only person folded into the one full-name person
  // it names. The id the model wrote is kept beside the resolved one, so the mapping can be undone and
  // recomputed from the archive at any time.
  '0005_entity_aliases': {
    async up(db: Kysely<unknown>) {
      await sql`create table entity_aliases (alias_id text primary key, canonical_id text not null)`.execute(
        db,
      );
      await sql`alter table article_entities add column written_entity_id text`.execute(db);
      await sql`alter table quotes add column written_speaker_id text`.execute(db);
      // Words in a quote, so lists can hide one- and two-word fragments (`minWords`) without
      // splitting every quote's text at query time.
      await sql`alter table quotes add column word_count integer generated always as
        (coalesce(array_length(regexp_split_to_array(btrim(text), '\\s+'), 1), 0)) stored`.execute(db);
    },
  },
  // The unfiltered facet sidebar counted over every article on each page view (0.4 s at 20,000
  // articles, 25 s at a million). Counts per facet value are now kept at write time, in the same
  // transaction as the write (write-articles.ts adds a batch's rows after inserting it and subtracts
  // them before deleting), so reading them costs a few index lookups whatever the archive's size.
  // Entities need no table: `entities.article_count` is already kept exact; an index by type serves it.
  '0006_facet_counts': {
    async up(db: Kysely<unknown>) {
      await sql`
        create table facet_counts (
          facet text not null,
          value text not null,
          articles integer not null,
          primary key (facet, value)
        )`.execute(db);
      await sql`create index facet_counts_top on facet_counts (facet, articles desc, value)`.execute(db);
      await sql`create index entities_type_articles on entities (type, article_count desc, id)`.execute(db);
      // What these articles add to each facet value. The one definition of a facet count: the write
      // path adds or subtracts it, the back-fill below sums it over the whole archive.
      await sql`
        create or replace function teletipo_facet_rows(ids text[])
        returns table (facet text, value text, articles integer)
        language sql stable
        as $$
          select 'total', '', count(*)::int from articles where id = any(ids)
          union all
          select 'agency', agency, count(*)::int from articles where id = any(ids) and agency is not null group by agency
          union all
          select 'place', place, count(*)::int from articles where id = any(ids) and place is not null group by place
          union all
          select 'month', to_char(date, 'YYYY-MM'), count(*)::int from articles where id = any(ids)
            group by to_char(date, 'YYYY-MM')
          union all
          select 'speaker', speaker_id, count(distinct article_id)::int from quotes
            where article_id = any(ids) and speaker_id is not null group by speaker_id
          union all
          select 'figure_kind', kind, count(distinct article_id)::int from figures where article_id = any(ids) group by kind
        $$`.execute(db);
      await sql`
        insert into facet_counts (facet, value, articles)
        select facet, value, articles from teletipo_facet_rows(array(select id from articles))`.execute(db);
    },
  },
  // Every quote, figure and article entity says which parser rule decided it (id and a reader's
  // summary in Spanish). Rows stored before have none: the columns stay nullable.
  '0007_explanations': {
    async up(db: Kysely<unknown>) {
      for (const table of ['quotes', 'figures', 'article_entities']) {
        await sql`alter table ${sql.id(table)} add column explanation_rule text, add column explanation_summary text`.execute(
          db,
        );
      }
    },
  },
};

/** Extensions live in `public`, shared by every schema; concurrent creators may race, so re-check. */
async function createExtension(db: Kysely<unknown>, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`create extension if not exists ${sql.id(name)} schema public`.execute(db);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the store's schema up to date; safe to run at every start. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema but queries them unqualified: a store in
  // its own schema (tests, several tenants on one database) names its schema, or another schema's
  // tables would be taken for its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const own = rows[0]?.schema;
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(own && own !== 'public' ? { migrationTableSchema: own } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String((error as Error).message ?? error)}`);
  }
}

/**
 * Refreshes the planner's statistics and the visibility map after a large ingest. PGlite runs no
 * autovacuum: without this the planner keeps believing the tables are empty (and picks scans over
 * index lookups), and counts must visit every row instead of reading an index (5× slower at 20,000
 * articles).
 */
export async function analyze(db: Kysely<Database>): Promise<void> {
  await sql`vacuum analyze`.execute(db);
}
