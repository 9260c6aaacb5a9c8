import { isCity } from '../lexicon/places.js';
import type { Candidate } from './repair.js';
import { listOpening } from './typing.js';

// Spanish names a city without an article (`jugó en Barcelona`); `el Barcelona`, `del Madrid`, `al
// Elche` is the club named after it. A capital `El` only opens a sentence: mid-sentence it is part
// of the name (`El Cairo`).
const ARTICLE_BEFORE = /(?:(?<![\p{L}\p{M}])(?:el|del|al)|(?:^|[.!?:]\s+|\n\s*)El)\s+$/u;
// `el Madrid de los Austrias`, `el México de hoy`: a place with a complement keeps its article.
const COMPLEMENT_AFTER = /^\s+(?:de|del)\s/u;

// `los clubes mexicanos Monterrey, Puebla y …`, `equipos como Celaya`: a plural noun for teams, an
// adjective or `como`, and a list of names.
const CLUBS_BEFORE =
  /(?<![\p{L}\p{M}])(?:clubes|equipos|escuadras|conjuntos)(?:\s+\p{Ll}+)?(?:\s+como)?\s+$/u;

/** Is the mention an item of a list of teams? */
function listedAsClub(body: string, s: Candidate): boolean {
  const opening = listOpening(body, s.start);
  return CLUBS_BEFORE.test(body.slice(Math.max(0, opening - 40), opening));
}

/**
 * A one-word city after a masculine article is the football club of that city: an organisation,
 * whatever the tagger or the gazetteer read. Countries are left alone (`el Perú`, `del Ecuador`).
 * So is every name listed after a plural noun for teams (`los clubes Monterrey, Puebla y …`).
 */
export function asClub(body: string, s: Candidate): Candidate {
  if (s.forced || s.inTitle) return s;
  if (listedAsClub(body, s))
    return { ...s, type: 'ORGANIZATION', forced: 'ORGANIZATION', forcedBy: 'entity.type.club' };
  if (/\s/.test(s.text) || !isCity(s.text)) return s;
  if (!ARTICLE_BEFORE.test(body.slice(Math.max(0, s.start - 12), s.start))) return s;
  if (COMPLEMENT_AFTER.test(body.slice(s.end, s.end + 6))) return s;
  return { ...s, type: 'ORGANIZATION', forced: 'ORGANIZATION', forcedBy: 'entity.type.club' };
}
