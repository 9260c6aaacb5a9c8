import { opensWithGivenName } from '../lexicon/given-names.js';
import {
  KNOWN_ORGANIZATIONS,
  LOCATION_HEADS,
  LOCATION_TAILS,
  MISC_HEADS,
  ORG_HEADS,
  ORG_TAILS,
} from '../lexicon/name-heads.js';
import { isKnownPlace, isUnambiguousPlace } from '../lexicon/places.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { isOrdinaryWord } from './common-words.js';
import { fold } from './fold.js';
import type { Candidate } from './repair.js';

const HEADS = [ORG_HEADS, ORG_TAILS, MISC_HEADS, LOCATION_HEADS, LOCATION_TAILS];
const isKnownName = (name: string) => isUnambiguousPlace(name) || KNOWN_ORGANIZATIONS.has(fold(name));

/** The piece of `span` from `from` to `to` (offsets into its text), typed `type` when given. */
function piece(span: Candidate, from: number, to: number, type?: Candidate['type']): Candidate {
  return {
    ...span,
    start: span.start + from,
    end: span.start + to,
    text: span.text.slice(from, to),
    ...(type && { type }),
  };
}

/** How often `word` stands in the text as a word of its own. */
function occurrences(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(String.raw`(?<![\p{L}\p{M}])${escaped}(?![\p{L}\p{M}])`, 'gu'))?.length ?? 0;
}

/**
 * Is `rest` a person's name: it opens with a common given name, or its last word, a surname, is
 * used on its own elsewhere in the text (`Ana Kowalczyk` … `Kowalczyk dijo`).
 */
function personName(rest: string, text: string, end = -1): boolean {
  const words = rest.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (opensWithGivenName(rest)) return true;
  // An ordinary or English word alone elsewhere (`Festival`, `Street`) is no surname.
  const last = words[words.length - 1]!;
  if (words.some((w) => HEADS.some((h) => h.has(fold(w))))) return false;
  // A role in apposition after it says it is a person, whatever its words mean (`Duda`).
  if (end >= 0 && ROLE_AFTER.test(text.slice(end, end + 40))) return true;
  return !words.some((w) => isOrdinaryWord(w)) && occurrences(text, last) > occurrences(text, rest);
}

// A person's role in apposition right after the span: `…, un guitarrista de …`, `…, la portavoz`.
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:un|una|el|la)\s+(?:${[...ROLE_NOUNS].join('|')})(?![\p{L}\p{M}])`,
  'iu',
);

// A role noun and its complement right before the span: `el piloto alemán de`, `la directora del`.
const ROLE_OF_BEFORE = new RegExp(
  String.raw`(?:^|\s)(${[...ROLE_NOUNS].join('|')})(?:\s+[\p{Ll}\p{M}]+){0,2}\s+(?:de|del|de la|de los|de las)\s+$`,
  'iu',
);
// Heads of names given after a person: such a name ends with the person's (`Teatro Ana Ruiz`).
const NAMED_AFTER = new Set(
  'escuela colegio instituto universidad hospital museo teatro fundacion biblioteca galeria premio centro catedra medalla'.split(
    ' ',
  ),
);

/**
 * The holder of a role run into the body or award that qualifies it, with no comma between: `el
 * piloto de Red Bull Ana Ruiz` (a role and `de` before the span), `el Nobel de la Paz Ana Ruiz`.
 * The person is the last two or three words, opening with a given name; a body named after a
 * person (`la directora del Teatro Ana Ruiz`) stays whole.
 */
function roleHolderAfterBody(span: Candidate, text: string): Candidate[] | undefined {
  const t = span.text;
  const nobel = /^(?:Premio\s+)?Nobel\b/u.test(t);
  if (!nobel && !ROLE_OF_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) return undefined;
  const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
  for (const at of spaces.slice(-3)) {
    const [left, right] = [t.slice(0, at), t.slice(at + 1)];
    if (right.split(/\s+/).length > 3 || !opensWithGivenName(right) || !personName(right, text)) continue;
    // `San Pedro Chenalhó`, `San José Iturbide`: a saint's name opens a place, not a role holder's.
    if (/(?:^|\s)(?:de|del|la|las|los|y|San|Santa|Santo)$/u.test(left) || isKnownPlace(left)) continue;
    if (left.split(/\s+/).some((w) => NAMED_AFTER.has(fold(w)) || LOCATION_HEADS.has(fold(w))))
      return undefined;
    return [piece(span, 0, at, nobel ? 'MISC' : 'ORGANIZATION'), piece(span, at + 1, t.length, 'PERSON')];
  }
  return undefined;
}

/**
 * Splits one tagged span that runs two names together with no word between them:
 * - places or names joined by a slash (`Palma/Madrid`);
 * - two known places side by side (`San Antonio Houston`, a list that lost its comma);
 * - a known place or body, then a person (`el corresponsal del Daily Mirror Ana Kowalczyk`);
 * - a name, then `en` and a known place (`Consejo Regional en Sonora`): the place is no part of the
 *   name (a name the article abbreviates is put back whole from its definition).
 */
export function splitRunTogether(spans: Candidate[], text: string): Candidate[] {
  return spans.flatMap((span): Candidate[] => {
    const t = span.text;
    if (isKnownPlace(t) || KNOWN_ORGANIZATIONS.has(fold(t))) return [span];
    const slash = /^(\p{Lu}[^/]*?)\s*\/\s*(\p{Lu}[^/]*)$/u.exec(t);
    if (slash) {
      const second = t.length - slash[2]!.length;
      const type = isKnownPlace(slash[1]!) && isKnownPlace(slash[2]!) ? 'LOCATION' : undefined;
      return [piece(span, 0, slash[1]!.length, type), piece(span, second, t.length, type)];
    }
    const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
    for (const at of spaces) {
      const [left, right] = [t.slice(0, at), t.slice(at + 1)];
      if (isUnambiguousPlace(left) && isUnambiguousPlace(right))
        return [piece(span, 0, at, 'LOCATION'), piece(span, at + 1, t.length, 'LOCATION')];
      if (isKnownName(left) && personName(right, text, span.end))
        return [
          piece(span, 0, at, isUnambiguousPlace(left) ? 'LOCATION' : 'ORGANIZATION'),
          piece(span, at + 1, t.length, 'PERSON'),
        ];
    }
    // A channel and its city: `Canal N de Lima`, `Canal 4 de Quito`.
    const channel = /^(Canal\s+[\p{Lu}\p{N}]{1,2})\s+de\s+(\p{Lu}.*)$/u.exec(t);
    if (channel && isKnownPlace(channel[2]!))
      return [
        piece(span, 0, channel[1]!.length, 'ORGANIZATION'),
        piece(span, t.length - channel[2]!.length, t.length, 'LOCATION'),
      ];
    const holder = roleHolderAfterBody(span, text);
    if (holder) return holder;
    const inPlace = /^(\p{Lu}.*?)\s+en\s+(\p{Lu}.*)$/u.exec(t);
    if (inPlace && isUnambiguousPlace(inPlace[2]!)) {
      const second = t.length - inPlace[2]!.length;
      return [piece(span, 0, inPlace[1]!.length), piece(span, second, t.length, 'LOCATION')];
    }
    return [span];
  });
}
