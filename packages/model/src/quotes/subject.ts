import { DOCUMENT_NOUNS, SPEECH_NOUNS } from '../lexicon/speaker-nouns.js';
import { CLITICS, PREPOSITIONS, TIME_NOUNS, TIME_WORDS } from '../lexicon/spanish-function-words.js';
import { closesFrame, type Cue } from './cues.js';
import type { Frame } from './frames.js';
import { canSpeak, looksFinite, type Phrase } from './phrases.js';
import type { TokenView } from './view.js';

/**
 * The phrase that names who speaks for a cue, or undefined when the subject is left out
 * (`«…», resumió.`). Verbs look after themselves first (`«…», declaró Tokáyev`, `dijo a la prensa el
 * ministro`), then for the first subject of their clause (`Tokáyev agradeció… y le calificó de`);
 * a verb right after a quotation takes no subject from before it (`El PAN «…», insistió.`).
 */
export function speakerPhrase(
  view: TokenView,
  frame: Frame,
  cue: Cue,
  phrases: Phrase[],
): Phrase | undefined {
  if (cue.kind !== 'verb' && cue.kind !== 'colon') {
    const target = cue.target;
    if (!target) return undefined;
    // `según el relato de Joshua Ramírez`, `según la versión del ministro Pérez`: the one telling it.
    const head = view.lower[target.head] ?? '';
    if (SPEECH_NOUNS.has(head) || (!canSpeak(target) && target.kind === 'noun')) return teller(view, target);
    if (DOCUMENT_NOUNS.has(head)) {
      const person = teller(view, target);
      if (person && view.entityAt[person.first]?.type === 'PERSON') return person;
    }
    return canSpeak(target) ? target : undefined;
  }
  if (cue.kind === 'verb') {
    const after = phraseAfter(view, frame, cue, phrases);
    if (after) return after;
    // `Su rival, dijo, mintió`: a verb set between commas interrupts another clause; the phrase
    // before it is that clause's subject and the one after it its object. The speaker is left out.
    if (parenthetical(view, frame, cue)) return undefined;
    // After a quotation, or closing the sentence after a comma (`…, finalizó.`), the subject is not
    // before the verb: what is before is what was said.
    const inverted =
      followsQuote(view, cue.first, frame.first) ||
      (view.text(cue.first - 1) === ',' &&
        closesFrame(view, cue.end, frame.end) &&
        !namedWithApposition(view, frame, cue, phrases));
    // `«…», agregó el ex boxeador`: right after an inverted verb, any noun phrase is its subject.
    const next = phrases.find(
      (p) => p.first >= cue.end && p.first <= cue.end + 1 && !p.governed && view.lower[cue.end] !== 'que',
    );
    // A determiner alone (`mencionó las que…`, `se lo acusó`) is an object pronoun, nobody speaking.
    const nextNoun = next?.kind === 'noun' && next.head >= 0 && !isTime(view, next) ? next : undefined;
    if (inverted) return nextNoun;
    const subject = firstSubject(view, phrases, frame.first, cue.first);
    if (subject) return subject;
    if (nextNoun && view.text(cue.first - 1) === ',') return nextNoun;
  }
  const subject = firstSubject(view, phrases, frame.first, cue.first);
  if (subject) return subject;
  // `La casa real española expresó…`: the noun phrase right before the verb is its subject.
  const before = phrases.find((p) => p.end === cue.first && !p.governed && p.kind === 'noun');
  return before && before.determiner !== undefined && before.head >= 0 && !isTime(view, before)
    ? before
    : undefined;
}

// `Al preguntarle si iba armada, respondió`, `Tras reunirse con X, Y dijo`: a clause of an
// infinitive opening the sentence has no subject of the main verb in it; the subject comes after
// its comma. Returns where to look from.
export function afterLeadingClause(view: TokenView, from: number, to: number): number {
  let i = from;
  if (/^(?:y|e|pero)$/.test(view.lower[i] ?? '')) i++;
  const opener = view.lower[i] ?? '';
  if (/^(?:luego|después|antes|además)$/.test(opener) && view.lower[i + 1] === 'de') i++;
  else if (!/^(?:al|tras|sin|para)$/.test(opener)) return from;
  if (!INFINITIVE.test(view.lower[i + 1] ?? '')) return from;
  // Quoted words may stand in it (`Al ser consultado si sigue «molesto» con…,`); a finite verb before
  // any comma is the main verb (`Sin dar cifras citó el informe…`), unless a clause of its own
  // holds it (`Al preguntarle si iba armada,`).
  let subordinate = false;
  for (let j = i + 2; j < to; j++) {
    const word = view.lower[j] ?? '';
    if (view.q(j) >= 0) continue;
    if (view.text(j) === ',') return j + 1;
    if (/^(?:si|que|cuando|como|donde|quien|quienes)$/.test(word)) subordinate = true;
    else if (!subordinate && (looksFinite(word) || /\p{L}{2,}ó$/u.test(word))) return from;
  }
  return from;
}

const INFINITIVE = /^\p{L}+(?:ar|er|ir|ír)(?:se|le|les|lo|la|los|las|me|nos|te)?$/u;

// `X, el vocero de Y, aplaudió la decisión.`: a sentence opened by a name and its apposition
// before the verb's comma has its subject there; it is not a statement closed by `…, dijo.`.
function namedWithApposition(view: TokenView, frame: Frame, cue: Cue, phrases: Phrase[]): boolean {
  const subject = firstSubject(view, phrases, frame.first, cue.first);
  const opens =
    subject !== undefined && (subject.first === frame.first || connectorBefore(view, subject, frame));
  return opens && subject.kind === 'name' && subject.apposed !== undefined && view.q(frame.first) < 0;
}

function connectorBefore(view: TokenView, phrase: Phrase, frame: Frame): boolean {
  return (
    phrase.first === frame.first + 1 && /^(?:pero|y|e|mientras|además)$/.test(view.lower[frame.first] ?? '')
  );
}

// `este martes`, `el lunes`, `la noche`: when, not who.
function isTime(view: TokenView, phrase: Phrase): boolean {
  // Only common nouns: `Julio Centeno` is a man, `julio` a month.
  for (let i = phrase.first; i < phrase.end; i++) {
    if (TIME_NOUNS.has(view.lower[i] as string) && !view.isName(i)) return true;
  }
  return false;
}

/**
 * The subject in `[from, to)`: the phrase right before `to` when one can speak there (`…, Ibarra
 * Reyes consideró`), else the first that can speak and is not inside a prepositional phrase.
 */
export function firstSubject(
  view: TokenView,
  phrases: Phrase[],
  sentence: number,
  to: number,
): Phrase | undefined {
  const from = afterLeadingClause(view, sentence, to);
  const free = phrases.filter((p) => p.first >= from && p.end <= to && !p.governed && canSpeak(p));
  let k = to;
  while (k > from && CLITICS.has(view.lower[k - 1] as string)) k--;
  // `La comisión, integrada por los regidores A, B y C, solicitó`: the participle's clause, however
  // many names it lists, qualifies the subject before it.
  if (view.text(k - 1) === ',') {
    const qualified = qualifiedBefore(view, phrases, from, k - 1);
    if (qualified) return qualified;
  }
  // `Miguel Herrera, seleccionador nacional, comentó`: the name before a closing apposition.
  if (view.text(k - 1) === ',') {
    const apposition = phrases.find((p) => p.end === k - 1 && p.first >= from && !p.governed);
    let comma = apposition ? apposition.first - 1 : k - 2;
    while (comma > from && view.text(comma) !== ',' && k - comma < 12) comma--;
    const named = free.find(
      (p) => (p.end === comma || p.apposed === comma) && view.text(comma) === ',' && p.kind === 'name',
    );
    if (apposition && canSpeak(apposition) && !named) return apposition;
    if (named) return named;
  }
  // `X, quien este sábado dijo`: words of time between a relative and its verb.
  let r = k;
  while (
    r - 1 > from &&
    (TIME_NOUNS.has(view.lower[r - 1] as string) ||
      TIME_WORDS.has(view.lower[r - 1] as string) ||
      /^(?:este|esta|ese|esa|el|la)$/.test(view.lower[r - 1] as string))
  )
    r--;
  if (r < k && /^(?:quien|quienes)$/.test(view.lower[r - 1] ?? '')) k = r;
  // `los padres de la periodista, quienes lamentaron`: the relative's antecedent.
  if (/^(?:quien|quienes|que)$/.test(view.lower[k - 1] ?? '') && k - 1 > from) {
    const j = view.text(k - 2) === ',' ? k - 2 : k - 1;
    // `quien` stands for a person whatever the noun; `que` only for one that can speak.
    const person = view.lower[k - 1] !== 'que';
    // `según el OSDH, que considera que…`: the source `según` named is the relative's antecedent too.
    const free = (p: Phrase) => !p.governed || view.lower[p.first - 1] === 'según';
    const antecedent = phrases.find(
      (p) => p.end === j && p.first >= from && free(p) && (canSpeak(p) || (person && !isTime(view, p))),
    );
    if (antecedent) return antecedent;
  }
  const right = free.find((p) => p.end === k);
  if (right) return right;
  // `El equipo jugará ante Chile y el técnico dijo`: after a clause of its own, `y` opens a new
  // one; the phrase before the verb is its subject, not one more object of the first.
  const joined = phrases.find((p) => p.end === k && p.governed && canSpeak(p) && p.first > from);
  if (joined && /^(?:y|e)$/.test(view.lower[joined.first - 1] ?? '') && hasVerb(view, from, joined.first))
    return joined;
  return free[0];
}

const QUALIFYING_PARTICIPLE = /^\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u;

// The phrase before `, <participle> por|de …,` that closes at `comma`: `La comisión, integrada por…,`.
function qualifiedBefore(
  view: TokenView,
  phrases: Phrase[],
  from: number,
  comma: number,
): Phrase | undefined {
  for (let i = comma - 2; i > from && comma - i < 30; i--) {
    if (view.q(i) >= 0 || /^[.;:]$/.test(view.text(i))) return undefined;
    if (
      view.text(i - 1) === ',' &&
      QUALIFYING_PARTICIPLE.test(view.lower[i] ?? '') &&
      /^(?:por|de|con)$/.test(view.lower[i + 1] ?? '')
    ) {
      const subject = phrases.find((p) => p.end === i - 1 && p.first >= from && !p.governed);
      return subject && canSpeak(subject) ? subject : undefined;
    }
  }
  return undefined;
}

// Whether a finite verb outside quotations lies in `[from, to)`.
function hasVerb(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.q(i) < 0 && looksFinite(view.lower[i] as string)) return true;
  return false;
}

// The inverted subject: a phrase after the verb, before the clause ends.
function phraseAfter(view: TokenView, frame: Frame, cue: Cue, phrases: Phrase[]): Phrase | undefined {
  let stop = cue.end;
  let skipped = false;
  while (stop < frame.end) {
    const t = view.text(stop);
    // `comentó a La Jornada, María Ortega, …`: past one comma after the verb's indirect object.
    if (t === ',' && !skipped && phrases.some((p) => p.first >= cue.end && p.end === stop && p.governed)) {
      skipped = true;
      stop++;
      continue;
    }
    if (view.q(stop) >= 0 || /^[,.;:!?…]$/.test(t) || view.lower[stop] === 'que') break;
    // `insistió en calificar ésta como…`, `se pregunta qué buscaba el gobierno`: what follows an
    // infinitive or an interrogative is that clause's, not the verb's subject.
    if (infinitive(view, stop) || INTERROGATIVES.has(view.lower[stop] as string)) break;
    stop++;
  }
  // The first free phrase after the verb: a subject if it can speak, else the verb's object
  // (`destacó la posibilidad de…`), with no subject after it.
  const first = phrases.find((p) => p.first >= cue.end && p.first < stop && !p.governed && !isTime(view, p));
  const phrase = first && canSpeak(first) ? first : undefined;
  // After a verb in the middle of a sentence a document is its object (`anunció el acuerdo`).
  if (phrase?.kind === 'role' && !phrase.name && DOCUMENT_NOUNS.has(view.lower[phrase.head] as string)) {
    const prev = view.text(cue.first - 1);
    if (prev !== ',' && view.q(cue.first - 1) < 0) return undefined;
  }
  return phrase;
}

const INTERROGATIVES = new Set([
  'qué',
  'cómo',
  'cuándo',
  'dónde',
  'cuánto',
  'cuánta',
  'cuántos',
  'cuántas',
  'quién',
  'quiénes',
  'cuál',
  'cuáles',
  'si',
]);

// An infinitive governed by a preposition: `en calificar`, `para reiterar`, `de subrayar`.
function infinitive(view: TokenView, i: number): boolean {
  const w = view.lower[i] as string;
  return PREPOSITIONS.has(view.lower[i - 1] ?? '') && /^\p{Ll}+(?:ar|er|ir)$/u.test(w);
}

// The first name inside a phrase's complement, as a phrase of its own.
function teller(view: TokenView, target: Phrase): Phrase | undefined {
  for (let i = target.head + 1; i < target.end; i++) {
    if (view.isName(i)) {
      const end = view.nameEnd(i, target.end);
      return { first: i, end, kind: 'name', governed: false, head: i, name: [i, end] };
    }
  }
  return undefined;
}

// `…, dijo, …` in the middle of a sentence, with no `que` after it and no quotation touching it.
// `Lo anterior -agregó- basta`: dashes set it off as well as commas.
export function parenthetical(view: TokenView, frame: Frame, cue: Cue): boolean {
  if (cue.clause !== undefined || cue.first <= frame.first + 1) return false;
  const mark = view.text(cue.first - 1);
  if (!/^[,—–-]$/.test(mark) || view.text(cue.end) !== (mark === ',' ? ',' : mark)) return false;
  return view.q(cue.first - 2) < 0 && view.q(cue.end + 1) < 0;
}

function followsQuote(view: TokenView, first: number, frameFirst: number): boolean {
  let j = first - 1;
  while (j >= frameFirst && (CLITICS.has(view.lower[j] as string) || /^[,—–-]$/.test(view.text(j)))) j--;
  return j >= frameFirst && view.q(j) >= 0;
}
