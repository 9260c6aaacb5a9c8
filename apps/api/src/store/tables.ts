import type { ColumnType, Generated } from 'kysely';

// Row shapes of the store's tables, as Kysely sees them (the DDL is in migrations.ts).

type Json<T> = ColumnType<T, string, string>;

export interface ArticlesTable {
  id: string;
  source: string | null;
  date: ColumnType<string, string, string>;
  title: string;
  body: string;
  paragraphs: Json<{ start: number; end: number }[]>;
  dateline: Json<Record<string, unknown> | null>;
  place: string | null;
  agency: string | null;
  word_count: number;
  quote_count: number;
  entity_count: number;
  figure_count: number;
  ingested_at: Generated<Date>;
}

export interface SourcesTable {
  path: string;
  article_id: string;
  content_hash: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  article_count: number;
  mention_count: number;
}

export interface ArticleEntitiesTable {
  article_id: string;
  /** The article's date, so an entity's articles can be read newest first from an index. */
  date: ColumnType<string, string, string>;
  entity_id: string;
  name: string;
  aliases: string[];
  descriptors: string[];
  mentions: Json<{ start: number; end: number; text: string }[]>;
  mention_count: number;
  explanation_rule: string | null;
  explanation_summary: string | null;
  /** The entity id the model wrote, when alias resolution moved the row to another entity. */
  written_entity_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EntityAliasesTable {
  alias_id: string;
  canonical_id: string;
}

export interface QuotesTable {
  id: string;
  article_id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  cue: string | null;
  speaker_name: string | null;
  speaker_id: string | null;
  speaker_kind: string | null;
  date: string;
  written_speaker_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Generated from `text`. */
  word_count: Generated<number>;
  explanation_rule: string | null;
  explanation_summary: string | null;
}

export interface FiguresTable {
  id: string;
  article_id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  value: number;
  unit: string | null;
  approximate: boolean;
  qualifier: string | null;
  subject: string | null;
  figure_date: string | null;
  context: string;
  date: string;
  explanation_rule: string | null;
  explanation_summary: string | null;
}

/** Articles per facet value, kept at write time (facet-counts.ts). */
export interface FacetCountsTable {
  facet: string;
  value: string;
  articles: number;
}

export interface Database {
  articles: ArticlesTable;
  sources: SourcesTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  entity_aliases: EntityAliasesTable;
  quotes: QuotesTable;
  figures: FiguresTable;
  facet_counts: FacetCountsTable;
}
