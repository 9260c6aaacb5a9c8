import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';
import { textQuery } from './text-query.js';

// Extracts of articles around what a search matched, so a reader sees why each result is there.
// PostgreSQL's ts_headline picks the passages; it wraps each match in two control characters that
// article text never holds (they are stripped from it first), and `marked` turns them into offsets.
// No markup ever leaves the server: the web app builds its own <mark> elements from the offsets.

const START = '\u0002';
const STOP = '\u0003';

export interface Snippet {
  text: string;
  /** UTF-16 offsets into `text` of each matched word. */
  marks: { start: number; end: number }[];
}

/** `a \u0002b\u0003 c` → `{ text: 'a b c', marks: [{ start: 2, end: 3 }] }`. */
export function marked(headline: string): Snippet {
  const marks: Snippet['marks'] = [];
  let text = '';
  let open = -1;
  for (const ch of headline) {
    if (ch === START) open = text.length;
    else if (ch === STOP) {
      if (open >= 0 && text.length > open) marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

const OPTIONS = [
  `StartSel=${START}`,
  `StopSel=${STOP}`,
  'MaxWords=28',
  'MinWords=12',
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

/**
 * The extract of each article for a search, by article id. The text is read with `teletipo_es`
 * (accents folded per word, migration 0004) and its acronyms undotted as the index has them.
 */
export async function articleSnippets(
  db: Kysely<Database>,
  ids: readonly string[],
  search: string,
): Promise<Map<string, Snippet>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; headline: string }>`
    select a.id, ts_headline('teletipo_es',
      teletipo_undot(translate(a.body, ${START + STOP}, '')), ${textQuery(search)}, ${OPTIONS}) as headline
    from articles a where a.id = any(${[...ids]}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.id, marked(r.headline)]));
}
