import { resolveRoleMention, roleCore } from '../entities/resolve-role.js';
import { fold } from '../entities/fold.js';
import { CONTAINER_NOUNS, DOCUMENT_NOUNS, PERSON_GROUP_HEADS, roleNoun } from '../lexicon/speaker-nouns.js';
import { INDEFINITE, PREPOSITIONS } from '../lexicon/spanish-function-words.js';
import type { Entity, EntityType } from '../types.js';
import { demonymPerson } from './demonym.js';
import { introducedRole, otherRole } from './introduced.js';
import { lastMentioned, sentenceStart } from './nearest.js';
import { isPartyMember, type Phrase } from './phrases.js';
import type { Resolved, Salience } from './salience.js';

export type { Resolved } from './salience.js';
import type { TokenView } from './view.js';

// Role groups whose definite mention (`el analista`, `la firma`, `el diario`) refers back to the
// latest person or organisation of the story when nothing more specific fits.
const ANAPHORIC = new Set([...PERSON_GROUP_HEADS, 'organización', 'firma', 'diario', 'cadena']);

const PARTICIPLE = /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/;

export const entitySpeaker = (entity: Entity): Resolved => ({
  speaker: { name: entity.name, entityId: entity.id, kind: 'entity' },
  entity,
});

/**
 * Who a speaker phrase names: the entity of a name in it; for a role (`el presidente kazajo`, `la
 * firma`) the entity it refers to; for a document (`el texto de la declaración…`) or an unnamed
 * person (`un portavoz de la fiscalía`) the phrase itself. Undefined for a pronoun: the caller looks for
 * the salient referent.
 */
export function resolvePhrase(
  view: TokenView,
  phrase: Phrase,
  salience: Salience,
  at: number,
): Resolved | undefined {
  if (phrase.kind === 'pronoun') return undefined;
  // `el Director de la Escuela X`, `la Secretaria`: an office written with a capital is a role,
  // not the name of the body it belongs to.
  const office = phrase.name && capitalRole(view, phrase.name[0]);
  if (phrase.name && !office) return resolveName(view, phrase.name[0], phrase.name[1]);
  const headAt = office ? (phrase.name as [number, number])[0] : phrase.head;
  const head = view.lower[headAt] ?? '';
  const member = partyMember(view, phrase, at);
  if (member) return entitySpeaker(member);
  if (phrase.kind === 'noun') {
    const native = demonymPerson(view, phrase, at);
    if (native) return entitySpeaker(native);
    return { speaker: { name: lowerFirst(described(view, phrase).join(' ')), kind: 'description' } };
  }
  const words = described(view, phrase);
  if (DOCUMENT_NOUNS.has(head)) {
    const organization = organizationIn(view, phrase);
    return {
      speaker: {
        name: documentName(words),
        kind: 'source',
        ...(organization && { entityId: organization.id }),
      },
    };
  }
  const role = roleNoun(head);
  const determiner = phrase.determiner;
  // `según la misma fuente`, `indicó dicha fuente`: whoever the story last quoted, person, body or
  // document alike.
  const sameSource =
    /^(?:fuente|fuentes)$/.test(head) &&
    phrase.end === phrase.head + 1 &&
    /^(?:la|las|misma|mismas|dicha|dichas|esa|esas|esta|estas)$/.test(determiner ?? '');
  const previous = sameSource ? salience.lastSpeaker(at) : undefined;
  if (previous) return previous;
  // `un portavoz`, `fuentes oficiales`, `los manifestantes`: people the story does not name.
  const unnamed =
    determiner === undefined || INDEFINITE.has(determiner) || /^(?:los|las|unos|unas)$/.test(determiner);
  // `su abogado` is somebody's lawyer: only a person given that very role.
  const possessive = determiner === 'su' || determiner === 'sus';
  if (role && !unnamed && possessive) {
    const found =
      byTitle(view, head, head, ['PERSON']) ??
      byDescriptor(view.entities, head, ['PERSON'], salience, at, true);
    if (found) return entitySpeaker(found);
  } else if (role && !unnamed) {
    const phraseText = words.join(' ');
    const types: EntityType[] = role.cls === 'person' ? ['PERSON'] : ['ORGANIZATION'];
    const person =
      role.cls === 'person' ? resolveRoleMention(phraseText, view.entities, { position: at }) : undefined;
    const matched =
      person ??
      byTitle(view, head, role.group, types) ??
      byDescriptor(view.entities, role.group, types, salience, at);
    // `el periodista` refers back: a person the story names only further on is somebody else, except
    // in the lead, which often gives the role first and the name in the next paragraph.
    const until = Math.max(at, endOf(view, phrase.end - 1));
    const lead = at < (view.doc.paragraphs[0]?.end ?? 0);
    // `…, dijo el jefe del espionaje. / «…», dijo James Clapper, director…`: a lead that gives the
    // role first names its holder in a later sentence; a person who does not hold that very role
    // (only one of the same kind) and comes up later still is somebody else.
    const loose =
      lead &&
      matched !== undefined &&
      !matched.mentions.some((m) => m.start < until) &&
      !holdsRole(matched, phraseText);
    const found = loose ? (namedNext(view.entities, sentenceEnd(view, at), types) ?? matched) : matched;
    const known = found && (lead || found.mentions.some((m) => m.start < until));
    if (found && known && !otherRole(introducedRole(view.doc.body, found), role.group))
      return entitySpeaker(found);
    // An institution (`el gobierno`, `el partido`) is not whichever organisation spoke last; nor is
    // `el director` somebody the story introduced as a mother or a senator.
    // With nobody salient yet (the story named her without quoting her: `Hilda Téllez inauguró…
    // La funcionaria refirió que`), the person named last, unless introduced with another role.
    // A role in the sentence that names somebody else
    // (`A nombre del gobernador X, el secretario dijo`) is not that person.
    const named =
      types[0] === 'PERSON'
        ? lastMentioned(view.entities, sentenceStart(view.doc.sentences, at), types)
        : undefined;
    const namedRole = named && introducedRole(view.doc.body, named);
    const fallback =
      named && (namedRole === undefined || namedRole === role.group) ? entitySpeaker(named) : undefined;
    // `la policía` is the force (`el policía` one officer): no person the story talked about.
    const force = head === 'policía' && determiner === 'la';
    const latest =
      ANAPHORIC.has(role.group) && !force ? (salience.latestOfType(at, types) ?? fallback) : undefined;
    const introduced = latest?.entity && introducedRole(view.doc.body, latest.entity);
    const salient = otherRole(introduced, role.group) ? undefined : latest;
    if (salient) return salient;
  }
  return { speaker: { name: lowerFirst(words.join(' ')), kind: 'description' } };
}

// `la panista`, `el priista`: a party's member standing alone is the person of that party the story
// named, read as `el dirigente panista` is, or else the person last named.
function partyMember(view: TokenView, phrase: Phrase, at: number): Entity | undefined {
  if (!isPartyMember(view, phrase)) return undefined;
  const word = view.lower[phrase.head] ?? '';
  // With nobody tied to that party, the story calls the person it talks about by their party.
  return (
    resolveRoleMention(`dirigente ${word}`, view.entities, { position: at }) ??
    lastMentioned(view.entities, at, ['PERSON'])
  );
}

// A role noun opening a name that no person's entity covers: `Director de la Escuela X`.
function capitalRole(view: TokenView, i: number): boolean {
  const role = roleNoun(view.lower[i] ?? '');
  return role?.cls === 'person' && view.entityAt[i]?.type !== 'PERSON';
}

// `Una portavoz…` opening a sentence is `una portavoz…` as a speaker.
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The entity a name in the body stands for, or the name itself when no entity has it. */
export function resolveName(view: TokenView, first: number, end: number): Resolved {
  const covered: Entity[] = [];
  for (let i = first; i < end; i++) {
    const e = view.entityAt[i];
    if (e && !covered.includes(e)) covered.push(e);
  }
  // Of several entities in one name (`Bank` + `America Merrill Lynch`), the one that ends it.
  const lastEntity = view.entityAt[end - 1];
  const entity =
    (lastEntity && lastEntity.type !== 'LOCATION' ? lastEntity : undefined) ??
    covered.find((e) => e.type === 'PERSON') ??
    covered.find((e) => e.type !== 'LOCATION') ??
    covered[0];
  if (entity) return entitySpeaker(entity);
  const text = view.slice(first, end);
  const key = fold(text);
  const last = key.split(/\s+/).at(-1) ?? key;
  const named =
    view.entities.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a) === key)) ??
    view.entities.find((e) => e.type === 'PERSON' && fold(e.name).split(/\s+/).at(-1) === last);
  if (named) return entitySpeaker(named);
  return { speaker: { name: text, kind: 'entity' } };
}

// The phrase's words without its determiner or a trailing participle clause (`consultada por…`).
function described(view: TokenView, phrase: Phrase): string[] {
  const words: string[] = [];
  for (let i = phrase.first; i < phrase.end; i++) {
    const w = view.lower[i] as string;
    // `un portavoz de la fiscalía citado por la radio`: a participle clause is not the name.
    const participleClause = PARTICIPLE.test(w) && PREPOSITIONS.has(view.lower[i + 1] ?? '');
    if (i > phrase.head && participleClause && !view.isName(i) && words.length > 1) break;
    words.push(view.text(i));
  }
  while (words.length > 1 && /^(?:de|del|en|para|la|el|los|las)$/i.test(words[words.length - 1] as string))
    words.pop();
  return words;
}

// `el texto de la declaración de asociación estratégica` → `declaración de asociación estratégica`.
function documentName(words: string[]): string {
  let i = 0;
  for (;;) {
    while (
      i < words.length - 1 &&
      /^(?:el|la|los|las|un|una|unos|unas|este|esta|su|sus|dicho|dicha)$/i.test(words[i] as string)
    )
      i++;
    if (
      i < words.length - 2 &&
      CONTAINER_NOUNS.has((words[i] as string).toLowerCase()) &&
      /^(?:de|del)$/i.test(words[i + 1] as string)
    ) {
      i += 2;
      continue;
    }
    return words.slice(i).join(' ');
  }
}

function organizationIn(view: TokenView, phrase: Phrase): Entity | undefined {
  for (let i = phrase.first; i < phrase.end; i++) {
    const e = view.entityAt[i];
    if (e && e.type === 'ORGANIZATION') return e;
  }
  return undefined;
}

// An entity whose name the article gives after the same title: `la infanta` → `infanta Cristina`.
function byTitle(
  view: TokenView,
  head: string,
  group: string,
  types: readonly EntityType[],
): Entity | undefined {
  const key = fold(head);
  const fits = new Set<Entity>();
  for (const e of view.entities) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) {
      const first = fold(m.text.split(/\s+/)[0] ?? '');
      const before =
        fold(view.doc.body.slice(Math.max(0, m.start - 30), m.start))
          .trim()
          .split(/\s+/)
          .at(-1) ?? '';
      // `Ana Ruiz, directora de la escuela,`: the title in apposition right after the name.
      const after = /^\s*,\s*(\p{L}+)/u.exec(view.doc.body.slice(m.end, m.end + 40))?.[1] ?? '';
      if (
        first === key ||
        before === key ||
        fold(after) === key ||
        (group !== head && roleNoun(before)?.group === group)
      )
        fits.add(e);
    }
  }
  return fits.size === 1 ? [...fits][0] : undefined;
}

// An entity the article describes with a role of the same group: `la firma` → the one called
// `firma financiera`; with several, the most recently salient, then the most mentioned.
function byDescriptor(
  entities: readonly Entity[],
  group: string,
  types: readonly EntityType[],
  salience: Salience,
  at: number,
  exact = false,
): Entity | undefined {
  const same = (w: string): boolean => (exact ? fold(w) === fold(group) : roleNoun(w)?.group === group);
  const fits = entities.filter(
    (e) => types.includes(e.type) && e.descriptors.some((d) => d.split(/\s+/).some(same)),
  );
  if (fits.length <= 1) return fits[0];
  const salient = salience.latestOfType(at, types)?.entity;
  if (salient && fits.includes(salient)) return salient;
  return [...fits].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function endOf(view: TokenView, token: number): number {
  return view.tokens[token]?.end ?? view.doc.body.length;
}

// Whether one of the entity's roles has the phrase's role noun (`secretario` for `el secretario de
// Defensa`).
function holdsRole(entity: Entity, phrase: string): boolean {
  const noun = roleCore(phrase)?.noun;
  return noun !== undefined && entity.descriptors.some((d) => roleCore(d)?.noun === noun);
}

// Where the sentence holding offset `at` ends.
function sentenceEnd(view: TokenView, at: number): number {
  return view.doc.sentences.find((s) => s.start <= at && at < s.end)?.end ?? at;
}

// The entity of one of `types` whose first mention comes soonest after offset `from`.
function namedNext(
  entities: readonly Entity[],
  from: number,
  types: readonly EntityType[],
): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = Infinity;
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    const first = Math.min(...e.mentions.map((m) => m.start));
    if (first >= from && first < bestAt) {
      best = e;
      bestAt = first;
    }
  }
  return best;
}
