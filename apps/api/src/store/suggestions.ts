import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';
import { searchWords } from './text-query.js';

// "¿Quisiste decir…?" for a search that found nothing, from the archive's own words: each typed word
// the archive lacks is replaced by the most similar word it has (trigram similarity over the
// `search_words` vocabulary, migration 0004), and the entity names closest to the whole search are
// offered too, since misspelt searches are very often names (`Snowdn`).

const MAX_SUGGESTIONS = 3;

/** Up to three searches likely to find something, best first; none when nothing is close. */
export async function searchSuggestions(db: Kysely<Database>, search: string): Promise<string[]> {
  const words = searchWords(search);
  if (words.length === 0) return [];
  const suggestions: string[] = [];
  const { rows } = await sql<{ typed: string; known: boolean; best: string | null }>`
    select t.typed, exists (select 1 from search_words k where k.word = teletipo_fold(t.typed)) as known,
      (select s.word from search_words s
        where s.word % teletipo_fold(t.typed) and s.word <> teletipo_fold(t.typed)
        order by similarity(s.word, teletipo_fold(t.typed)) desc, s.articles desc, s.word limit 1) as best
    from unnest(${words}::text[]) with ordinality as t(typed, n) order by t.n`.execute(db);
  if (rows.some((r) => !r.known && r.best)) {
    suggestions.push(rows.map((r) => (!r.known && r.best ? r.best : r.typed)).join(' '));
  }
  const phrase = words.join(' ');
  if (phrase.length >= 4) {
    const names = await sql<{ name: string }>`
      select e.name from entities e
      where teletipo_fold(${phrase}) <% e.keys
      order by word_similarity(teletipo_fold(${phrase}), e.keys) desc, e.article_count desc, e.id
      limit ${MAX_SUGGESTIONS}`.execute(db);
    for (const { name } of names.rows) suggestions.push(name);
  }
  const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const typed = folded(phrase);
  return [...new Map(suggestions.map((s) => [folded(s), s])).values()]
    .filter((s) => folded(s) !== typed)
    .slice(0, MAX_SUGGESTIONS);
}
