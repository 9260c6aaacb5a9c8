import { FRACTION_NOUNS, FRACTION_ORDINALS, SMALL_NUMBERS } from '../lexicon/number-words.js';
import type { TokenView } from './token-view.js';

/** A fraction in words, as a share of one: `la mitad` 0.5, `dos tercios` 2/3. */
export interface FractionMention {
  first: number;
  end: number;
  value: number;
}

const PART = new Set(['parte', 'partes']);
const SINGULAR_DETERMINERS = new Set(['la', 'una']);

/**
 * Reads a fraction starting at token i: `la mitad`, `una tercera parte`, `las dos terceras partes`,
 * `dos tercios`, `tres cuartos`, `un cuarto de`. `cuarto` alone is a room, so it needs `de` after it.
 */
export function readFraction(view: TokenView, i: number): FractionMention | undefined {
  const key = view.key(i);
  if (SINGULAR_DETERMINERS.has(key) && view.key(i + 1) === 'mitad' && !view.startsSentence(i + 1)) {
    return { first: i, end: i + 2, value: 0.5 };
  }
  // `la/una tercera parte`, `las dos terceras partes`, `tres cuartas partes`.
  let j = i;
  let numerator = 1;
  if (SINGULAR_DETERMINERS.has(key)) j++;
  else if (key === 'las' && SMALL_NUMBERS.has(view.key(i + 1))) {
    numerator = SMALL_NUMBERS.get(view.key(i + 1)) as number;
    j += 2;
  } else if (SMALL_NUMBERS.has(key)) {
    numerator = SMALL_NUMBERS.get(key) as number;
    j++;
  } else return undefined;
  const ordinal = FRACTION_ORDINALS.get(view.key(j));
  if (ordinal !== undefined && PART.has(view.key(j + 1)) && numerator < ordinal) {
    return { first: i, end: j + 2, value: numerator / ordinal };
  }
  // `dos tercios`, `un tercio`, `un cuarto de`.
  const noun = FRACTION_NOUNS.get(view.key(j));
  if (noun !== undefined && j === i + 1 && SMALL_NUMBERS.has(key) && key !== 'una' && numerator < noun) {
    if ((noun === 4 || noun === 10) && view.key(j + 1) !== 'de') return undefined;
    return { first: i, end: j + 1, value: numerator / noun };
  }
  return undefined;
}
