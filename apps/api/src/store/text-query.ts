import { type RawBuilder, sql } from 'kysely';
import { badInput } from '../errors.js';

// Spanish full-text queries over accent-folded text (`teletipo_fold`), written the way people type
// into a search box (the syntax of PostgreSQL's websearch_to_tsquery, parsed here so each word can
// also try its other forms):
//   tranvía metro        both words
//   tranvía OR metro     either word (OR joins the terms on each side of it, before the implicit AND:
//                        `lima tranvía OR metro` is lima and (tranvía or metro), as on web search engines)
//   -metro               leave out the articles that have it
//   "línea 2"            the words next to each other, in that order
// Forgiving about plurals: PostgreSQL's Snowball stemmer stems `amistad` to `amist` but `amistades` to
// `amistad`, and `particular`/`particulares` apart too. So each word also tries its singular and plural
// forms, and a document matches when any form's stem is in it. Stop words (`de`, `la`) are ignored.
// Dotted acronyms (`EE.UU.`, `EE. UU.`, `O.N.U.`) are read without their dots on both sides
// (`teletipo_fold` does it for stored text, `undotAcronyms` for what is typed).

export const MAX_SEARCH_LENGTH = 200;
const MAX_TERMS = 16;
const MAX_WORD_LENGTH = 60;

/** One thing to look for: a word (in any form) or a phrase (words in a row). */
export type Term = { word: string } | { phrase: string[] };

/** Terms of which any must match (`a OR b`), or, when `exclude`, none may. */
export interface Clause {
  any: Term[];
  exclude: boolean;
}

/** The word, its plural and its singular, as people might have typed any of them. */
export function wordForms(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`]);
  if (word.endsWith('es') && word.length > 4) forms.add(word.slice(0, -2));
  if (word.endsWith('s') && word.length > 3) forms.add(word.slice(0, -1));
  return [...forms];
}

/**
 * `EE.UU.` → `EEUU.`, `ee. uu.` → `eeuu.`, `O.N.U.` → `ONU.`: groups of one or two letters joined by
 * dots read as one word. Typed text may be in any case; migration 0004 applies the same rule to
 * capitals in stored text.
 */
export function undotAcronyms(text: string): string {
  return text.replace(/(?<!\p{L})(\p{L}{1,2})\.(?:\s(?=\p{L}{1,2}\.)|(?=\p{L}{1,2}(?:\P{L}|$)))/gu, '$1');
}

/** Letters and digits only, so no operator syntax can leak into SQL. */
const wordsOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].slice(0, MAX_WORD_LENGTH));

/** A search as typed → clauses, all of which must hold. Refuses searches longer than 200 characters. */
export function parseSearch(search: string): Clause[] {
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badInput(
      `"search" must be at most ${MAX_SEARCH_LENGTH} characters, got ${search.length}`,
      'search',
    );
  }
  const clauses: Clause[] = [];
  let joinNext = false;
  let terms = 0;
  const tokens = undotAcronyms(search.toLowerCase()).matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g);
  for (const [, minus, quoted, bare] of tokens) {
    if (terms >= MAX_TERMS) break;
    if (quoted === undefined && !minus && bare === 'or') {
      joinNext = clauses.length > 0 && !clauses.at(-1)!.exclude;
      continue;
    }
    const words = wordsOf(quoted ?? bare ?? '');
    if (words.length === 0) continue;
    const term: Term = words.length === 1 ? { word: words[0]! } : { phrase: words };
    terms++;
    const exclude = minus === '-';
    if (joinNext && !exclude) clauses.at(-1)!.any.push(term);
    else clauses.push({ any: [term], exclude });
    joinNext = false;
  }
  return clauses;
}

/** The plain words a search looks for (not phrases, not exclusions): what suggestions correct. */
export function searchWords(search: string): string[] {
  return parseSearch(search)
    .filter((c) => !c.exclude)
    .flatMap((c) => c.any.flatMap((t) => ('word' in t ? [t.word] : [])));
}

const stems = (text: string) => sql`plainto_tsquery('spanish', teletipo_fold(${text}))`;

function termQuery(term: Term): RawBuilder<unknown> {
  if ('phrase' in term) {
    const text = term.phrase.join(' ');
    return sql`(case when numnode(${stems(text)}) = 0 then ''::tsquery
      else phraseto_tsquery('spanish', teletipo_fold(${text})) end)`;
  }
  const anyForm = sql.join(wordForms(term.word).map(stems), sql` || `);
  return sql`(case when numnode(${stems(term.word)}) = 0 then ''::tsquery else ${anyForm} end)`;
}

/** A tsquery for a search typed by a person (see the syntax above). */
export function textQuery(search: string): RawBuilder<unknown> {
  const clauses = parseSearch(search);
  if (clauses.length === 0) return sql`''::tsquery`;
  return sql`(${sql.join(
    clauses.map(({ any, exclude }) => {
      const either = sql`(${sql.join(any.map(termQuery), sql` || `)})`;
      return exclude ? sql`!!${either}` : either;
    }),
    sql` && `,
  )})`;
}
