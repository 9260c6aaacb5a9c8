import { sql } from 'kysely';
import { findArticles } from '../store/articles.js';
import type { Store } from '../store/connect.js';
import { findFigures } from '../store/figures.js';
import { findQuotes } from '../store/quotes.js';
import { articleQueryOf, figureQueryOf, quoteQueryOf } from './url-filters.js';

// What each export holds: its columns, and how to read its rows a page at a time (keyset pages, so a
// long export costs the same per page however far it has gone). Every row carries the address of its
// article in the web app, the article's date and title, and the people in it.

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Page {
  rows: Row[];
  /** Where the next page starts; null after the last. */
  next: string | null;
}

export interface ExportTable {
  columns: string[];
  /** Reads the page after `after` (null: the first). */
  page(after: string | null, size: number): Promise<Page>;
}

/** `Name | Other name`: several values in one cell, in a way spreadsheets and people both read. */
const JOIN = ' | ';

async function entityNames(store: Store, articleIds: string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const { rows } = await sql<{ article_id: string; names: string }>`
    select ae.article_id, string_agg(e.name, ${JOIN} order by ae.mention_count desc, e.name) as names
    from article_entities ae join entities e on e.id = ae.entity_id
    where ae.article_id = any(${articleIds}::text[]) group by ae.article_id`.execute(store.db);
  return new Map(rows.map((r) => [r.article_id, r.names]));
}

async function speakerNames(store: Store, articleIds: string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const { rows } = await sql<{ article_id: string; names: string }>`
    select article_id, string_agg(distinct name, ${JOIN}) as names from (
      select q.article_id, coalesce(s.name, q.speaker_name) as name
      from quotes q left join entities s on s.id = q.speaker_id
      where q.article_id = any(${articleIds}::text[])
    ) n where name is not null group by article_id`.execute(store.db);
  return new Map(rows.map((r) => [r.article_id, r.names]));
}

async function articleTitles(store: Store, articleIds: string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const { rows } = await sql<{ id: string; title: string }>`
    select id, title from articles where id = any(${articleIds}::text[])`.execute(store.db);
  return new Map(rows.map((r) => [r.id, r.title]));
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The export of one kind for a page's query string; `articleUrl` makes an article's web address. */
export function exportTable(
  kind: 'articles' | 'quotes' | 'figures',
  store: Store,
  params: URLSearchParams,
  articleUrl: (id: string) => string,
): ExportTable {
  if (kind === 'articles') {
    const query = articleQueryOf(params);
    return {
      columns: ['url', 'date', 'title', 'place', 'agency', 'quotes', 'figures', 'speakers', 'entities', 'id'],
      async page(after, size) {
        const page = await findArticles(store, {
          ...query,
          first: size,
          after,
          maxFirst: size,
          snippets: false,
        });
        const ids = page.rows.map((r) => r.id);
        const [entities, speakers] = await Promise.all([entityNames(store, ids), speakerNames(store, ids)]);
        return {
          rows: page.rows.map((a) => ({
            url: articleUrl(a.id),
            date: a.date,
            title: a.title,
            place: a.place,
            agency: a.agency,
            quotes: a.quote_count,
            figures: a.figure_count,
            speakers: speakers.get(a.id) ?? '',
            entities: entities.get(a.id) ?? '',
            id: a.id,
          })),
          next: page.hasNextPage ? (page.cursors.at(-1) ?? null) : null,
        };
      },
    };
  }
  if (kind === 'quotes') {
    const query = quoteQueryOf(params);
    return {
      columns: ['url', 'date', 'title', 'speaker', 'speaker_id', 'direct', 'cue', 'text', 'id'],
      async page(after, size) {
        const page = await findQuotes(store, { ...query, first: size, after, maxFirst: size });
        const titles = await articleTitles(store, unique(page.rows.map((q) => q.article_id)));
        return {
          rows: page.rows.map((q) => ({
            url: articleUrl(q.article_id),
            date: q.date,
            title: titles.get(q.article_id) ?? '',
            speaker: q.speaker?.name ?? q.speaker_name,
            speaker_id: q.speaker_id,
            direct: q.direct,
            cue: q.cue,
            text: q.text,
            id: q.id,
          })),
          next: page.hasNextPage ? (page.cursors.at(-1) ?? null) : null,
        };
      },
    };
  }
  const query = figureQueryOf(params);
  return {
    columns: [
      'url',
      'date',
      'title',
      'text',
      'kind',
      'value',
      'unit',
      'approximate',
      'qualifier',
      'subject',
      'context',
      'entities',
      'id',
    ],
    async page(after, size) {
      const page = await findFigures(store, { ...query, first: size, after, maxFirst: size });
      const ids = unique(page.rows.map((f) => f.article_id));
      const [titles, entities] = await Promise.all([articleTitles(store, ids), entityNames(store, ids)]);
      return {
        rows: page.rows.map((f) => ({
          url: articleUrl(f.article_id),
          date: f.date,
          title: titles.get(f.article_id) ?? '',
          text: f.text,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          approximate: f.approximate,
          qualifier: f.qualifier,
          subject: f.subject,
          context: f.context,
          entities: entities.get(f.article_id) ?? '',
          id: f.id,
        })),
        next: page.hasNextPage ? (page.cursors.at(-1) ?? null) : null,
      };
    },
  };
}
