import type { Token } from '../article/tokens.js';
import { LIMITS } from '../limits.js';
import type { TokenView } from './view.js';

/** A sentence as the attributor reads it: never cut inside a quotation, without the dateline. */
export interface Frame {
  /** Token range `[first, end)`. */
  first: number;
  end: number;
  paragraph: number;
}

/**
 * The article's sentences, merged where a quotation runs across a sentence end (`«Acordamos… .
 * Analizamos…», declaró`): the words around a quotation are read as one sentence, up to
 * `LIMITS.maxFrameTokens`.
 */
export function buildFrames(view: TokenView): Frame[] {
  const { doc, tokens } = view;
  const datelineEnd = doc.dateline?.end ?? -1;
  const frames: Frame[] = [];
  for (const sentence of doc.sentences) {
    let first = sentence.tokenStart;
    while (first < sentence.tokenEnd && (tokens[first] as Token).start < datelineEnd) first++;
    if (first >= sentence.tokenEnd) continue;
    const last = frames[frames.length - 1];
    const joined =
      last &&
      last.paragraph === sentence.paragraph &&
      last.end === first &&
      view.q(first) >= 0 &&
      view.q(first) === view.q(first - 1) &&
      sentence.tokenEnd - last.first <= LIMITS.maxFrameTokens;
    if (joined) last.end = sentence.tokenEnd;
    else frames.push({ first, end: sentence.tokenEnd, paragraph: sentence.paragraph });
  }
  return frames;
}
