import { opensWithGivenName } from '../lexicon/given-names.js';
import { isKnownPlace } from '../lexicon/places.js';
import type { RawSpan } from './clean.js';

const PROGRAMME_BEFORE =
  /(?<![\p{L}\p{M}])(?:programa|plan|proyecto|campaña|operativo|operación|estrategia|cruzada)\s+(?:(?:federal|estatal|nacional|municipal)\s+)?$/u;

/**
 * Is this mention the name of a work or a law rather than of a person, body or place?
 * - a film, book or record dated in brackets right after it: `la actriz de Ghost (1990)` (a person's
 *   dates are a span, `(1886-1957)`);
 * - the subject of a law: `la ley de Amnistía`, `la Ley de Transparencia`;
 * - a programme or campaign after its noun: `el programa Pueblos Mágicos`.
 * A person (`la ley de Zapatero`) or a place (`las leyes de Texas`) stays what it is.
 */
export function isWorkOrLaw(text: string, span: RawSpan): boolean {
  if (span.type === 'PERSON' || opensWithGivenName(span.text) || isKnownPlace(span.text)) return false;
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  // `Sabra y Shatila (1982)`: the last of two places, dated by what happened there.
  if (/^\s*\((?:1[89]|20)\d\d\)/u.test(text.slice(span.end, span.end + 10)) && !/\s(?:y|e)\s+$/u.test(before))
    return true;
  // A programme or campaign named right after its noun: `el programa Pueblos Mágicos`, `la campaña
  // Manos Limpias` (an acronym after it may be a body's: `el proyecto ASU`).
  if (PROGRAMME_BEFORE.test(before) && !/^\p{Lu}{2,}$/u.test(span.text)) return true;
  return /(?<![\p{L}\p{M}])[Ll]ey(?:es)?\s+(?:de|del|de la|sobre|contra)\s+$/u.test(before);
}
