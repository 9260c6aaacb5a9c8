import type { RuleId } from '../explain/rules.js';
import type { Speaker } from '../types.js';
import type { ResolvedCue } from './attribute.js';
import { DETERMINERS } from '../lexicon/spanish-function-words.js';
import { closesFrame } from './cues.js';
import type { Frame } from './frames.js';
import { wordCount } from './not-speech.js';
import { looksFinite, type Phrase } from './phrases.js';
import { parenthetical, speakerPhrase } from './subject.js';
import type { TokenView } from './view.js';

/** A statement reported without quotation marks: `dijo que …`, `…, añadió`, `según X, …`. */
export interface Reported {
  /** Token range `[first, end)` of the reported words. */
  first: number;
  end: number;
  speaker: Speaker;
  cue: string;
  /** The pattern that found the statement. */
  rule: RuleId;
}

const TRAILING = /^(?:[,.;:]|y|e|pero|mientras|aunque)$/;

/**
 * The reported statements of a frame: the clause after `que` of a reporting verb (`aseguró que …`),
 * the sentence before an inverted cue at its end (`…, comentó.`, which also takes the quiet
 * sentences of the paragraph before it), and the rest of a sentence opened by `según X,`/`para X,`.
 * `quiet` are the preceding frames of the paragraph with neither cue nor quotation.
 */
export function reportedClauses(
  view: TokenView,
  frame: Frame,
  cues: ResolvedCue[],
  quiet: Frame[],
  phrases: Phrase[],
): Reported[] {
  const out: Reported[] = [];
  const main = cues.filter((c) => !c.nested && c.resolved);
  for (const cue of main) {
    const speaker = cue.resolved?.speaker;
    if (!speaker) continue;
    if (cue.kind === 'verb' && cue.clause !== undefined) {
      const next = main.find((c) => c.first > (cue.clause as number) && c.kind === 'verb');
      push(
        out,
        view,
        cue.clause,
        next ? next.first : frame.end,
        speaker,
        cue.text,
        'quote.reported.que-clause',
      );
    } else if (cue.kind === 'verb' && parenthetical(view, frame, cue) && !quoted(view, frame)) {
      // `Desde entonces, agregó, el maíz…`: the verb set in the middle reports the whole sentence.
      // After a colon only: `hizo una declaración: con esto, añadió, …`.
      let from = cue.first;
      while (from > frame.first && !/^[:;]$/.test(view.text(from - 1))) from--;
      push(out, view, from, frame.end, speaker, cue.text, 'quote.reported.parenthetical');
    } else if (
      cue.kind === 'verb' &&
      closesClause(view, cue.end, frame.end) &&
      view.text(cue.first - comma(view, cue)) === ',' &&
      !afterQuotation(view, frame, cue.first - comma(view, cue)) &&
      // `Añadió que …, informó X.`: the clause after `que` is already the report.
      !main.some((c) => c !== cue && c.clause !== undefined && c.first < cue.first && opens(view, frame, c))
    ) {
      const from = quiet[0]?.first ?? frame.first;
      // `Bob, republicano, criticó al Departamento`: a subject before the verb makes it no inversion.
      const subject = speakerPhrase(view, frame, cue, phrases);
      const to = cue.first - comma(view, cue);
      if (frontedAdjunct(view, from, to)) {
        // `Por su lado, dijo, la Cámara estará atenta…`: the verb between commas reports what follows.
        let after = cue.end;
        // Only the verb's subject may stand before the comma: `Por su lado, dijo el senador, …`.
        while (after < frame.end && after - cue.end < 5 && view.text(after) !== ',') after++;
        // Not when what follows is a quotation: that is a direct quote of its own.
        if (view.text(after) === ',' && after + 1 < frame.end && view.q(after + 1) < 0)
          push(out, view, after + 1, frame.end, speaker, cue.text, 'quote.reported.fronted');
      } else if ((!subject || subject.first > cue.first) && !onlyPhrases(view, phrases, from, to))
        push(out, view, from, to, speaker, cue.text, 'quote.reported.inverted');
    } else if ((cue.kind === 'according' || cue.kind === 'para') && cue.target) {
      const target = cue.target;
      if (cue.first <= frame.first + 2 && view.text(target.end) === ',') {
        const from = afterApposition(view, target, frame);
        push(out, view, from, frame.end, speaker, cue.text, 'quote.reported.segun-opening');
      } else if (closesFrame(view, target.end, frame.end) && view.text(cue.first - 1) === ',') {
        push(out, view, frame.first, cue.first - 1, speaker, cue.text, 'quote.reported.segun-closing');
      }
    }
  }
  return out;
}

// `Según X, el abogado que lo asesora, Snowden…`: the statement starts after the apposition that
// describes X (and its relative clause), at the next comma.
function afterApposition(view: TokenView, target: Phrase, frame: Frame): number {
  // `Según X, sus diputados apoyarán…`: a role followed by its verb is the statement's subject.
  const closed =
    target.apposed !== undefined && /^(?:,|que|quien|quienes)$/.test(view.lower[target.apposed] ?? '');
  if (target.apposed === undefined || !closed) return target.end + 1;
  let j = target.apposed;
  while (j < frame.end && view.text(j) !== ',') j++;
  return j + 1;
}

// How far back the comma before an inverted verb is: `…, informó X` or `…, según informó X`.
function comma(view: TokenView, cue: ResolvedCue): number {
  return view.lower[cue.first - 1] === 'según' ? 2 : 1;
}

/**
 * Whether an inverted verb ends its clause: nothing but its subject follows up to the end of the
 * sentence or to a comma, after which an apposition or a relative may go on (`…, dijo el ministro de
 * Pesca, Tomás Ibarra, quien añadió que …`).
 */
function closesClause(view: TokenView, from: number, end: number): boolean {
  let comma = from;
  // `…, dijo el periodista que difundió…`: a relative right after the subject (a determiner and a
  // few words) ends what the verb governs.
  const subject = DETERMINERS.has(view.lower[from] ?? '');
  const relative = (i: number): boolean =>
    subject && i > from + 1 && i < from + 5 && /^(?:que|quien|quienes)$/.test(view.lower[i] ?? '');
  while (comma < end && view.text(comma) !== ',' && !relative(comma)) comma++;
  return closesFrame(view, from, comma);
}

// Whether a cue opens the sentence's main clause: only connectors, adverbs of time or a subject
// come before it (`Añadió que`, `Por su parte, Ibarra dijo que`), not another clause.
function opens(view: TokenView, frame: Frame, cue: ResolvedCue): boolean {
  return !hasFinite(view, frame.first, cue.first);
}

/**
 * `Los gobernadores, A y B, declararon el estado…`: before the comma stand only the verb's subject and
 * its apposition, nothing said.
 */
function onlyPhrases(view: TokenView, phrases: Phrase[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (phrases.some((p) => p.first <= i && i < p.end)) continue;
    if (/^(?:,|y|e|o|u|\p{Ll}+mente)$/u.test(view.lower[i] as string)) continue;
    return false;
  }
  return true;
}

/**
 * `«…», añadió.` or `«…». «…», añadió.`: a quotation that opens its sentence (or its clause after a
 * semicolon) and ends at the comma
 * before the verb is what the verb reports; the words before it are another sentence's.
 */
function afterQuotation(view: TokenView, frame: Frame, comma: number): boolean {
  const q = view.q(comma - 1) as number;
  if (q < 0) return false;
  let open = comma - 1;
  while (open > frame.first && view.q(open - 1) === q) open--;
  // `…vio a su hija; «se fue al norte», comentó.`: a semicolon ends the narrator's clause as well.
  return open === frame.first || /^[.!?…;]$/.test(view.text(open - 1)) || view.q(open - 1) >= 0;
}

function quoted(view: TokenView, frame: Frame): boolean {
  for (let i = frame.first; i < frame.end; i++) if (view.q(i) >= 0) return true;
  return false;
}

// `Ante ese problema, advirtió la posibilidad de…`, `En dicha reunión, relató X, …`: a few words
// opened by a preposition, with no verb, set the scene of the verb after them; nobody said them.
const ADJUNCT_OPENERS = /^(?:ante|en|con|tras|por|para|sobre|durante|desde|a|al|hacia|según)$/;
function frontedAdjunct(view: TokenView, from: number, to: number): boolean {
  return to - from <= 6 && ADJUNCT_OPENERS.test(view.lower[from] ?? '') && !hasFinite(view, from, to);
}

function hasFinite(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (view.q(i) < 0 && looksFinite(view.lower[i] as string) && !view.isName(i)) return true;
  }
  return false;
}

function push(
  out: Reported[],
  view: TokenView,
  from: number,
  to: number,
  speaker: Speaker,
  cue: string,
  rule: RuleId,
): void {
  let first = from;
  let end = to;
  while (first < end && /^[,;:]$/.test(view.text(first))) first++;
  while (end > first && TRAILING.test(view.lower[end - 1] as string)) end--;
  if (end <= first) return;
  // A clause that is one quotation is the quotation's: no second, indirect copy of it.
  const q = view.q(first) as number;
  if (q >= 0 && view.q(end - 1) === q) return;
  // Words in quotation marks are the direct quotations' to report: a clause that runs into one
  // stops before it (`dijo que X: «…»`), and one made mostly of them is left to them.
  let quote = first;
  while (quote < end && view.q(quote) < 0) quote++;
  if (quote < end && wordCount(view.slice(first, quote), 5) >= 5) {
    end = quote;
    while (end > first && TRAILING.test(view.lower[end - 1] as string)) end--;
  }
  const text = view.slice(first, end);
  if (wordCount(text, 3) < 3) return;
  let quoted = 0;
  for (let i = first; i < end; i++) if (view.q(i) >= 0) quoted += view.text(i).length;
  if (quoted / text.length > 0.4) return;
  out.push({ first, end, speaker, cue, rule });
}
