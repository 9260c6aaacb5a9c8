import { isKnownPlace } from '../lexicon/places.js';
import { isEnglishWord } from './common-words.js';
import { fold } from './fold.js';
import type { Cluster } from './merge.js';

// Capitalised phrases that name a concept, a competition or a feast, not a person, body or place.
const CONCEPTS = new Set([
  'estado de derecho',
  'champions',
  'champions league',
  'bundesliga',
  'premier league',
  'grand slam',
  'liga de campeones',
  'copa libertadores',
  'san valentin',
  // Feasts and seasons of the year.
  'navidad',
  'nochebuena',
  'nochevieja',
  'semana santa',
  'pascua',
  'cuaresma',
  'ramadan',
  'halloween',
]);

/** A word of an English title's leftover: a function word (`If`, `At`), a possessive of one, a number. */
const englishOrNumber = (w: string) => isEnglishWord(w.replace(/['’]s$/u, '')) || /^\d+$/u.test(w);

/**
 * Words before a one-word mention that make it no name:
 * - an era: `600 después de Cristo`, `antes de Cristo`;
 * - an academic field after a degree, in one word or several: `un doctorado en Arqueología`,
 *   `licenciada en Derecho`, `la Maestría en Ciencias Políticas` (the degree's programme is no body);
 * - an office someone runs for, reaches or holds: `candidato a la Presidencia`, `llegar a la
 *   Gubernatura`, `piensa en la Presidencia` (the body speaks and is spoken of with `de`: `el
 *   vocero de la Presidencia`, `la Presidencia informó`).
 */
const CONTEXTS: [RegExp, RegExp][] = [
  [/^Cristo$/u, /(?:antes|después|despues)\s+de\s+$/iu],
  [
    /^\p{Lu}\p{Ll}+(?:\s+(?:de|del|la|las|los|y|e|\p{Lu}\p{Ll}+))*$/u,
    /(?:doctorado|doctora|doctor|licenciatura|licenciado|licenciada|maestría|maestria|máster|master|diplomado|posgrado|especialidad|especialista|grado|título|titulo|egresado|egresada|experto|experta)\s+en\s+$/iu,
  ],
  [/^(?:Presidencia|Vicepresidencia|Gubernatura|Alcaldía)$/u, /(?:^|\s)(?:a|en|por|hacia)\s+la\s+$/iu],
];

/** Is every body mention of the cluster in a context where its word is no name? */
function inNoNameContext(c: Cluster, body: string): boolean {
  const mentions = c.mentions.filter((m) => !m.inTitle);
  if (mentions.length === 0) return false;
  // `un posgrado en México`: a place after a degree is where it is studied.
  return mentions.every(
    (m) =>
      !isKnownPlace(m.text) &&
      CONTEXTS.some(
        ([word, before]) => word.test(m.text) && before.test(body.slice(Math.max(0, m.start - 40), m.start)),
      ),
  );
}

/**
 * A cluster that names no person, body or place: a concept, an era, a field of study, an office,
 * an English word left over from a song or film title (`It`, `Always`), or a plural acronym,
 * whatever its type.
 */
export function namesNothing(c: Cluster, body: string): boolean {
  return (
    CONCEPTS.has(fold(c.name)) ||
    // `AT` (of AT&T) in capitals is an acronym.
    c.mentions.every((m) => m.text.split(/\s+/).every(englishOrNumber) && /\p{Ll}/u.test(m.text)) ||
    // An acronym with a plural `s` counts things (`CDs`, `DVDs`, `ONGs`): one body or place has no plural.
    c.mentions.every((m) => /^\p{Lu}{2,}s$/u.test(m.text)) ||
    inNoNameContext(c, body)
  );
}
