import type { VerbForm } from '../lexicon/conjugation.js';
import { cueVerb, HABER, type CueStrength } from '../lexicon/cue-verbs.js';
import { phrasalCue } from '../lexicon/phrasal-cues.js';
import { SPEECH_NOUNS } from '../lexicon/speaker-nouns.js';
import { CLITICS, DETERMINERS, PREPOSITIONS, TIME_WORDS } from '../lexicon/spanish-function-words.js';
import type { Frame } from './frames.js';
import { objectBefore, quoteAfter, WITH_DE } from './object.js';
import { canSpeak, connectorAt, firstPhrase, looksFinite, type Phrase } from './phrases.js';
import type { TokenView } from './view.js';

export type CueKind = 'verb' | 'according' | 'para' | 'colon' | 'noun' | 'source';

/** A word or phrase that links words to who said them: `declaró`, `según`, `para X,`, `X: «…»`. */
export interface Cue {
  kind: CueKind;
  /** Token range of the cue words. */
  first: number;
  end: number;
  /** The cue as printed: `declaró`, `calificó de`, `según`, `en palabras de`, `:`. */
  text: string;
  strength: CueStrength;
  /** First token of the reported clause (after `que`), for `dijo que …`. */
  clause?: number;
  /** The speaker phrase a preposition cue points at (`según X`, `para X`, `respuestas de X`). */
  target?: Phrase;
  /** Inside the reported clause of an earlier cue of the sentence (`dijo que X, según anticipó Y`). */
  nested: boolean;
  /** `se lo acusó de «…»`: said by nobody the sentence names, least of all the person it is said of. */
  impersonal?: boolean;
}

// Phrases that lead to their speaker: `según X`, `de acuerdo con X`, `en palabras de X`.
const ACCORDING: ReadonlyArray<readonly string[]> = [
  ['según'],
  ['de', 'acuerdo', 'con'],
  ['de', 'acuerdo', 'a'],
  ['en', 'palabras', 'de'],
  ['en', 'palabras', 'del'],
  ['a', 'juicio', 'de'],
  ['a', 'juicio', 'del'],
  ['en', 'opinión', 'de'],
  ['en', 'opinión', 'del'],
  ['a', 'decir', 'de'],
  ['a', 'decir', 'del'],
  ['en', 'voz', 'de'],
  ['en', 'voz', 'del'],
  ['citado', 'por'],
  ['citada', 'por'],
];
// Verbs whose object is the quotation's source: `se desprende de X`, `se lee en X`.
const SOURCE: ReadonlyArray<readonly string[]> = [
  ['se', 'desprende', 'de'],
  ['se', 'desprende', 'del'],
  ['se', 'desprenden', 'de'],
  ['se', 'lee', 'en'],
  ['se', 'señala', 'en'],
  ['se', 'afirma', 'en'],
  ['se', 'indica', 'en'],
];
// A determiner before a present form makes it a noun: `la denuncia`, `una pregunta`.
const NOUN_MAKERS = new Set([...DETERMINERS].filter((d) => !['la', 'las', 'los', 'lo'].includes(d)));
// Clitics that only stand before a verb.
const VERB_CLITICS = new Set(['se', 'le', 'les', 'me', 'te', 'nos', 'os']);

function matchAt(view: TokenView, i: number, words: readonly string[]): boolean {
  return words.every((w, k) => view.lower[i + k] === w && view.q(i + k) < 0);
}

/** The cues of a frame, in order. `phrases` are the frame's noun phrases. */
export function findCues(view: TokenView, frame: Frame, phrases: Phrase[]): Cue[] {
  const cues: Cue[] = [];
  const phraseAt = (i: number): Phrase | undefined => phrases.find((p) => p.first === i);
  let reportedFrom = Infinity;
  for (let i = frame.first; i < frame.end; i++) {
    if (view.q(i) >= 0) continue;
    const word = view.lower[i] as string;
    const nested = i > reportedFrom && !coordinated(view, i, frame.first);

    const according = ACCORDING.find((words) => matchAt(view, i, words));
    if (according) {
      const after = i + according.length;
      // `según anticipó X`: the verb is the cue. `un acuerdo según el cual…` is a relative.
      const relative = /^(?:cual|cuales)$/.test(view.lower[after + 1] ?? '');
      // `según se dijo en el acto`: an impersonal verb names no source at all.
      const impersonal = view.lower[after] === 'se' && cueVerb(view.lower[after + 1] ?? '') !== undefined;
      if (impersonal) {
        cues.push(cue('according', i, after + 2, view, 'speech', nested));
        i = after + 1;
        continue;
      }
      if (!cueVerb(view.lower[after] ?? '') && !relative) {
        const target = phraseFrom(view, after, frame.end);
        cues.push(cue('according', i, after, view, 'speech', nested, target));
      }
      i = after - 1;
      continue;
    }
    const source = SOURCE.find((words) => matchAt(view, i, words));
    if (source) {
      const after = i + source.length;
      cues.push(cue('source', i, after, view, 'speech', nested, phraseFrom(view, after, frame.end)));
      i = after - 1;
      continue;
    }
    if (word === 'para' && opensClause(view, i, frame.first)) {
      const target = renamed(view, phraseAt(i + 1), phrases);
      if (target && target.kind !== 'noun' && view.text(target.end) === ',') {
        cues.push(cue('para', i, i + 1, view, 'speech', nested, target));
        continue;
      }
    }
    if (word === ':' && view.q(i + 1) >= 0) {
      cues.push(cue('colon', i, i + 1, view, 'speech', nested));
      continue;
    }
    // `se pregunta`, `le pregunta`: after a clitic a speech noun is the verb it is spelled like.
    if (SPEECH_NOUNS.has(word) && !VERB_CLITICS.has(view.lower[i - 1] ?? '')) {
      for (let j = i + 1; j < Math.min(frame.end, i + 6); j++) {
        if (view.q(j) >= 0 || !view.isWord(j)) break;
        if (view.lower[j] === 'de' || view.lower[j] === 'del') {
          const target = firstPhrase(view, j + 1, frame.end);
          if (target && target.kind !== 'noun')
            cues.push(cue('noun', i, i + 1, view, 'speech', nested, target));
          break;
        }
      }
      continue;
    }

    const phrasal = phrasalCue(view.lower, i);
    const found = phrasal?.verb ?? cueVerb(word);
    if (!found) continue;
    // `quiso dejar claro que`, `volvió a insistir en que`: the finite verb before the infinitive
    // carries its subject and tense, so the cue starts there.
    const helper = verbBeforeInfinitive(view, i, found.form);
    const verb = helper === undefined ? found : { ...found, form: 'finite' as const };
    // `destacan Pensé que iba a haber fiesta, de…`: a capital in mid-sentence makes it a title's word.
    if (/^\p{Lu}/u.test(view.text(i)) && !view.opensSentence[i] && i !== frame.first) continue;
    // `no confirmaron el balance`, `no ha dicho que…`: a denied statement is nobody's words, and
    // who did not speak is no speaker for the next `añadió`.
    if (negated(view, helper ?? i)) continue;
    // `considerando que…`, `estimando que…`: a gerund of opinion before `que` means `given that`.
    if (verb.form === 'gerund' && verb.strength === 'opinion' && view.lower[i + 1] === 'que') continue;
    const prev = view.lower[(helper ?? i) - 1] ?? '';
    if (verb.form === 'participle' && !HABER.has(prev)) continue;
    // `…, lo cual indica que…`, `lo que demuestra que…`: a fact, not a speaker, is the subject.
    if ((prev === 'cual' || prev === 'que') && view.lower[i - 2] === 'lo' && view.lower[i + 1] === 'que')
      continue;
    // `una iniciativa que pide…`: after a relative `que`, the verb speaks only for a speaker.
    if (prev === 'que') {
      const antecedent = phrases.find((p) => p.end === i - 1);
      if (antecedent && !canSpeak(antecedent)) continue;
    }
    // `ha dicho`, `había anticipado`: the auxiliary starts the cue.
    const start = helper ?? (verb.form === 'participle' ? i - 1 : i);
    if (verb.form === 'finite' && NOUN_MAKERS.has(prev) && view.q(i - 1) < 0) continue;
    // `la sentencia`, `las denuncias`: a present form after `la`/`las` is a noun unless `que` follows.
    if (/^(?:la|las)$/.test(prev) && /(?:a|an|e|en)$/.test(word) && view.lower[i + 1] !== 'que') continue;
    // `La demanda que presentó…`, `contra la denuncia que…`: opening the sentence or after a
    // preposition, `la` is an article, not a clitic, even before `que`.
    if (/^(?:la|las)$/.test(prev) && verb.form === 'finite' && articleAt(view, i - 1, frame.first)) continue;
    if (verb.form === 'infinitive' && PREPOSITIONS.has(prev) && prev !== 'al' && prev !== 'tras') continue;
    // `Cabe destacar que…`, `hay que señalar que…`: the reporter's own aside; `es decir` rephrases.
    const aside = prev === 'cabe' || prev === 'es' || (prev === 'que' && view.lower[i - 2] === 'hay');
    if (verb.form === 'infinitive' && aside) continue;
    let end = i + (phrasal?.length ?? 1);
    if (WITH_DE.has(verb.lemma) && (view.lower[end] === 'de' || view.lower[end] === 'como')) end++;
    // A gerund or infinitive has no subject after it: `cuestionando el informe que…` is a relative.
    // (`quiere celebrar el año que viene`: after an infinitive, `que` may still open a relative.)
    const after = clauseAfter(view, end, frame.end, found.form !== 'finite' && found.form !== 'participle');
    // `…tiene más información, dijo el periodista que difundió…`: a verb closing a statement after
    // its comma has that statement already; the `que` after its subject opens a relative clause.
    const clause = after !== undefined && closingSubject(view, frame.first, start, end) ? undefined : after;
    // `dio a conocer las cifras`: a phrase that also takes a plain object reports only before `que`.
    if (phrasal && clause === undefined) continue;
    const adjacent = touchesQuote(view, start, end);
    const weak = verb.strength === 'opinion' || found.form === 'infinitive' || found.form === 'gerund';
    if (weak && clause === undefined && !adjacent) continue;
    // An impersonal `se calcula que`: nobody to attribute.
    if (prev === 'se' && !adjacent && verb.form === 'finite' && view.lower[i - 2] !== 'lo') {
      // `se preguntó Juan` is Juan's, and so is `Juan se preguntó`; `se desmiente la información`
      // is nobody's.
      const subject = phrases.some((p) => p.end === i - 1 && !p.governed && p.kind === 'name');
      if (!view.isName(i + 1) && !subject) continue;
    }
    const made = cue('verb', start, end, view, verb.strength, nested);
    // `se lo acusó de`, `se le pidió`: an impersonal verb with the person it concerns as its object.
    if (/^(?:lo|la|los|las|le|les)$/.test(prev) && view.lower[i - 2] === 'se' && verb.form === 'finite')
      made.impersonal = true;
    if (clause !== undefined) made.clause = clause;
    cues.push(made);
    if (clause !== undefined && !nested) reportedFrom = Math.min(reportedFrom, clause);
    if (phrasal) i = end - 1;
  }
  // `…, comentó Capistrán.` closing the sentence attributes all of it, whatever came before.
  for (const c of cues) {
    if (
      c.nested &&
      c.kind === 'verb' &&
      view.text(c.first - 1) === ',' &&
      closesFrame(view, c.end, frame.end)
    ) {
      c.nested = false;
    }
  }
  return cues;
}

// The phrase that starts at token `i`, read on its own (`según [el texto del acuerdo]`).
function phraseFrom(view: TokenView, i: number, end: number): Phrase | undefined {
  return firstPhrase(view, i, end, i + 1);
}

function cue(
  kind: CueKind,
  first: number,
  end: number,
  view: TokenView,
  strength: CueStrength,
  nested: boolean,
  target?: Phrase,
): Cue {
  const text = kind === 'colon' ? ':' : view.slice(first, end).toLowerCase();
  return { kind, first, end, text, strength, nested, ...(target && { target }) };
}

// `es decir` rephrases; `declinó comentar`, `evitó precisar` say that nothing was said.
const NOT_A_HELPER = new Set(
  'es son fue fueron era eran será sería ha han había hay declinó declinaron rehusó rehusaron evitó evitaron omitió omitieron'.split(
    ' ',
  ),
);

// The finite verb right before an infinitive cue, past `a` or `de`: `quiso aclarar`, `volvió a
// insistir`. Not a reporting verb itself (`dijo aclarar` is no chain) nor one that makes the
// infinitive its object's act (`pidió aclarar` is somebody else's).
function verbBeforeInfinitive(view: TokenView, i: number, form: VerbForm): number | undefined {
  if (form !== 'infinitive') return undefined;
  let j = i - 1;
  if (view.lower[j] === 'a' || view.lower[j] === 'de') j--;
  const w = view.lower[j] ?? '';
  if (j < 0 || view.q(j) >= 0 || !looksFinite(w) || cueVerb(w) || NOT_A_HELPER.has(w)) return undefined;
  return j;
}

// Whether `la`/`las` at `j` can only be an article: first in its sentence or after a preposition.
function articleAt(view: TokenView, j: number, frameFirst: number): boolean {
  return j === frameFirst || view.opensSentence[j] === 1 || PREPOSITIONS.has(view.lower[j - 1] ?? '');
}

/** Whether nothing but a subject and adverbs follows token `from` to the end of the frame. */
export function closesFrame(view: TokenView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (view.q(i) >= 0 || view.lower[i] === 'que' || /^[,;:]$/.test(view.text(i))) return false;
  }
  return true;
}

/** `y aseveró`, `, pero añadió`, `; agregó`: a cue coordinated with the sentence's main cue. */
export function coordinated(view: TokenView, i: number, frameFirst: number): boolean {
  let j = i - 1;
  while (j > frameFirst && CLITICS.has(view.lower[j] as string)) j--;
  const w = view.lower[j] ?? '';
  return w === 'y' || w === 'e' || w === 'pero' || w === ';' || w === 'aunque' || w === 'además';
}

/** Whether token `i` starts its clause: the sentence start, or after a comma or connector. */
function opensClause(view: TokenView, i: number, frameFirst: number): boolean {
  if (i === frameFirst) return true;
  const prev = view.text(i - 1);
  if (prev === ',' || prev === ';' || prev === '(' || prev === '—') return true;
  for (let k = 1; k <= 3 && i - k >= frameFirst; k++) if (connectorAt(view, i - k) === k) return true;
  return false;
}

/**
 * The first token of a `que` clause after a reporting verb (`dijo que`, `insistió en que`, `advirtió
 * de que`, `dijo a la prensa que`, `dijo, por su parte, que`), or undefined.
 */
function clauseAfter(view: TokenView, from: number, limit: number, nonFinite = false): number | undefined {
  let j = from;
  // A noun phrase before `, que` makes it a relative clause: `admitió el portugués, que estuvo…`.
  let named = false;
  // `informó, desde el hangar de la Marina, que …`: a complement set off by commas may be long; the
  // comma that closes it is followed by `que` or it was no complement of the verb.
  const setOff = view.text(from) === ',';
  for (let steps = 0; j < limit && steps < (setOff ? 14 : 8); steps++, j++) {
    const w = view.lower[j] as string;
    if (view.q(j) >= 0) return undefined;
    if (setOff && j > from && w === ',') {
      return view.lower[j + 1] === 'que' && j + 2 < limit && steps > 1 ? j + 2 : undefined;
    }
    if (w === 'que') {
      // `dijo, en entrevista, que`: a complement set off after the verb closes with a comma too;
      // `dijo, un país que…` is an aside whose `que` is a relative.
      const aside = view.text(from) === ',' && view.text(j - 1) !== ',';
      const relative = named && (nonFinite || view.text(j - 1) === ',');
      return j + 1 < limit && !aside && !relative ? j + 1 : undefined;
    }
    const connector = connectorAt(view, j);
    if (connector) {
      j += connector - 1;
      continue;
    }
    if ((DETERMINERS.has(w) && !PREPOSITIONS.has(view.lower[j - 1] ?? '')) || view.isName(j)) named = true;
    if (w === ',' || w === 'en' || w === 'de' || CLITICS.has(w) || TIME_WORDS.has(w) || PREPOSITIONS.has(w))
      continue;
    if (DETERMINERS.has(w) || view.isWord(j)) {
      // `dijo a la prensa que`, `señaló este martes que`: a short complement before `que`. After a
      // determiner a word is a noun, whatever verb it is spelled like (`mediante un comunicado que`).
      const noun = DETERMINERS.has(view.lower[j - 1] ?? '');
      if ((steps < 5 || setOff) && (noun || !cueVerb(w)) && !(setOff && looksFinite(w))) continue;
    }
    return undefined;
  }
  return undefined;
}

/** Whether the cue sits right next to a quotation: `«…», dijo`, `dijo: «…»`, `calificó de «…»`. */
function touchesQuote(view: TokenView, first: number, end: number): boolean {
  let j = first - 1;
  while (j >= 0 && (CLITICS.has(view.lower[j] as string) || /^[,—–-]$/.test(view.text(j)))) j--;
  if (j >= 0 && view.q(j) >= 0) return true;
  let k = end;
  while (k < view.tokens.length && /^(?:[:,]|que|en|de|un|una|como)$/.test(view.lower[k] as string)) k++;
  if (view.q(k) !== undefined && view.q(k) >= 0) return true;
  // `definió a Sharon como «…»`: an object between the verb and the quotation it qualifies.
  const quote = quoteAfter(view, end);
  return quote >= 0 && objectBefore(view, end, quote);
}

// `Para el portavoz de Hamas, Sami Abu Suhri, las conversaciones…`: after `para` the role is
// governed, so no apposition was folded into it; the name set off between commas renames it.
function renamed(view: TokenView, target: Phrase | undefined, phrases: Phrase[]): Phrase | undefined {
  if (!target || target.kind !== 'role' || target.name || view.text(target.end) !== ',') return target;
  const name = phrases.find((p) => p.first === target.end + 1 && p.kind === 'name' && !p.governed);
  if (!name?.name || view.text(name.end) !== ',' || view.entityAt[name.first]?.type !== 'PERSON')
    return target;
  return { ...target, name: name.name, end: name.end };
}

// `no dijo`, `no lo confirmó`, `no ha precisado`: `no` before the verb, past a clitic or `haber`.
function negated(view: TokenView, i: number): boolean {
  let j = i - 1;
  while (j > i - 3 && (CLITICS.has(view.lower[j] ?? '') || HABER.has(view.lower[j] ?? ''))) j--;
  return view.lower[j] === 'no' && view.q(j) < 0;
}

// Whether the verb at `[start, end)` follows a comma that closes a clause of its own (a finite verb
// before it) and has a subject, not `que`, right after it.
function closingSubject(view: TokenView, first: number, start: number, end: number): boolean {
  if (view.text(start - 1) !== ',' || view.lower[end] === 'que' || view.text(end) === ',') return false;
  if (!DETERMINERS.has(view.lower[end] ?? '')) return false;
  for (let i = first; i < start - 1; i++) if (view.q(i) < 0 && looksFinite(view.lower[i] ?? '')) return true;
  return false;
}
