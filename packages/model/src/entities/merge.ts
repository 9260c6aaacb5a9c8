import { acronymType, expansionsOf, KNOWN_SHORT_FORMS, stateOfAbbreviation } from '../lexicon/acronyms.js';
import { GIVEN_NAMES, opensWithGivenName } from '../lexicon/given-names.js';
import {
  GENERIC_NAME_WORDS,
  KNOWN_ORGANIZATIONS,
  LOCATION_HEADS,
  ORG_HEADS,
  ORG_TAILS,
} from '../lexicon/name-heads.js';
import { isKnownPlace } from '../lexicon/places.js';
import { LIMITS } from '../limits.js';
import type { EntityType } from '../types.js';
import { compact } from './definitions.js';
import { fold, nameWords } from './fold.js';
import type { Candidate } from './repair.js';
import type { RuleId } from '../explain/rules.js';
import { clusterType, clusterTyping, isAcronym, lexicalType } from './typing.js';

/** Mentions that name one referent, with the form chosen to name it. */
export interface Cluster {
  name: string;
  type: EntityType;
  /** The rule that gave the type. */
  typeRule: RuleId;
  mentions: Candidate[];
}

interface Group {
  key: string;
  words: string[];
  mentions: Candidate[];
  type?: EntityType;
  /** Place in creation order: the first group that fits wins. */
  order: number;
}

/** First letters of a name's significant words: `Petróleos Mexicanos` → `pm`. */
function initials(text: string): string {
  return nameWords(text)
    .map((w) => w[0])
    .join('');
}

/** Is `small` a run of consecutive words of `big`? */
function isRun(small: string[], big: string[]): boolean {
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

// A company's legal suffix does not change which company it is: `Aizoon S.L` is `Aizoon`.
const LEGAL_SUFFIX =
  /,?\s+(?:S\.?\s?[AL]\.?(?:\s?[Bb]\.?)?(?:\s?de\s?C\.?\s?V\.?)?|S\.?\s?C\.?|Inc\.?|Corp\.?|Ltd\.?|LLC|GmbH)$/u;
const baseKey = (text: string) => compact(text.replace(LEGAL_SUFFIX, ''));

/** A one-word name right beside a person's name, as in `(Enrique) Peña Nieto`, is part of it. */
function besidePerson(index: GroupIndex, m: Candidate, body: string): Group | undefined {
  if (m.inTitle || m.type !== 'PERSON') return undefined;
  // Only a person's mention one to three characters away can be beside it.
  const near: Group[] = [];
  for (let gap = 1; gap <= 3; gap++) {
    if (/^[\s()]{1,3}$/u.test(body.slice(m.end, m.end + gap)))
      near.push(...(index.personsStartingAt.get(m.end + gap) ?? []));
    if (/^[\s()]{1,3}$/u.test(body.slice(m.start - gap, m.start)))
      near.push(...(index.personsEndingAt.get(m.start - gap) ?? []));
  }
  return firstCreated(near);
}

/** Every ordering of the letters of a short word. */
function permutations(word: string): string[] {
  if (word.length <= 1) return [word];
  return [...word].flatMap((ch, i) => permutations(word.slice(0, i) + word.slice(i + 1)).map((p) => ch + p));
}

/** Do two words differ only in one vowel (`mursi`, `morsi`)? Transliterations vary so. */
function oneVowelApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diffs = [...a].map((ch, i) => [ch, b[i]!]).filter(([x, y]) => x !== y);
  return diffs.length === 1 && diffs[0]!.every((ch) => 'aeiou'.includes(ch));
}

/**
 * The known acronym an unknown one misspells by reordering its letters (`UNO` → `onu`): the known
 * one must be printed in the article too, and the unknown one not defined there (`OEAI` may be a
 * body of its own beside the `OIEA`).
 */
function knownAnagram(
  text: string,
  key: string,
  body: string,
  definitions: ReadonlyMap<string, string>,
): string | undefined {
  if (!isAcronym(text) || key.length < 3 || key.length > 5 || acronymType(text) || definitions.has(key))
    return undefined;
  return permutations(key).find(
    (p) =>
      p !== key &&
      acronymType(p) === 'ORGANIZATION' &&
      new RegExp(String.raw`(?<![\p{L}])${p.toUpperCase()}(?![\p{L}])`, 'u').test(body),
  );
}

/**
 * The person a lone word of five letters or more names when it is one of a person's surnames with
 * one vowel changed (`Morsi` → `Mohamed Mursi`), as transliterations vary, if exactly one person fits.
 */
function variantOf(
  index: GroupIndex,
  mention: Candidate,
  words: string[],
  typeOf: (g: Group) => EntityType,
): Group | undefined {
  if (words.length !== 1 || words[0]!.length < 5 || isKnownPlace(mention.text)) return undefined;
  const people = inOrder(vowelPatterns(words[0]!).flatMap((p) => index.byVowelPattern.get(p) ?? [])).filter(
    (g) =>
      typeOf(g) === 'PERSON' &&
      g.words.length >= 2 &&
      g.words.slice(1).some((w) => oneVowelApart(w, words[0]!)),
  );
  return people.length === 1 ? people[0] : undefined;
}

/** Offset of the group's last body mention before `m` (−1 when none), to prefer the nearest antecedent. */
function nearestBefore(group: Group, m: Candidate): number {
  let best = -1;
  for (const other of group.mentions)
    if (!other.inTitle && other.start < m.start) best = Math.max(best, other.start);
  return best;
}

/**
 * Groups the mentions of one article by referent. Longer names are placed first; then
 * - identical forms go together, whatever the tagger called each;
 * - an acronym or abbreviation joins its expansion: defined in the article (`definitions`, folded
 *   acronym → expansion), known from a table (`EE.UU.` → Estados Unidos, `Méx.` → Estado de México),
 *   or spelled by the initials of a longer name;
 * - a person's shorter form (surname, first and last name) joins the person whose fuller name holds
 *   all its words, the nearest before it when several do;
 * - a shorter form of an organisation or place that is a run of its words (`Acción Nacional` →
 *   `Partido Acción Nacional`, `Merrill Lynch` → `Bank of America Merrill Lynch`), or its bare head
 *   (`Senado` → `Senado de la República`), joins it when exactly one name fits.
 */
export function clusterMentions(
  mentions: readonly Candidate[],
  definitions: ReadonlyMap<string, string>,
  body: string,
): Cluster[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const index = new GroupIndex();
  const defined = (ms: readonly Candidate[]) => ms.some((m) => definitions.has(compact(m.text)));
  const typeOf = (g: Group) =>
    (g.type ??= clusterType(g.mentions[0]!.text, g.mentions, body, defined(g.mentions)));
  const ordered = [...mentions].sort(
    (a, b) =>
      nameWords(b.text).length - nameWords(a.text).length ||
      b.text.length - a.text.length ||
      // `Calera` names the group rather than the dateline's `CALERA`.
      Number(shouting(a.text)) - Number(shouting(b.text)) ||
      Number(a.inTitle ?? false) - Number(b.inTitle ?? false) ||
      a.start - b.start,
  );
  for (const mention of ordered) {
    // A misspelt acronym goes by the one it stands for: `UNO` for `ONU`.
    const key = knownAnagram(mention.text, compact(mention.text), body, definitions) ?? compact(mention.text);
    const words = nameWords(mention.text);
    let target = byKey.get(key) ?? byKey.get(baseKey(mention.text));
    if (!target && (isAcronym(mention.text) || words.length === 1 || mention.text.endsWith('.'))) {
      const expansions = [
        definitions.get(key),
        ...expansionsOf(key),
        stateOfAbbreviation(mention.text.replace(/\.$/, '')),
      ].filter((e): e is string => e !== undefined);
      target =
        // A body's short form never joins a place of the same name: `Barça` is not the city.
        expansions
          .map((e) => byKey.get(compact(e)))
          .find(
            (g) =>
              g !== undefined &&
              !(lexicalType(mention.text, false) === 'ORGANIZATION' && typeOf(g) === 'LOCATION'),
          ) || (key.length >= 2 ? index.byInitials.get(key) : undefined);
    }
    if (!target && words.length > 0 && words.length <= 3) {
      // A surname or first+last name joins a person whose fuller name holds those words.
      const holders = index
        .withWords(words)
        .filter(
          (g) =>
            g.words.length > words.length &&
            words.every((w) => g.words.includes(w)) &&
            typeOf(g) === 'PERSON' &&
            (mention.type === 'PERSON' || !isKnownPlace(mention.text)) &&
            !mention.forced &&
            !afterDe(g.mentions[0]!.text, mention.text),
        );
      target = holders.sort((a, b) => nearestBefore(b, mention) - nearestBefore(a, mention))[0];
    }
    // A transliterated surname (`Morsi` for `Mursi`).
    if (!target && !mention.forced) target = variantOf(index, mention, words, typeOf);
    if (!target && /^\S+\s+\S+$/u.test(mention.text) && mention.type === 'PERSON' && !mention.forced) {
      const pairs = inOrder([...index.withWords([words[0]!]), ...index.withWords([words[1]!])]).filter(
        (g) =>
          typeOf(g) === 'PERSON' && /^\S+\s+\S+$/u.test(g.mentions[0]!.text) && surnamePair(g.words, words),
      );
      if (pairs.length === 1) target = pairs[0];
    }
    if (!target && words.length === 1) target = besidePerson(index, mention, body);
    // A club by its city (`el Madrid`, forced so by its article) joins the one club that holds it.
    if (!target && mention.forced === 'ORGANIZATION' && words.length === 1 && isKnownPlace(mention.text)) {
      const clubs = index
        .withWords(words)
        .filter(
          (g) =>
            g.words.length >= 2 &&
            g.words.length <= 3 &&
            g.words.includes(words[0]!) &&
            typeOf(g) === 'ORGANIZATION',
        );
      if (clubs.length === 1) target = clubs[0];
    }
    if (!target && words.length > 0 && !mention.forced && !isKnownPlace(mention.text)) {
      // Every kind of fit below needs the group's name to hold the mention's words.
      const fits = index.withWords(words).filter((g) => {
        // A name inside another one (`… de la Universidad Nacional Autónoma de México`) names something else.
        if (
          g.mentions.some(
            (o) => o.inTitle === mention.inTitle && o.start <= mention.start && o.end >= mention.end,
          )
        )
          return false;
        const t = typeOf(g);
        if (t === 'PERSON' || g.words.length <= words.length) return false;
        if (words.length >= 2)
          return isRun(words, g.words) && !namedAfterPerson(g, words, mention) && !subBodyOf(g, mention.text);
        // A facility or feature by its last word: `Baluarte` for `Puente Baluarte`.
        if (t === 'LOCATION' && LOCATION_HEADS.has(g.words[0]!) && !isKnownPlace(mention.text))
          return g.words[g.words.length - 1] === words[0];
        // A bare head (`Senado` for `Senado de la República`) or last word (`el Post`, `el Times`).
        if (t !== 'ORGANIZATION' || isKnownPlace(mention.text)) return false;
        // `Wanda` for `Dalian Wanda Group`, whatever the tagger called it: the name before an English body's tail.
        if (ORG_TAILS.has(g.words[g.words.length - 1]!) && g.words[g.words.length - 2] === words[0])
          return true;
        // `Borussia` or `Bayern` for a club or body well known by its full name, `Bancomer` for `BBVA Bancomer`.
        if (
          (g.words[0] === words[0] || g.words[g.words.length - 1] === words[0]) &&
          g.mentions.some((m) => KNOWN_ORGANIZATIONS.has(fold(m.text)))
        )
          return true;
        if (mention.type === 'PERSON') return false;
        // A company or club by its first word: an acronym the table lacks (`AEG` for `AEG Live`), or
        // the word before its home (`Celta` for `Celta de Vigo`). Listed acronyms stand for themselves.
        if (g.words[0] === words[0] && !ORG_HEADS.has(words[0]!) && !GENERIC_NAME_WORDS.has(words[0]!))
          return (
            (isAcronym(mention.text) && acronymType(mention.text) === undefined) ||
            /^\S+\s+de\s+\p{Lu}\S*$/u.test(g.mentions[0]!.text)
          );
        if (g.words[0] === words[0]) return ORG_HEADS.has(words[0]!);
        return (
          !isAcronym(mention.text) &&
          g.words[g.words.length - 1] === words[0] &&
          !GENERIC_NAME_WORDS.has(words[0]!) &&
          !ORG_HEADS.has(words[0]!)
        );
      });
      if (fits.length === 1) target = fits[0];
    }
    if (target) {
      target.mentions.push(mention);
      target.type = undefined;
      byKey.set(key, target);
      index.addMention(target, mention);
    } else {
      const group: Group = { key, words, mentions: [mention], order: groups.length };
      groups.push(group);
      byKey.set(key, group);
      if (!byKey.has(baseKey(mention.text))) byKey.set(baseKey(mention.text), group);
      index.addGroup(group);
      index.addMention(group, mention);
    }
  }
  return groups.map((g) => {
    const known = KNOWN_SHORT_FORMS[g.key] ?? definitions.get(g.key);
    const full = known ? g.mentions.find((m) => compact(m.text) === compact(known)) : undefined;
    let name = (full ?? g.mentions[0]!).text;
    // Of two forms as long, the one a given name opens names a person: `Ana Ruiz`, not `Ruiz Soto`.
    const given = g.mentions.find(
      (m) => nameWords(m.text).length === nameWords(name).length && opensWithGivenName(m.text),
    );
    if (!full && given && !opensWithGivenName(name) && typeOf(g) === 'PERSON') name = given.text;
    const { type, rule } = clusterTyping(name, g.mentions, body, defined(g.mentions));
    return {
      name,
      type,
      typeRule: rule,
      mentions: [...g.mentions].sort(
        (a, b) => Number(a.inTitle ?? false) - Number(b.inTitle ?? false) || a.start - b.start,
      ),
    };
  });
}

/**
 * Where to look for the groups a mention may join, so that each mention is compared with the few
 * groups that share its words rather than with every group (which made clustering quadratic in the
 * number of names). Each lookup gives the same groups, in the same (creation) order, that a scan of
 * every group would keep.
 */
class GroupIndex {
  private readonly byWord = new Map<string, Group[]>();
  readonly byInitials = new Map<string, Group>();
  /** Groups holding a word that a one-vowel change turns into another (see `vowelPatterns`). */
  readonly byVowelPattern = new Map<string, Group[]>();
  /** Groups by where their person mentions outside the title start and end. */
  readonly personsStartingAt = new Map<number, Group[]>();
  readonly personsEndingAt = new Map<number, Group[]>();

  addGroup(group: Group): void {
    for (const word of new Set(group.words)) push(this.byWord, word, group);
    if (group.words.length >= 2) {
      const key = initials(group.mentions[0]!.text);
      if (!this.byInitials.has(key)) this.byInitials.set(key, group);
    }
    const patterns = new Set(group.words.slice(1).flatMap(vowelPatterns));
    for (const pattern of patterns) push(this.byVowelPattern, pattern, group);
  }

  addMention(group: Group, mention: Candidate): void {
    if (mention.inTitle || mention.type !== 'PERSON') return;
    push(this.personsStartingAt, mention.start, group);
    push(this.personsEndingAt, mention.end, group);
  }

  /** The groups whose words include all of `words`, in creation order. */
  withWords(words: readonly string[]): Group[] {
    let fewest: Group[] | undefined;
    for (const word of words) {
      const list = this.byWord.get(word) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    return (fewest ?? []).filter((g) => words.every((w) => g.words.includes(w)));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct groups in creation order. */
function inOrder(groups: readonly Group[]): Group[] {
  return [...new Set(groups)].sort((a, b) => a.order - b.order);
}

function firstCreated(groups: readonly Group[]): Group | undefined {
  return inOrder(groups)[0];
}

/**
 * A word with one of its vowels blanked out, for each vowel: two words one vowel apart
 * (`oneVowelApart`) share one of these. Words longer than any name are left out.
 */
function vowelPatterns(word: string): string[] {
  if (word.length > LIMITS.maxVariantWordLength) return [];
  const patterns: string[] = [];
  for (let i = 0; i < word.length; i++)
    if ('aeiou'.includes(word[i]!)) patterns.push(`${word.slice(0, i)}*${word.slice(i + 1)}`);
  return patterns;
}

/**
 * A well-known body inside a longer name headed by another body (`Oficina de las Naciones Unidas
 * contra la Droga`, `Consejo de Seguridad de las Naciones Unidas`) is the parent, not a short form of
 * the office; `Organización de las Naciones Unidas` is the body itself.
 */
function subBodyOf(group: Group, text: string): boolean {
  if (!KNOWN_ORGANIZATIONS.has(fold(text))) return false;
  const name = fold(group.mentions[0]!.text);
  const head = name.split(/\s+/)[0] ?? '';
  // Only a body `de` the known one: `Club Santos Laguna` is the club itself.
  const at = name.indexOf(fold(text));
  const afterDe = at > 0 && /\sde(?:l|\s+la|\s+las|\s+los|\s+el)?\s+$/u.test(name.slice(0, at));
  return afterDe && ORG_HEADS.has(head) && head !== 'organizacion' && head !== 'organization';
}

/**
 * `Fundación Carlos Slim` is named after a person: a person-tagged `Carlos Slim` that follows the
 * organisation's head there is that person, not a short form of the foundation.
 */
function namedAfterPerson(group: Group, words: string[], mention: Candidate): boolean {
  if (mention.type !== 'PERSON') return false;
  const name = group.mentions[0]!.text;
  const first = fold(name.split(/\s+/)[0] ?? '');
  return ORG_HEADS.has(first) && group.words.slice(1, 1 + words.length).join(' ') === words.join(' ');
}

/** All capitals in a word of three letters or more: a form set in capitals, not the name's own spelling. */
const shouting = (text: string) => /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();

/**
 * Mexican papers introduce a person by given name and first surname (`Ana Ruiz`) and go on with
 * both surnames (`Ruiz Soto`): two two-word forms that share the first surname, in either order.
 */
function surnamePair(a: string[], b: string[]): boolean {
  if (a.length !== 2 || b.length !== 2) return false;
  // The surnames' form may not open with a given name (`Luis Miguel`, `Miguel Ángel` are two
  // people); the fuller form's given name may be one the lexicon lacks.
  const fits = (full: string[], surnames: string[]) =>
    !GIVEN_NAMES.has(surnames[0]!) && full[1] === surnames[0] && surnames[1] !== full[0];
  return fits(a, b) || fits(b, a);
}

/**
 * Is the one-word `short` the word after `de` in `full` (`Metrópolis Fílmica de Qingdao`, `Ana Ruiz
 * de Peña`)? Alone it names the place, or the husband, not the holder of the longer name.
 */
function afterDe(full: string, short: string): boolean {
  if (/\s/.test(short)) return false;
  const words = full.split(/\s+/);
  return words.some((w, i) => i > 0 && fold(w) === fold(short) && /^(?:de|del)$/u.test(words[i - 1]!));
}
