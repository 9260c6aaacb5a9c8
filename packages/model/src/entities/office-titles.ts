import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { fold } from './fold.js';
import type { Cluster } from './merge.js';

// Adjectives that qualify an office, written with a capital after its noun: `director General`,
// `Presidente Municipal`, `Consejero Jurídico`.
const OFFICE_ADJECTIVES = String.raw`General|Municipal|Jurídic[oa]|Ejecutiv[oa]|Adjunt[oa]|Federal|Estatal|Nacional`;
const TAIL = new RegExp(String.raw`^(?:${OFFICE_ADJECTIVES})\s`, 'u');
// `Presidente Municipal de Guadalupe`, `Secretario de Gobernación`, `Rey del Pop`.
const HEADED = new RegExp(String.raw`^(\p{L}+)(?:\s+(?:${OFFICE_ADJECTIVES}))?\s+(?:de|del)\s`, 'u');

const roleNoun = (word: string) => ROLE_NOUNS.has(word.toLowerCase()) || ROLE_NOUNS.has(fold(word));

/** The rest of an office's title after its lower-case noun: `el procurador| General de la República`. */
function officeTail(text: string, body: string, start: number): boolean {
  if (!TAIL.test(text)) return false;
  const before = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, start - 30), start));
  return before !== null && roleNoun(before[1]!);
}

/** A role and its portfolio read as a person (`Consejero Jurídico de la Presidencia`): no name in it. */
function officeAsPerson(c: Cluster, text: string): boolean {
  const m = HEADED.exec(text);
  return (
    c.type === 'PERSON' &&
    m !== null &&
    roleNoun(m[1]!) &&
    !text.split(/\s+/).some((w, i) => i > 0 && GIVEN_NAMES.has(fold(w)))
  );
}

/**
 * Is the cluster an office's title rather than a name: the capitalised rest of a title whose noun
 * precedes it (`el procurador General de la República`, `director General de los SSZ`), or an office
 * the tagger read as a person (`el Presidente Municipal de Guadalupe`, `el Rey del Pop`)? The holder
 * is named apart; the office is a descriptor, not an entity.
 */
export function isOfficeTitle(c: Cluster, body: string): boolean {
  const mentions = c.mentions.filter((m) => !m.inTitle);
  return (
    mentions.length > 0 &&
    mentions.every((m) => officeTail(m.text, body, m.start) || officeAsPerson(c, m.text))
  );
}
