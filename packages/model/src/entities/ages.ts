import { isKnownPlace } from '../lexicon/places.js';
import type { Candidate } from './repair.js';

// `, de 16 años`, `, de 15,`, `, de 83 años de edad;`: an age in apposition. Ages have up to three
// digits, so a year (`Monterrey, de 2010 a 2012`) is no age; the number must close the phrase, so
// a count (`Puebla, de 15 municipios`) is none either.
const AGE_AFTER = /^,\s+de\s+\d{1,3}(?:\s+años(?:\s+de\s+edad)?)?\s*[,;.)]/u;

/**
 * A name given an age in apposition (`sus hijos Prince, de 16 años; Paris, de 15`) is a person's,
 * even one the tagger read as a place because it is spelled like a city. Only the tagger's other
 * readings change, so that a person's short form still joins their full name.
 */
export function withAge(body: string, s: Candidate): Candidate {
  if (s.forced || s.inTitle || s.type === 'PERSON') return s;
  if (!AGE_AFTER.test(body.slice(s.end, s.end + 40))) return s;
  // Forcing would keep a surname (`Ruiz, de 40 años`) from its person; a name spelled like a place
  // needs it, or the gazetteer outvotes the age.
  return isKnownPlace(s.text)
    ? { ...s, type: 'PERSON', forced: 'PERSON', forcedBy: 'entity.type.age' }
    : { ...s, type: 'PERSON' };
}
