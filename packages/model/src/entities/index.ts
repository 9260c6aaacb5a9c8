import type { ArticleDocument } from '../article/document.js';
import { acronymType, KNOWN_SHORT_FORMS, stateOfAbbreviation } from '../lexicon/acronyms.js';
import { GENERIC_NAME_WORDS, KNOWN_ORGANIZATIONS } from '../lexicon/name-heads.js';
import { isKnownPlace } from '../lexicon/places.js';
import { type NamedSpan, recognizeBody, recognizeText } from '../ner/index.js';
import { explain } from '../explain/rules.js';
import type { Entity } from '../types.js';
import { atSentenceStart, cleanSpan, splitAtQuotes } from './clean.js';
import { withAge } from './ages.js';
import { asClub } from './clubs.js';
import { compact, findDefinitions } from './definitions.js';
import { descriptorsAt } from './descriptors.js';
import { fold } from './fold.js';
import { entityId } from './ids.js';
import { type Cluster, clusterMentions } from './merge.js';
import { isOrdinaryWord } from './common-words.js';
import { namesNothing } from './not-names.js';
import { isOfficeTitle } from './office-titles.js';
import { quotedTitle } from './quoted.js';
import { isWorkOrLaw } from './works.js';
import {
  type Candidate,
  companySuffixes,
  gazetteerPlaces,
  joinSplitNames,
  splitJoinedNames,
} from './repair.js';
import { roleCoreferences } from './role-coref.js';
import { splitRunTogether } from './split.js';
import { mayBeVerb } from './verb-shape.js';
import { isAcronym, lexicalType } from './typing.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';

export { resolveRoleMention } from './resolve-role.js';

/** Words of the text that appear in lower case somewhere: a capitalised one at a sentence start is no name. */
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
}

/** Words the text capitalises inside a sentence, where only names are capitalised. */
function namesInsideSentences(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu))
    if (!atSentenceStart(text, m.index)) words.add(m[0]);
  return words;
}

const isKnown = (name: string) =>
  isKnownPlace(name) || KNOWN_ORGANIZATIONS.has(fold(name)) || acronymType(name) !== undefined;

/** Tagged spans cleaned, re-joined, split and completed from the gazetteer. */
function candidates(spans: NamedSpan[], text: string): Candidate[] {
  const cleaned = spans.flatMap((s) => splitAtQuotes(s, text)).flatMap((s) => cleanSpan(s, text) ?? []);
  const joined = joinSplitNames(cleaned, text).flatMap((s) => cleanSpan(s, text) ?? []);
  const split = splitRunTogether(splitJoinedNames(joined, text), text);
  return gazetteerPlaces(companySuffixes(split, text), text);
}

/** Acronym definitions: the expansion becomes one mention, absorbing the tagger's pieces of it. */
function withDefinitions(
  found: Candidate[],
  body: string,
  defs: ReturnType<typeof findDefinitions>,
): Candidate[] {
  let out = found;
  for (const d of defs) {
    const inside = out.filter((s) => s.start >= d.longStart && s.end <= d.longEnd);
    const overlapping = out.filter((s) => s.start < d.longEnd && d.longStart < s.end && !inside.includes(s));
    // A longer name that holds the expansion (`Instituto … de la Universidad Nacional Autónoma de
    // México (UNAM)`) stays, and the expansion is a mention of its own; any other overlap means the
    // tagger read the words otherwise, and its reading stands.
    const holding = overlapping.filter((s) => s.start <= d.longStart && s.end >= d.longEnd);
    if (overlapping.length > holding.length) continue;
    const span = cleanSpan(
      { start: d.longStart, end: d.longEnd, text: d.long, type: inside[0]?.type ?? 'ORGANIZATION' },
      body,
    );
    if (!span) continue;
    const longest = [...inside].sort((a, b) => b.text.length - a.text.length)[0];
    out = [...out.filter((s) => !inside.includes(s)), { ...span, type: longest?.type ?? 'ORGANIZATION' }];
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Body mentions that are ordinary words capitalised because they open a sentence (`Estancamiento`,
 * `Acompañando`): one word, at a sentence start, written in lower case elsewhere or never
 * capitalised inside a sentence, and not a known name or an acronym.
 */
function dropSentenceOpeners(found: Candidate[], body: string, names: Set<string>): Candidate[] {
  const lower = lowerCaseWords(body);
  return found.filter(
    (s) =>
      /\s/.test(s.text) ||
      s.forced !== undefined ||
      isKnown(s.text) ||
      isAcronym(s.text) ||
      /.\p{Lu}/u.test(s.text) ||
      !atSentenceStart(body, s.start) ||
      (names.has(s.text) && !lower.has(s.text.toLowerCase())),
  );
}

/**
 * A name run into the verb that opens a headline-like line (`Agradece Evo Morales a …`): the first
 * word goes when it is shaped like a verb, the body never capitalises it inside a sentence, it is
 * no given name or known name, and the rest is a name the text uses elsewhere (`Flavio Ruiz` then
 * `Ruiz` keeps its `Flavio`: no verb ends in `-io`).
 */
function dropOpeningVerbs(found: Candidate[], text: string, names: Set<string>): Candidate[] {
  const texts = new Set(found.map((s) => s.text));
  return found.map((s) => {
    if (s.forced || !atSentenceStart(text, s.start)) return s;
    const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}.*)$/u.exec(s.text);
    if (
      !m ||
      !mayBeVerb(m[1]!) ||
      names.has(m[1]!) ||
      GIVEN_NAMES.has(fold(m[1]!)) ||
      isKnown(s.text) ||
      lexicalType(s.text, false)
    )
      return s;
    if (!texts.has(m[2]!)) return s;
    return { ...s, start: s.end - m[2]!.length, text: m[2]! };
  });
}

/**
 * Title mentions: a headline opens with a verb (`Rechaza Madero …`, `Agradece Evo Morales`), so a
 * first word that the body never writes with a capital is dropped, alone or before a name, unless
 * it opens a longer name and cannot be a verb (`Flavio Ruiz advierte …`).
 */
function titleMentions(title: string, body: string, names: Set<string>): Candidate[] {
  const lower = lowerCaseWords(body);
  const capitalised = (w: string) => names.has(w);
  return candidates(recognizeText(title), title).flatMap((s): Candidate[] => {
    const span = { ...s, inTitle: true };
    if (!atSentenceStart(title, s.start) || isKnown(s.text) || /[^\p{L}\p{M}\s.-]/u.test(s.text))
      return [span];
    const [first, ...rest] = s.text.split(/\s+/);
    if (
      !lower.has(first!.toLowerCase()) &&
      (capitalised(first!) || (rest.length > 0 && /^\p{L}+$/u.test(first!) && !mayBeVerb(first!)))
    )
      return [span];
    // The verb's complement may open with a preposition: `Dirigencia del Partido Verde` → `Partido Verde`.
    while (rest.length > 1 && /^\p{Ll}/u.test(rest[0]!)) rest.shift();
    if (rest.length === 0 || /^\p{Ll}/u.test(rest[0]!)) return [];
    const text = rest.join(' ');
    const start = s.start + s.text.indexOf(text, first!.length);
    return [{ ...span, start, text }];
  });
}

/** The dateline's place, and its state abbreviation (`Tlalnepantla, Méx.`), are locations. */
function datelineMentions(doc: ArticleDocument, found: Candidate[]): Candidate[] {
  const d = doc.dateline;
  if (!d) return [];
  const out: Candidate[] = [];
  // `CALERA` is printed in capitals; the dateline's place is its title-cased reading.
  const printed = doc.body.slice(d.start, d.start + d.place.length);
  const place =
    printed.toLowerCase() === d.place.toLowerCase() ? d.start : doc.body.indexOf(d.place, d.start);
  // The dateline's reading of its place wins over the tagger's (`CALERA`, in capitals, is no MISC);
  // only a longer name the tagger found around it stands (`Palma de Mallorca` for `Palma`).
  const around = (start: number, end: number) =>
    found.some((m) => m.start <= start && end <= m.end && m.end - m.start > end - start);
  if (place >= 0 && !around(place, place + d.place.length)) {
    // A story filed from two places (`Palma/Madrid`) names each of them.
    const printedPlace = doc.body.slice(place, place + d.place.length);
    for (const m of printedPlace.matchAll(/[^/]+/gu)) {
      const text = m[0].trim();
      const start = place + m.index + m[0].indexOf(text);
      if (text)
        out.push({
          start,
          end: start + text.length,
          text,
          type: 'LOCATION',
          forced: 'LOCATION',
          forcedBy: 'entity.type.dateline',
        });
    }
  }
  if (d.region && (stateOfAbbreviation(d.region) || KNOWN_SHORT_FORMS[compact(d.region)])) {
    const at = doc.body.indexOf(d.region, place >= 0 ? place + d.place.length : d.start);
    if (at >= 0 && at < d.end) {
      // `Méx.` and `D.F.` keep their abbreviation's period; after `DF` the period ends the dateline.
      const dotted =
        doc.body[at + d.region.length] === '.' &&
        (d.region !== d.region.toUpperCase() || d.region.includes('.'));
      const end = at + d.region.length + (dotted ? 1 : 0);
      // The tagger's reading of the abbreviation gives way to the dateline's.
      out.push({
        start: at,
        end,
        text: doc.body.slice(at, end),
        type: 'LOCATION',
        forced: 'LOCATION',
        forcedBy: 'entity.type.dateline',
      });
    }
  }
  return out;
}

/**
 * Names the dateline gives better than its printed form: a state named only by its abbreviation
 * (`Acapulco, Gro.`) goes by the state's name, the abbreviation staying an alias (elsewhere `Col.` or
 * `Ver.` may be anything, so only there); a place printed in capitals (`CALERA`) by its reading.
 */
function datelineName(
  doc: ArticleDocument,
  cluster: { name: string; type: string; mentions: { start: number; inTitle?: boolean }[] },
): string | undefined {
  const d = doc.dateline;
  if (!d || cluster.type !== 'LOCATION') return undefined;
  if (!cluster.mentions.some((m) => !m.inTitle && m.start >= d.start && m.start < d.end)) return undefined;
  if (cluster.name === cluster.name.toUpperCase() && cluster.name.toLowerCase() === d.place.toLowerCase())
    return d.place;
  const state = stateOfAbbreviation(cluster.name.replace(/\.$/, ''));
  return state && compact(state) !== compact(cluster.name) ? state : undefined;
}

// Bodies that go by one capitalised common noun: `el Congreso`, `el Ejército`, `la Presidencia`.
const STANDALONE_BODIES = new Set(
  'congreso senado parlamento ejercito armada marina presidencia cancilleria policia gobierno'.split(' '),
);

/**
 * A referent named only by one word that is an institution noun (`la Federación`) or an ordinary
 * word capitalised as a piece of a longer name (`Salud`, `Estrategia`) is no entity. Acronyms, known
 * names, given names and bodies that go by one noun (`el Congreso`) stay; so do people, whom a
 * surname such as `Moreno` names.
 */
function isOrdinaryName(c: Cluster): boolean {
  if (c.mentions.some((m) => /\s/.test(m.text) || m.forced) || isAcronym(c.name) || isKnown(c.name))
    return false;
  const word = fold(c.name);
  if (GENERIC_NAME_WORDS.has(word)) return c.type !== 'PERSON';
  // A verb's infinitive or gerund (`Decidir`, `Tocando`) opening a line or a title is nobody's
  // name, whatever the tagger read; surnames so shaped (`Aguilar`) are no ordinary words.
  if (/(?:ar|er|ir|ando|iendo|yendo)$/u.test(word) && !GIVEN_NAMES.has(word) && isOrdinaryWord(c.name))
    return true;
  if (c.type === 'PERSON' || STANDALONE_BODIES.has(word) || GIVEN_NAMES.has(word) || /.\p{Lu}/u.test(c.name))
    return false;
  return isOrdinaryWord(c.name);
}

/** People, organizations and places named in the article, one entry per referent. */
export function extractEntities(doc: ArticleDocument): Entity[] {
  const { body } = doc;
  const defs = findDefinitions(body);
  let found = withDefinitions(candidates(recognizeBody(doc), body), body, defs);
  const names = namesInsideSentences(body);
  found = dropSentenceOpeners(dropOpeningVerbs(found, body, names), body, names)
    .map((s) =>
      quotedTitle(body, s) || isWorkOrLaw(body, s)
        ? { ...s, forced: 'MISC' as const, forcedBy: 'entity.type.work' as const }
        : s,
    )
    .map((s) => asClub(body, withAge(body, s)));
  const dateline = datelineMentions(doc, found);
  found = [...found.filter((m) => !dateline.some((d) => m.start < d.end && d.start < m.end)), ...dateline];
  const definitions = new Map(defs.map((d) => [compact(d.short), d.long]));
  const clusters = clusterMentions([...found, ...titleMentions(doc.title, body, names)], definitions, body);
  const entities = clusters
    .filter((c) => !isOrdinaryName(c) && !namesNothing(c, body) && !isOfficeTitle(c, body))
    .map((cluster): Entity => {
      const { type } = cluster;
      const name = datelineName(doc, cluster) ?? cluster.name;
      const bodyMentions = cluster.mentions.filter((m) => !m.inTitle);
      const descriptors = new Set<string>();
      if (type === 'PERSON' || type === 'ORGANIZATION') {
        for (const m of bodyMentions)
          for (const d of descriptorsAt(body, m.start, m.end, type === 'PERSON')) descriptors.add(d);
      }
      // A line break or double space inside a printed name is not part of it.
      const tidy = (t: string) => t.replace(/\s+/g, ' ');
      return {
        id: entityId(type, tidy(name)),
        name: tidy(name),
        type,
        aliases: [...new Set(cluster.mentions.map((m) => tidy(m.text)))].filter((t) => t !== tidy(name)),
        descriptors: [...descriptors],
        mentions: bodyMentions.map(({ start, end, text }) => ({ start, end, text })),
        explanation: explain(cluster.typeRule),
      };
    });
  roleCoreferences(body, entities);
  return entities;
}
