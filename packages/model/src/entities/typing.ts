import { acronymType } from '../lexicon/acronyms.js';
import { opensWithGivenName } from '../lexicon/given-names.js';
import {
  FACILITY_NOUNS,
  KNOWN_ORGANIZATIONS,
  LOCATION_HEADS,
  LOCATION_TAILS,
  MEDIA_NOUNS,
  MISC_HEADS,
  ORG_HEADS,
  ORG_TAILS,
  PERSON_TITLES,
  PLACE_NOUNS,
} from '../lexicon/name-heads.js';
import { isKnownPlace, isUnambiguousPlace } from '../lexicon/places.js';
import { ORG_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import type { RuleId } from '../explain/rules.js';
import type { EntityType } from '../types.js';
import { isOrdinaryWord } from './common-words.js';
import { fold } from './fold.js';
import type { Candidate } from './repair.js';

export const isAcronym = (text: string) =>
  /^(?:\p{Lu}\.?){2,8}$/u.test(text.replace(/\s/g, '')) ||
  /^\p{Lu}[\p{Lu}.&]{1,7}$/u.test(text) ||
  /^\p{Lu}+\p{Ll}?\p{Lu}*-\p{Lu}+$/u.test(text);

// A roman numeral or an ordinal word: the edition of an event.
const EDITION =
  /^(?:[IVXLC]+|Primer[oa]?|Segund[oa]|Tercer[oa]?|Cuart[oa]|Quint[oa]|Sext[oa]|Séptim[oa]|Octav[oa]|Noven[oa]|Décim[oa])$/u;
const FOREIGN_ARTICLE = /^(?:The|Der|Die|Das)\s+\p{Lu}/u;
const ENGLISH_LINKS = new Set('in and the on with from to'.split(' '));
const alternation = (words: Iterable<string>) => [...words].join('|');
// Adjectives only between a role noun and the name: `la petrolera rusa Lukoil`, not `el jefe de la ONU`;
// a body may add what it deals in (`la cadena hotelera de lujo Aurum`, `del partido verde Vida`).
const ADJECTIVES = String.raw`(?:\s+(?!(?:de|del|la|el|los|las|en|y|a|al|con|por|para|que|su)\s)[\p{Ll}\p{M}]+){0,2}`;
// A medium may add its beat: `la revista de la farándula People`, `el canal de deportes Gol`.
const MEDIA_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(MEDIA_NOUNS)})(?:\s+de(?:l|\s+la|\s+los|\s+las)?\s+[\p{Ll}\p{M}]+)?${ADJECTIVES}\s*[«"“']?$`,
  'iu',
);
const ORG_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:la|el|del|al)\s+(?:${alternation(ORG_ROLE_NOUNS)})${ADJECTIVES}(?:\s+de\s+\p{Ll}+)?\s+$`,
  'iu',
);
const ORG_AFTER = new RegExp(
  String.raw`^,\s+(?:la|el|una|un)\s+(?:${alternation(ORG_ROLE_NOUNS)})(?![\p{L}])`,
  'iu',
);
const PERSON_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:el|la|del|al)\s+(?:${alternation(ROLE_NOUNS)})${ADJECTIVES},?\s+$`,
  'iu',
);
const PERSON_AFTER = new RegExp(
  String.raw`^,\s+(?:el|la|un|una)?\s*(?:${alternation(ROLE_NOUNS)})(?![\p{L}])`,
  'iu',
);
// `el aeropuerto Sheremetyevo`, `en el municipio de Tlaltenango`, `la región del Monzón`; an
// adjective may stand before the noun (`el céntrico barrio del Carmen`, `la vecina colonia Roma`).
const PLACE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:el|la|los|las|del|al|un|una)(?:\s+[\p{Ll}\p{M}]+[oa]s?)?\s+(?:${alternation(PLACE_NOUNS)})(?:\s+(?:de|del|de la|de los))?\s+$`,
  'iu',
);
const FACILITY_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:[Ee]l|[Ll]as?|[Ll]os|del|al|[Uu]na?)\s+(?:${alternation(FACILITY_NOUNS)})(?:\s+(?:de|del|de la|de los))?\s+$`,
  'u',
);
// `Tlaltenango, una localidad de …`, `el Bajío, la región …`.
const PLACE_AFTER = new RegExp(
  String.raw`^,\s+(?:la|el|una|un)\s+(?:región|ciudad|zona|localidad|provincia|municipio|pueblo|poblado|isla|barrio|colonia|villa|aldea|comarca)(?![\p{L}])`,
  'iu',
);
// `en los municipios de Jerez`, `comunidades como Tepetongo`, `los centros de salud de Pinos`: a plural
// unit of territory before a list of names. Lower case only: `Estados Unidos` is no unit.
const PLACES_BEFORE =
  /(?:^|\s)(?:municipios|comunidades|localidades|poblados|ejidos|rancherías|ciudades|estados|provincias|regiones|colonias|barrios|centros\s+de\s+salud)(?:\s+(?:de|del|como))?\s+$/u;
// One item of a list and the comma or `y` after it: `San José del Valle, `, `Pinos y `.
const LIST_ITEM_BEFORE =
  /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?\p{Lu}[\p{L}\p{M}]*){0,3}(?:,|\s+y|\s+e)\s+$/u;

/** Where the list holding the name at `start` opens (`start` itself when it is none's later item). */
export function listOpening(body: string, start: number): number {
  let at = start;
  for (let i = 0; i < 12; i++) {
    const before = body.slice(Math.max(0, at - 50), at);
    const m = LIST_ITEM_BEFORE.exec(before);
    if (!m) break;
    at -= before.length - m.index;
  }
  return at;
}

/**
 * A name listed after a unit of territory (`los municipios de Jerez, Tepetongo y Monte Escobedo`)
 * is a place, and so is every later item of the list, which the tagger often reads as people.
 */
function inPlaceList(body: string, start: number, end: number): boolean {
  const opening = listOpening(body, start);
  const before = body.slice(Math.max(0, opening - 60), opening);
  if (PLACES_BEFORE.test(before)) return true;
  if (opening === start || !PLACE_BEFORE.test(before)) return false;
  // A later item closes the list (`… y Pinos`) or is followed by another; after `el municipio de
  // Buenavista, Luis Torres, dijo …` the name is an apposition, not an item.
  return (
    /(?:,|\s+[ye])\s+$/u.test(body.slice(start - 3, start)) &&
    (/\s[ye]\s+$/u.test(body.slice(start - 4, start)) ||
      /^(?:,|\s+[ye])\s+\p{Lu}/u.test(body.slice(end, end + 5)))
  );
}

const PARTICLE = /^(?:de|del|la|las|los|y|e|van|von|da|di|dos|bin|ibn|al|el)$/u;

/** Capitalised words (and name particles) only, as in `Juan Carlos Lozano Martínez`, `Vicente del Bosque`. */
function looksLikePersonName(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // Compound given names and surnames keep their capitals: `Jean-Marc`, `Frank-Walter`.
    words.every(
      (w) =>
        /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*\.?$|^\p{Lu}\.$/u.test(w) || PARTICLE.test(w),
    ) &&
    !words.some((w) => ORG_HEADS.has(fold(w)) || MISC_HEADS.has(fold(w)))
  );
}

/** A type and the rule that gave it. */
export interface Typing {
  type: EntityType;
  rule: RuleId;
}

const typed = (type: EntityType | undefined, rule: RuleId): Typing | undefined => type && { type, rule };

/** The type a lexicon gives a name, whatever the tagger said, or undefined. */
export function lexicalType(name: string, taggerSaysPerson: boolean): EntityType | undefined {
  return lexicalTyping(name, taggerSaysPerson)?.type;
}

/** `lexicalType` with the rule of the lexicon that answered. */
export function lexicalTyping(name: string, taggerSaysPerson: boolean): Typing | undefined {
  const words = name.split(/\s+/);
  const head = fold(words[0] ?? '');
  // A medium or body known by its letters (`NDTV`) before the table of acronyms, which lacks it.
  if (KNOWN_ORGANIZATIONS.has(fold(name))) return typed('ORGANIZATION', 'entity.type.known-organization');
  if (isAcronym(name)) return typed(acronymType(name), 'entity.type.acronym');
  // A well-known body's acronym printed as a word (`Infonavit`, `Conagua`, `Pemex`).
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(name) && acronymType(name) === 'ORGANIZATION')
    return typed('ORGANIZATION', 'entity.type.known-organization');
  if (KNOWN_ORGANIZATIONS.has(fold(name))) return typed('ORGANIZATION', 'entity.type.known-organization');
  if (FOREIGN_ARTICLE.test(name)) return typed('ORGANIZATION', 'entity.type.foreign-article');
  if (words.length >= 2 && PERSON_TITLES.has(head)) return typed('PERSON', 'entity.type.person-title');
  if (isUnambiguousPlace(name)) return typed('LOCATION', 'entity.type.known-place');
  if (isKnownPlace(name) && !taggerSaysPerson) return typed('LOCATION', 'entity.type.known-place');
  // Facilities and geographic features are places, even when named after a person (`Estadio
  // Santiago Bernabéu`) or abbreviated (`Estación Espacial Internacional (ISS)`).
  if (words.length >= 2 && LOCATION_HEADS.has(head)) return typed('LOCATION', 'entity.type.location-head');
  // A church in lower case is the building (`la iglesia de San Roque`); `Iglesia Católica` is a body.
  if (/^(?:iglesia|templo|parroquia|capilla|convento)\s/u.test(name))
    return typed('LOCATION', 'entity.type.church');
  if (words.length >= 2 && MISC_HEADS.has(head)) return typed('MISC', 'entity.type.misc-head');
  // An event's edition stands before its head: `XV Exposición Nacional de Hongos`, `Tercer Foro …`.
  if (words.length >= 3 && EDITION.test(words[0]!) && MISC_HEADS.has(fold(words[1]!)))
    return typed('MISC', 'entity.type.misc-head');
  // A waterway between seas (`Canal de Panamá`, `Canal de Suez`), not a television channel.
  if (/^Canal\s+de\s+/u.test(name) && isKnownPlace(name.replace(/^Canal\s+de\s+/u, '')))
    return typed('LOCATION', 'entity.type.canal');
  if (words.length >= 2 && ORG_HEADS.has(head)) return typed('ORGANIZATION', 'entity.type.org-head');
  // An English name is headed at its end, whoever it is named after: `Ana Bals Fund`.
  if (words.length >= 2 && ORG_TAILS.has(fold(words[words.length - 1]!)))
    return typed('ORGANIZATION', 'entity.type.org-tail');
  // English function words inside a name make a band's or a work's title (`Alice in Chains`, `Two
  // and a Half Men`), never a person's: people's names link with `de`, `van`, `bin`….
  // A body's English name links with `of` (`Proceedings of the Royal Society`, `Bank of the West`).
  if (words.length >= 3 && words.slice(1, -1).some((w) => ENGLISH_LINKS.has(w)) && !words.includes('of'))
    return typed('MISC', 'entity.type.english-title');
  if (words.length >= 2 && LOCATION_TAILS.has(fold(words[words.length - 1]!)))
    return typed('LOCATION', 'entity.type.location-tail');
  if (opensWithGivenName(name) && looksLikePersonName(words))
    return typed('PERSON', 'entity.type.given-name');
  return undefined;
}

// An office's portfolio, not its holder, follows `secretario de`: `el secretario de Pesca y Acuacultura`.
const OFFICE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:sub)?(?:secretari[oa]|ministr[oa]|titular|director[a]?|delegad[oa]|coordinador[a]?)s?\s+(?:de|del|de la|de los)\s+$`,
  'iu',
);

/** Does the mention name what an office holder is in charge of (`el secretario del Campo`)? */
function officeOf(body: string, start: number): boolean {
  return OFFICE_BEFORE.test(body.slice(Math.max(0, start - 40), start));
}

/** Is the mention right after a media noun: `el diario The Guardian`, `la revista Science`? */
export function afterMediaNoun(text: string, start: number): boolean {
  return MEDIA_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The type the words around a mention give it: a medium (`el diario The Guardian`), a company or
 * body (`la petrolera rusa Lukoil`, `Aizoon, la empresa …`), a person (`el ministro ruso Serguéi
 * Lavrov`, `Ana Sol, presidenta de …`), a place (`el barrio Jacarepaguá`, `Aguaytía, una región`).
 */
export function contextType(body: string, start: number, end: number): EntityType | undefined {
  const before = body.slice(Math.max(0, start - 60), start);
  const after = body.slice(end, end + 40);
  if (MEDIA_BEFORE.test(before) || ORG_BEFORE.test(before) || ORG_AFTER.test(after)) return 'ORGANIZATION';
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) return 'PERSON';
  if (PLACE_BEFORE.test(before) || PLACE_AFTER.test(after) || inPlaceList(body, start, end))
    return 'LOCATION';
  return undefined;
}

/**
 * The type of a group of mentions of one referent: a type fixed by a gazetteer or suffix first,
 * then what the lexicon says of the canonical name (known places and acronyms, heads such as
 * `Partido`, `Tratado`, `Infanta`, a common given name), then whether the article defines an
 * acronym for it (`defined`), then the words around its mentions (`el
 * diario …`, `la petrolera …`, `el ministro …`), then the tagger's votes weighted by the length of
 * the forms it tagged; a `person` or ordinary words found only after `secretario de` is the office's
 * portfolio (MISC).
 */
export function clusterType(
  name: string,
  mentions: readonly Candidate[],
  body: string,
  defined = false,
): EntityType {
  return clusterTyping(name, mentions, body, defined).type;
}

/** `clusterType` with the rule that decided it. */
export function clusterTyping(
  name: string,
  mentions: readonly Candidate[],
  body: string,
  defined = false,
): Typing {
  const forcing = mentions.find((m) => m.forced);
  if (forcing?.forced) return { type: forcing.forced, rule: forcing.forcedBy ?? 'entity.type.gazetteer' };
  // Named only after a place noun (`el estadio Santiago Bernabéu`, `la avenida López Mateos`), a
  // name that is a person's elsewhere is the place named after them.
  const inBody = mentions.filter((m) => !m.inTitle);
  if (
    inBody.length > 0 &&
    inBody.every((m) => FACILITY_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start)))
  )
    return { type: 'LOCATION', rule: 'entity.type.facility' };
  const votes = new Map<EntityType, number>();
  for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.text.length);
  const person = (votes.get('PERSON') ?? 0) > 0;
  const byName = lexicalTyping(name, person);
  if (byName) return byName;
  // A name the article abbreviates (`Caminos y Puentes Federales (Capufe)`) is a body, whatever
  // the tagger read: people and places that go by an acronym are known to the lexicon above.
  if (defined) return { type: 'ORGANIZATION', rule: 'entity.type.defined-acronym' };
  for (const m of mentions) {
    if (m.text === name) continue;
    const t = isAcronym(m.text) ? acronymType(m.text) : undefined;
    if (t && t !== 'MISC') return { type: t, rule: 'entity.type.alias-acronym' };
  }
  const contexts = new Map<EntityType, number>();
  for (const m of mentions) {
    if (m.inTitle) continue;
    const t = contextType(body, m.start, m.end);
    if (t) contexts.set(t, (contexts.get(t) ?? 0) + 1);
  }
  const byContext = [...contexts].sort((a, b) => b[1] - a[1])[0];
  if (byContext && !(byContext[0] === 'PERSON' && isAcronym(name)))
    return { type: byContext[0], rule: 'entity.type.context' };
  const tagged = [...votes].filter(([t]) => t !== 'MISC').sort((a, b) => b[1] - a[1]);
  // `el secretario de Obras Públicas del Estado`, `la ministra de Asuntos Exteriores de Chile`: a
  // portfolio that opens with an ordinary word is the office's, not a body's name (bodies open with
  // a head the lexicon knows, `Secretaría`, `Instituto`, or are acronyms or known names: `Pemex`).
  if (
    (tagged[0]?.[0] === 'PERSON' || isOrdinaryWord(name.split(/\s+/)[0]!)) &&
    !opensWithGivenName(name) &&
    inBody.length > 0 &&
    mentions.every((m) => m.inTitle || officeOf(body, m.start))
  )
    return { type: 'MISC', rule: 'entity.type.office-portfolio' };
  return { type: tagged[0]?.[0] ?? 'MISC', rule: 'entity.type.tagger' };
}
