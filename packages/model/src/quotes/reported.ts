import type { Speaker } from '../types.js';
import type { ResolvedCue } from './attribute.js';
import { closesFrame } from './cues.js';
import type { Frame } from './frames.js';
import { wordCount } from './not-speech.js';
import type { TokenView } from './view.js';

/** A statement reported without quotation marks: `dijo que …`, `…, añadió`, `según X, …`. */
export interface Reported {
  /** Token range `[first, end)` of the reported words. */
  first: number;
  end: number;
  speaker: Speaker;
  cue: string;
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
): Reported[] {
  const out: Reported[] = [];
  const main = cues.filter((c) => !c.nested && c.resolved);
  for (const cue of main) {
    const speaker = cue.resolved?.speaker;
    if (!speaker) continue;
    if (cue.kind === 'verb' && cue.clause !== undefined) {
      const next = main.find((c) => c.first > (cue.clause as number) && c.kind === 'verb');
      push(out, view, cue.clause, next ? next.first : frame.end, speaker, cue.text);
    } else if (
      cue.kind === 'verb' &&
      closesFrame(view, cue.end, frame.end) &&
      view.text(cue.first - 1) === ',' &&
      // `Añadió que …, informó X.`: the clause after `que` is already the report.
      !main.some((c) => c !== cue && c.clause !== undefined)
    ) {
      const from = quiet[0]?.first ?? frame.first;
      push(out, view, from, cue.first - 1, speaker, cue.text);
    } else if ((cue.kind === 'according' || cue.kind === 'para') && cue.target) {
      const target = cue.target;
      if (cue.first <= frame.first + 2 && view.text(target.end) === ',') {
        push(out, view, target.end + 1, frame.end, speaker, cue.text);
      } else if (closesFrame(view, target.end, frame.end) && view.text(cue.first - 1) === ',') {
        push(out, view, frame.first, cue.first - 1, speaker, cue.text);
      }
    }
  }
  return out;
}

function push(
  out: Reported[],
  view: TokenView,
  from: number,
  to: number,
  speaker: Speaker,
  cue: string,
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
  if (quote < end && wordCount(view.slice(first, quote)) >= 5) {
    end = quote;
    while (end > first && TRAILING.test(view.lower[end - 1] as string)) end--;
  }
  const text = view.slice(first, end);
  if (wordCount(text) < 3) return;
  let quoted = 0;
  for (let i = first; i < end; i++) if (view.q(i) >= 0) quoted += view.text(i).length;
  if (quoted / text.length > 0.4) return;
  out.push({ first, end, speaker, cue });
}
