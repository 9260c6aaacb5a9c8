import { cueVerb } from '../lexicon/cue-verbs.js';
import { placesOfDemonym } from '../lexicon/demonyms.js';
import { AFFILIATIONS } from '../lexicon/roles.js';
import { DOCUMENT_NOUNS, roleNoun } from '../lexicon/speaker-nouns.js';
import {
  CLAUSE_OPENERS,
  CONNECTORS,
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
} from '../lexicon/spanish-function-words.js';
import type { TokenView } from './view.js';

/**
 * A noun phrase that could name a speaker: a proper name (`Tokáyev`), a role or document noun with
 * its modifiers (`el ministro de Energía kazajo`, `el texto de la declaración`), or a pronoun.
 */
export interface Phrase {
  /** Token range `[first, end)`. */
  first: number;
  end: number;
  kind: 'name' | 'role' | 'pronoun' | 'noun';
  /** Inside a prepositional phrase (`a Putin`, `de la NSA`): not a subject. */
  governed: boolean;
  /** The head noun's token, for role phrases. */
  head: number;
  /** The proper name the phrase holds as head or in apposition: `el juez Castro`, `…, Erlan Akkenzhenov,`. */
  name?: [number, number];
  determiner?: string;
  /** End of a role set off by commas after the name and folded into it: `X, portavoz de Y,`. */
  apposed?: number;
}

const CONJUNCTIONS = new Set(['y', 'e', 'o', 'u', 'ni']);
// Complements that stay inside a role phrase: `el representante en México de AI`.
const ROLE_COMPLEMENTS = new Set(['en', 'para', 'ante', 'sobre']);
// Frequent finite verbs that no suffix betrays.
const VERBS = new Set(
  'es son fue fueron era eran está están estaba estaban ha han había habían hay tiene tienen tenía será serán sería puede pueden podría debe deben va van iba hace hacen quiso quisieron quiere quieren quería pudo pudieron dio da dan hizo'.split(
    ' ',
  ),
);
const FINITE = /(?:[^\s]{2}ó|aron|ieron|yeron|ará|erá|irá|arán|erán|irán|aba|aban)$/u;
const MAX_PHRASE = 14;
// Adjectives that stand before a name inside its phrase: `el noveno Encuentro`, `la antigua Yugoslavia`.
const NAME_ADJECTIVES =
  /^(?:primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|séptimo|séptima|octavo|octava|noveno|novena|décimo|décima|nuevo|nueva|gran|viejo|vieja|antiguo|antigua|actual|próximo|próxima|último|última|extinto|extinta|propio|propia|mismo|misma|llamado|llamada|célebre|famoso|famosa|tradicional|vecino|vecina)$/;
// Clitics and adverbs that stand before a verb: the phrase before them has ended.
const BEFORE_VERB = new Set(
  'se le les nos me te os no ya apenas nunca siempre todavía aún también tampoco sólo solo casi incluso sí'.split(
    ' ',
  ),
);

/** Whether `word` (lowercase) reads as a finite verb, which ends any phrase before it. */
export function looksFinite(word: string): boolean {
  if (VERBS.has(word)) return true;
  const verb = cueVerb(word);
  if (verb) return verb.form === 'finite' || verb.form === 'gerund';
  return word.length > 4 && FINITE.test(word);
}

/** Length of the connector (`sin embargo`, `por su parte`, `además`) that starts at token `i`, or 0. */
export function connectorAt(view: TokenView, i: number): number {
  for (const words of CONNECTORS) {
    if (words.length > 1 && words.every((w, k) => view.lower[i + k] === w)) return words.length;
  }
  return 0;
}

/**
 * The noun phrases of tokens `[from, to)` outside quotations, in order, with appositions folded into
 * the phrase they describe (`el ministro …, Erlan Akkenzhenov,` is one phrase named Akkenzhenov).
 */
export function scanPhrases(view: TokenView, from: number, to: number): Phrase[] {
  return scan(view, from, to, false);
}

/**
 * The first phrase of `scanPhrases(view, from, to)`, or undefined when there is none or it starts
 * after `latest`. It stops reading once nothing further can change that phrase, so that a cue looking
 * for the phrase after it does not read the rest of a long sentence every time.
 */
export function firstPhrase(
  view: TokenView,
  from: number,
  to: number,
  latest = Infinity,
): Phrase | undefined {
  const first = scan(view, from, to, true, latest)[0];
  return first && first.first <= latest ? first : undefined;
}

function scan(view: TokenView, from: number, to: number, firstOnly: boolean, latest = Infinity): Phrase[] {
  const phrases: Phrase[] = [];
  // With `firstOnly`: the phrases folded so far; once a second stands, the first is final.
  const folded: Phrase[] = [];
  let current: Phrase | undefined;
  let complement = false;
  let afterPreposition = false;
  const close = (): void => {
    if (current) phrases.push(current);
    current = undefined;
    complement = false;
  };
  let i = from;
  while (i < to) {
    if (firstOnly) {
      while (folded.length < 2 && phrases.length > 0)
        foldOne(view, folded, partyMember(view, phrases.shift() as Phrase));
      if (folded.length >= 2) return folded;
      // A phrase not yet begun by `latest` begins after it.
      if (folded.length === 0 && !current && i > latest) return [];
    }
    const word = view.lower[i] as string;
    const text = view.text(i);
    if (view.q(i) >= 0) {
      close();
      afterPreposition = false;
      i++;
      continue;
    }
    const connector = connectorAt(view, i);
    if (connector) {
      close();
      afterPreposition = false;
      i += connector;
      continue;
    }
    if (text === '(') {
      // A parenthesis (an acronym, an aside) belongs to the phrase before it.
      let j = i + 1;
      while (j < to && view.text(j) !== ')' && view.q(j) < 0) j++;
      if (current && view.text(j) === ')') current.end = j + 1;
      i = j + 1;
      continue;
    }
    if (!view.isWord(i)) {
      close();
      afterPreposition = false;
      i++;
      continue;
    }
    if (current && current.end - current.first >= MAX_PHRASE) close();
    const name = view.isName(i);
    if (!name && PREPOSITIONS.has(word)) {
      // `el ministro de Energía`, `el representante en México de AI`: complements stay in the phrase;
      // other prepositions (`el mandatario en una alocución`) end it.
      const keeps =
        word === 'de' ||
        word === 'del' ||
        (current?.kind === 'role' && ROLE_COMPLEMENTS.has(word) && view.isName(i + 1));
      if (current && keeps) {
        complement = true;
        current.end = i + 1;
      } else {
        close();
        afterPreposition = true;
      }
      i++;
      continue;
    }
    // `la directora del Banco Mundial para México y Colombia, X`: places joined inside a role's
    // complement stay in it, so that the name after them still renames the role.
    if (current?.kind === 'role' && complement && /^(?:y|e)$/.test(word) && joinsPlace(view, i + 1)) {
      current.end = i + 1;
      i++;
      continue;
    }
    if (!name && CONJUNCTIONS.has(word)) {
      const governed: boolean = current ? current.governed || complement : afterPreposition;
      close();
      afterPreposition = governed;
      i++;
      continue;
    }
    if (!name && (CLAUSE_OPENERS.has(word) || BEFORE_VERB.has(word) || looksFinite(word))) {
      close();
      afterPreposition = false;
      i++;
      continue;
    }
    // `Según el, se habían producido…`: `él` written without its accent; an article never stands
    // before a comma.
    if (word === 'el' && /^[,.;:]$/.test(view.text(i + 1))) {
      const governed = afterPreposition;
      close();
      phrases.push({ first: i, end: i + 1, kind: 'pronoun', governed, head: i });
      afterPreposition = false;
      i++;
      continue;
    }
    if (!name && DETERMINERS.has(word)) {
      if (current && complement && PREPOSITIONS.has(view.lower[i - 1] as string)) {
        current.end = i + 1;
      } else if (current && current.head < 0 && !current.name && current.end === i) {
        // `el mismo Messi`, `todos los diputados`: determiners in a row open one phrase, and the
        // last says whether it is definite (`los` is a group, `el mismo` one known person).
        current.end = i + 1;
        current.determiner = word;
      } else {
        const governed = afterPreposition;
        close();
        current = { first: i, end: i + 1, kind: 'noun', governed, head: -1, determiner: word };
        afterPreposition = false;
      }
      i++;
      continue;
    }
    if (name) {
      const end = view.nameEnd(i, to);
      const previous = view.lower[i - 1] as string;
      const entity = view.entityAt[i];
      if (
        current &&
        complement &&
        current.kind === 'role' &&
        !current.name &&
        !PREPOSITIONS.has(previous) &&
        !DETERMINERS.has(previous) &&
        (!entity || entity.type === 'PERSON')
      ) {
        // `el ministro de seguridad José Mulino`: a name after the complement's noun is the phrase's.
        current.name = [i, end];
        current.end = end;
      } else if (current && complement) {
        current.end = end;
      } else if (describesPerson(view, current, i)) {
        // `la mexicana Alicia Bárcena`, `el estadunidense Glenn Greenwald`: a word qualifying a
        // person's name is not a phrase of its own; the name is the phrase's.
        const described = current as Phrase;
        described.kind = 'name';
        described.head = i;
        described.name = [i, end];
        described.end = end;
      } else if (
        current &&
        (current.kind === 'role' || current.head < 0) &&
        !current.name &&
        !DOCUMENT_NOUNS.has(view.lower[current.head] ?? '')
      ) {
        // `el juez Castro`, `la organización Amnistía Internacional`, `el PAN`.
        if (current.head < 0) {
          current.kind = 'name';
          current.head = i;
        }
        current.name = [i, end];
        current.end = end;
      } else {
        // After a preposition and an adjective the name is still governed (`al noveno Encuentro…`);
        // after a whole noun it starts a phrase of its own (`dijo en un comunicado Manel del Valle`).
        const governed = current
          ? current.governed &&
            current.kind === 'noun' &&
            (current.head < 0 || NAME_ADJECTIVES.test(view.lower[current.head] ?? ''))
          : afterPreposition;
        close();
        current = { first: i, end, kind: 'name', governed, head: i, name: [i, end] };
        afterPreposition = false;
      }
      i = end;
      continue;
    }
    if (SUBJECT_PRONOUNS.has(word)) {
      const governed = afterPreposition;
      close();
      phrases.push({ first: i, end: i + 1, kind: 'pronoun', governed, head: i });
      afterPreposition = false;
      i++;
      continue;
    }
    const role = roleNoun(word) !== undefined || DOCUMENT_NOUNS.has(word);
    if (current && complement) {
      current.end = i + 1;
    } else if (current && current.kind === 'noun' && !current.name) {
      // The head is the role noun among the first words: `el principal portavoz`, `otra abogada`.
      if (role) {
        current.kind = 'role';
        current.head = i;
      } else if (current.head < 0) {
        current.head = i;
      }
      current.end = i + 1;
    } else if (current) {
      current.end = i + 1;
    } else if (role || afterPreposition) {
      current = { first: i, end: i + 1, kind: role ? 'role' : 'noun', governed: afterPreposition, head: i };
      afterPreposition = false;
    }
    i++;
  }
  close();
  for (const phrase of phrases) partyMember(view, phrase);
  if (firstOnly) {
    for (const phrase of phrases) foldOne(view, folded, phrase);
    return folded;
  }
  return foldAppositions(view, phrases);
}

function partyMember(view: TokenView, phrase: Phrase): Phrase {
  if (phrase.kind === 'noun' && isPartyMember(view, phrase)) phrase.kind = 'role';
  return phrase;
}

// `el Secretario de Obras`: a name phrase opened by a person's role that no person's name covers.
function officeName(view: TokenView, phrase: Phrase): boolean {
  const at = phrase.name?.[0];
  if (at === undefined || (phrase.determiner !== undefined && at !== phrase.first + 1)) return false;
  return roleNoun(view.lower[at] ?? '')?.cls === 'person' && view.entityAt[at]?.type !== 'PERSON';
}

// `la panista`, `el priista`: a party's member standing alone names a person, who can speak.
export function isPartyMember(view: TokenView, phrase: Phrase): boolean {
  return (
    !phrase.name &&
    /^(?:el|la)$/.test(phrase.determiner ?? '') &&
    phrase.head === phrase.first + 1 &&
    phrase.end === phrase.head + 1 &&
    (view.lower[phrase.head] ?? '') in AFFILIATIONS
  );
}

// `el mexicano X`: a determiner and one lower-case word right before a person's name.
function describesPerson(view: TokenView, current: Phrase | undefined, i: number): boolean {
  if (!current || current.kind !== 'noun' || current.name || current.head !== i - 1) return false;
  if (current.first !== i - 2 || view.entityAt[i]?.type !== 'PERSON') return false;
  const word = view.text(i - 1);
  if (!/^\p{Ll}+$/u.test(word) || TIME_NOUNS.has(word)) return false;
  // After a preposition only a demonym or a party's adjective: `a la prensa X` is two phrases.
  return !current.governed || placesOfDemonym(word) !== undefined || /ista$/u.test(word);
}

// A name other than a person's closing the role's complement (`… para México y Colombia`, `ministro
// de Minas y Energía`), then a comma or the end.
function joinsPlace(view: TokenView, i: number): boolean {
  if (!view.isName(i) || view.entityAt[i]?.type === 'PERSON') return false;
  const end = view.nameEnd(i, view.lower.length);
  return /^(?:[,.;]|)$/.test(view.text(end));
}

// `El ministro de Energía kazajo, Erlan Akkenzhenov,` and `Daniel Zapico, representante de AI,`:
// a phrase and the phrase after its comma that renames it are one phrase.
function foldAppositions(view: TokenView, phrases: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of phrases) foldOne(view, out, phrase);
  return out;
}

/** Folds one more phrase into `out`: into the last one when it renames it, else after it. */
function foldOne(view: TokenView, out: Phrase[], phrase: Phrase): void {
  const last = out[out.length - 1];
  const adjacent = last && view.text(last.end) === ',' && phrase.first === last.end + 1;
  if (last && adjacent && !last.governed && !phrase.governed) {
    // The name closes the apposition: `…, Erlan Akkenzhenov, dijo`, not `…, Moscú y Astaná`.
    const closed = /^(?:[,.;)]|)$/.test(view.text(phrase.end)) || looksFinite(view.lower[phrase.end] ?? '');
    const person = !DOCUMENT_NOUNS.has(view.lower[last.head] as string);
    // `el Secretario de Obras, X,`: an office written with capitals reads as a name, yet renames.
    const office = last.kind === 'name' && officeName(view, last);
    if (office && phrase.kind === 'name' && closed) {
      last.kind = 'role';
      last.head = last.first + (last.determiner === undefined ? 0 : 1);
      last.name = phrase.name;
      last.end = phrase.end;
      return;
    }
    // `la administradora adjunta de la agencia, Lori Garver,`: a definite phrase headed by a noun
    // of who does something, though no role we list, is renamed by a person's name after its comma
    // (`la tradición budista, Siddharta Gautama,` is not: a tradition is not an agent).
    const renamed =
      last.kind === 'noun' &&
      AGENT_NOUN.test(view.lower[last.head] ?? '') &&
      definite(last) &&
      personName(view, phrase);
    if (renamed && closed && person) {
      last.kind = 'role';
      last.name = phrase.name;
      last.end = phrase.end;
      return;
    }
    if (last.kind === 'role' && !last.name && phrase.kind === 'name' && closed && person) {
      last.name = phrase.name;
      last.end = phrase.end;
      return;
    }
    if (
      last.kind === 'name' &&
      phrase.kind === 'role' &&
      !DOCUMENT_NOUNS.has(view.lower[phrase.head] as string)
    ) {
      // Where the apposition ends, so that a second name after it (`X, el vocero de Y, Z, dijo`)
      // is read as one more apposition, not the subject.
      last.apposed = phrase.end;
      return;
    }
  }
  out.push(phrase);
}

/** Whether a phrase can be a speaker: a name, a role or document, or a pronoun. */
export function canSpeak(phrase: Phrase): boolean {
  return phrase.kind !== 'noun';
}

// Suffixes of nouns for people by what they do: `administradora`, `cronista`, `dirigente`, `cafetero`.
const AGENT_NOUN = /(?:dor|dora|ista|ente|enta|ante|ero|era|ario|aria|ólogo|óloga)$/u;

// `el`, `la`, `este`…: a phrase that points at one known referent, which a name may rename.
function definite(phrase: Phrase): boolean {
  return /^(?:el|la|este|esta|ese|esa|aquel|aquella)$/.test(phrase.determiner ?? '');
}

// A phrase that is nothing but the name of a person the entity extractor found.
function personName(view: TokenView, phrase: Phrase): boolean {
  return (
    phrase.kind === 'name' &&
    phrase.first === phrase.name?.[0] &&
    view.entityAt[phrase.first]?.type === 'PERSON'
  );
}
