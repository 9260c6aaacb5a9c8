import { placesOfDemonym } from '../lexicon/demonyms.js';
import { HONORIFICS, ORG_HEADS, PERSON_TITLES } from '../lexicon/name-heads.js';
import { isKnownPlace } from '../lexicon/places.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/spanish-function-words.js';
import { STATE_ABBREVIATIONS } from '../lexicon/acronyms.js';
import type { EntityType } from '../types.js';
import { fold } from './fold.js';

/** A candidate name: offsets into the text it was found in. */
export interface RawSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

const foldAll = (list: Iterable<string>) => new Set([...list].map(fold));

// Words that open a span without belonging to the name: articles, prepositions, conjunctions,
// honorifics, and the adverbs that open a sentence.
const OPENERS = foldAll([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...HONORIFICS,
  ...`y e o u ni pero aunque mientras cuando como si que según además asimismo también tras durante
  luego después antes ahora hoy ayer mañana entonces incluso sin embargo finalmente`.split(/\s+/),
]);

// Words that never make a name alone: the openers above, weekdays, months, sentence adverbs.
const NOT_NAMES = foldAll([
  ...OPENERS,
  ...`lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
  agosto septiembre setiembre octubre noviembre diciembre ene feb abr jun jul ago sep sept oct nov dic sí no nunca jamás ya aquí allí ahí usted
  ustedes él ella ellos ellas nosotros yo tú ojalá gracias bueno bien`.split(/\s+/),
]);

// Role nouns keep their accents: `secretaria` is a person, `Secretaría` a ministry.
const ROLES = new Set([...ROLE_NOUNS].map((w) => w.toLowerCase()));
// Role nouns that also open names of things: `General Motors`, `Ejecutivo Federal`.
const NAME_OPENING_ROLES = foldAll(['general', 'ejecutivo', 'ejecutiva', 'titular', 'técnico', 'colega']);
const ARTICLE = /^(?:El|La|Los|Las|Al)$/u;
// A period that closes an abbreviation, not the sentence: `EE.UU.`, `S.A.`, `Méx.`, `Jr.`.
const KEEPS_PERIOD = foldAll(['jr', 'sr', 'co', 'inc', 'corp', 'ltd', ...Object.keys(STATE_ABBREVIATIONS)]);

/** Does `start` open a sentence of `text` (after a period, a colon, a line break or the start)? */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s«"“'‘¿¡(—–■•▪*-]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/.test(text[i]!);
}

/**
 * A role noun that also heads names of bodies, followed straight by a capitalised adjective, opens
 * the body's name: `Coordinadora Nacional de …`, `Coordinadora Estatal de …` (a person's role would
 * be followed by `de` or by the person's name).
 */
function opensBodyName(span: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}\p{M}]+)\s+(\p{Lu}[\p{Ll}\p{M}]+)/u.exec(span);
  return !!m && ORG_HEADS.has(fold(m[1]!)) && /(?:al|ar|ano|ana|ista|ico|ica)$/u.test(m[2]!);
}

/**
 * Trims a tagged span to the name proper: no leading article, preposition, honorific or sentence
 * adverb (a capitalised article stays inside a sentence, `La Jornada`, and in known places,
 * `El Cairo`), no trailing punctuation, quotation marks or function words. Returns undefined when
 * nothing name-like is left.
 */
export function cleanSpan(span: RawSpan, text: string): RawSpan | undefined {
  let { start, end } = span;
  // Quotation marks and brackets around or at the edge of the span, and the bullets (`■`, `•`) that
  // open a subheading: no name starts with a symbol.
  while (start < end && /[\s«»"“”'‘’()[\]¿¡,;:—–\-•·*\p{So}]/u.test(text[start]!)) start++;
  while (end > start && /[\s«»"“”'‘’()[\],;:—–-]/u.test(text[end - 1]!)) end--;
  for (;;) {
    const m = /^(\S+)\s+/u.exec(text.slice(start, end));
    if (!m) break;
    const word = m[1]!;
    if (!OPENERS.has(fold(word))) break;
    const capitalised = word !== word.toLowerCase();
    if (capitalised && ARTICLE.test(word)) {
      // `El Salvador`, `La Habana` keep their article; so does a name inside a sentence (`La Jornada`).
      if (isKnownPlace(text.slice(start, end)) || !atSentenceStart(text, start)) break;
    } else if (capitalised && !atSentenceStart(text, start) && !HONORIFICS.has(fold(word))) break;
    start += m[0].length;
  }
  // A capitalised role before a name is not part of it: `Alcalde Carlos Peña`, `Director de la Unidad …`
  // (titles such as `Infanta`, `Papa` stay: they are how the person is named).
  const role = /^(\p{Lu}[\p{Ll}\p{M}]+)\s+(?:(?:de|del|de la|de los|de las)\s+)?(?=\p{Lu})/u.exec(
    text.slice(start, end),
  );
  if (
    role &&
    ROLES.has(role[1]!.toLowerCase()) &&
    !PERSON_TITLES.has(fold(role[1]!)) &&
    !NAME_OPENING_ROLES.has(fold(role[1]!)) &&
    !opensBodyName(text.slice(start, end))
  )
    start += role[0].length;
  // A capitalised article before a lower-case word opens a new sentence: `Barcelona El brasileño …`.
  const inner = /\s(?:El|La|Los|Las)\s+\p{Ll}/u.exec(text.slice(start, end));
  if (inner) end = start + inner.index;
  // Trailing lower-case function words (`Banco de`), then a final period unless it closes an abbreviation.
  for (;;) {
    const m = /\s+(\S+)$/u.exec(text.slice(start, end));
    if (!m || m[1] !== m[1]!.toLowerCase() || !OPENERS.has(fold(m[1]!))) break;
    end -= m[0].length;
  }
  if (text[end - 1] === '.') {
    const name = text.slice(start, end - 1);
    const last = name.split(/\s+/).pop() ?? '';
    if (!/\./.test(last) && !(/^\p{Lu}$/u.test(last) && name.length > 1) && !KEEPS_PERIOD.has(fold(last)))
      end--;
  }
  while (end > start && /[\s,;:«»"“”'‘’()—–!?¡¿-]/u.test(text[end - 1]!)) end--;
  // An English name never ends with a link word: `Bruce Springsteen & The` lost the band's name after it.
  for (let m; (m = /\s+(?:&|and|The|of|of the)$/u.exec(text.slice(start, end)));) end -= m[0].length;
  // A capitalised article that closes the span opens the next sentence: `Manuel Ortega El …`.
  const trailing = /\s(?:El|La|Los|Las)$/u.exec(text.slice(start, end));
  if (trailing) end = start + trailing.index;
  const name = text.slice(start, end);
  if (!isNameLike(name)) return undefined;
  return { ...span, start, end, text: name };
}

/** Has the text the makings of a name: a capital letter, and a word that is not a function word, role noun or demonym? */
export function isNameLike(name: string): boolean {
  if (name.length < 2 || !/\p{Lu}/u.test(name) || /^[\p{N}\s.,%-]+$/u.test(name)) return false;
  const words = name.split(/\s+/);
  return !words.every(
    (w) =>
      NOT_NAMES.has(fold(w)) ||
      ROLES.has(w.toLowerCase()) ||
      placesOfDemonym(w) !== undefined ||
      /^\p{N}+$/u.test(w),
  );
}

/** A span with a quotation mark inside holds two names or a name and a title: its pieces are cut apart. */
export function splitAtQuotes(span: RawSpan, text: string): RawSpan[] {
  const inner = text.slice(span.start + 1, span.end - 1);
  if (!/[«»“”"]/u.test(inner)) return [span];
  const pieces: RawSpan[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/[^«»“”"]+/gu)) {
    const start = span.start + m.index;
    pieces.push({ ...span, start, end: start + m[0].length, text: m[0] });
  }
  return pieces;
}
