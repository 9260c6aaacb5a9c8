import type { Span } from '../types.js';

/** A token of the body: a word, a number, an acronym or one punctuation mark. */
export interface Token extends Span {
  text: string;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    // Acronyms with dots: EE.UU., U.S.A., S.A. (before words, which would stop at the dot).
    String.raw`\p{L}{1,3}\.(?:\p{L}{1,3}\.)+`,
    // Numbers with thousands or decimal separators: 30.000, 4,5, 2,216.6, and signed -23.4.
    String.raw`\d+(?:[.,]\d+)*`,
    // Words, with inner hyphens, apostrophes or digits: Kasim-Yomart, O'Donnell, G20, 4x4.
    String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’·][\p{L}\p{M}\p{N}]+)*`,
    // Ellipsis, the wire separator .- and runs of dashes.
    String.raw`\.{3}|\.-|-{2,}`,
    // Anything else that is not a space, one character at a time.
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

/** Splits text into tokens with offsets relative to `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/** Words for counting: tokens that hold a letter or a digit. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}
