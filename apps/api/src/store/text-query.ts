import { type RawBuilder, sql } from 'kysely';

// Spanish full-text queries over accent-folded text (`teletipo_fold`), forgiving about plurals.
// PostgreSQL's Snowball stemmer is not: it stems `amistad` to `amist` but `amistades` to `amistad`,
// and `particular`/`particulares` apart too. So each word also tries its singular and plural forms,
// and a document matches when any form's stem is in it. Stop words (`de`, `la`) are ignored.

const MAX_WORDS = 16;
const MAX_WORD_LENGTH = 60;

/** The word, its plural and its singular, as people might have typed any of them. */
export function wordForms(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`]);
  if (word.endsWith('es') && word.length > 4) forms.add(word.slice(0, -2));
  if (word.endsWith('s') && word.length > 3) forms.add(word.slice(0, -1));
  return [...forms];
}

/** Words of a search as typed: letters and digits only, so no operator syntax can leak into SQL. */
export function searchWords(search: string): { word: string; exclude: boolean }[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .flatMap((token) =>
      // `-palabra` leaves out the documents that have it.
      [...token.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
        word: m[0].slice(0, MAX_WORD_LENGTH),
        exclude: token.startsWith('-'),
      })),
    )
    .slice(0, MAX_WORDS);
}

const stems = (text: string) => sql`plainto_tsquery('spanish', teletipo_fold(${text}))`;

function wordQuery(word: string): RawBuilder<unknown> {
  const anyForm = sql.join(wordForms(word).map(stems), sql` || `);
  return sql`(case when numnode(${stems(word)}) = 0 then ''::tsquery else ${anyForm} end)`;
}

/** A tsquery that all the words of `search` (in some form) must match; `-word` must not. */
export function textQuery(search: string): RawBuilder<unknown> {
  const words = searchWords(search);
  if (words.length === 0) return sql`''::tsquery`;
  return sql`(${sql.join(
    words.map(({ word, exclude }) => (exclude ? sql`!!${wordQuery(word)}` : wordQuery(word))),
    sql` && `,
  )})`;
}
