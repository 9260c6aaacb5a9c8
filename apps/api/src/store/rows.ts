import type { Snippet } from './snippets.js';

// Rows as the store's queries return them; resolvers turn them into GraphQL objects.

export interface ArticleRow {
  id: string;
  source: string | null;
  date: string;
  title: string;
  dateline: {
    place: string;
    region?: string;
    date?: string;
    agency?: string;
    start: number;
    end: number;
  } | null;
  place: string | null;
  agency: string | null;
  word_count: number;
  quote_count: number;
  entity_count: number;
  figure_count: number;
  /** Only on articles listed by a search (store/snippets.ts). */
  snippet?: Snippet | null;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  article_count: number;
  mention_count: number;
}

/** What lists leave out of an article (its text), loaded only when asked for. */
export interface ArticleTextRow {
  id: string;
  body: string;
  paragraphs: { start: number; end: number }[];
}

export interface ArticleEntityRow {
  article_id: string;
  entity_id: string;
  name: string;
  descriptors: string[];
  mention_count: number;
  /** The rule that typed the entity in this article (null for articles stored before explanations). */
  explanation_rule: string | null;
  explanation_summary: string | null;
  /** The entity across all articles, joined in so a page needs no second query for it. */
  entity: EntityRow;
}

export interface QuoteRow {
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
  /** The rule that chose the speaker (null for quotes stored before explanations). */
  explanation_rule: string | null;
  explanation_summary: string | null;
  /** The speaker across all articles, joined in; null when the speaker is no known entity. */
  speaker: EntityRow | null;
}

export interface FigureRow {
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
  /** The rule that gave the kind (null for figures stored before explanations). */
  explanation_rule: string | null;
  explanation_summary: string | null;
}

/** An entity's mentions in one article (loaded only when asked for: they are the bulk of a link). */
export interface MentionsRow {
  article_id: string;
  entity_id: string;
  mentions: { start: number; end: number; text: string }[];
}

export interface EntityDetailsRow {
  entity_id: string;
  aliases: string[];
  descriptors: string[];
}
