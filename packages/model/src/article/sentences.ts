import type { Span } from '../types.js';
import type { Token } from './tokens.js';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { LIMITS } from '../limits.js';

/** A sentence: a span of the body and the range of its tokens, `tokens[tokenStart..tokenEnd)`. */
export interface Sentence extends Span {
  paragraph: number;
  tokenStart: number;
  tokenEnd: number;
}

const TERMINAL = new Set(['.', '?', '!', '...', '…']);
// Marks that may close a sentence after its terminal punctuation: «….» or (…).
const CLOSERS = new Set(['»', '”', '"', "'", '’', ')', ']']);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}«“"'¿¡(—–-]/u;

/**
 * Splits each paragraph's tokens into sentences. A sentence ends at . ? ! or … (and any closing
 * marks after it) when the next token can start a sentence and the period does not end an abbreviation.
 * A run longer than `LIMITS.maxSentenceTokens` is cut where it reaches that length.
 */
export function splitSentences(tokens: Token[], paragraphs: Span[], body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  paragraphs.forEach((paragraph, index) => {
    while (t < tokens.length && (tokens[t] as Token).start < paragraph.start) t++;
    let first = t;
    while (t < tokens.length && (tokens[t] as Token).end <= paragraph.end) {
      const token = tokens[t] as Token;
      let last = t;
      if (TERMINAL.has(token.text) && !endsAbbreviation(tokens, t, first, body)) {
        while (last + 1 < tokens.length && CLOSERS.has((tokens[last + 1] as Token).text)) {
          const closer = tokens[last + 1] as Token;
          if (closer.end > paragraph.end) break;
          last++;
        }
        const next = tokens[last + 1];
        if (!next || next.start >= paragraph.end || OPENS_SENTENCE.test(next.text)) {
          push(first, last + 1);
          first = last + 1;
        }
      }
      // A run with no sentence end is cut, so that no sentence is endless (limits.ts).
      if (last + 1 - first >= LIMITS.maxSentenceTokens) {
        push(first, last + 1);
        first = last + 1;
      }
      t = last + 1;
    }
    if (first < t) push(first, t);

    function push(from: number, to: number): void {
      sentences.push({
        start: (tokens[from] as Token).start,
        end: (tokens[to - 1] as Token).end,
        paragraph: index,
        tokenStart: from,
        tokenEnd: to,
      });
    }
  });
  return sentences;
}

function endsAbbreviation(tokens: Token[], i: number, sentenceStart: number, body: string): boolean {
  if ((tokens[i] as Token).text !== '.' || i === sentenceStart) return false;
  const previous = tokens[i - 1] as Token;
  // The period must touch the word: "Sr." is an abbreviation, "Sr ." is not.
  if (previous.end !== (tokens[i] as Token).start) return false;
  const word = previous.text;
  // A single capital is an initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) && body[previous.start - 1] !== '.';
}
