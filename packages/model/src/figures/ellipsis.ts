import type { NumberPhrase } from './number-phrase.js';
import type { TokenView } from './token-view.js';

// Comparisons print the unit once and leave it out of the other term: `bajó a 41 por ciento
// desde 47`, `creció 1.4 por ciento, desde otra de 4.2`, `que a 15 pesos, que a 13`.
// These words open the other term whatever the number.
const STRONG_OPENERS = new Set(['desde', 'contra']);
// These open it too, but also much else (`de 12 años`, `con 3 hijos` written elsewhere without
// the noun): only before a number with decimals, or one in a range of bare numbers.
const WEAK_OPENERS = new Set(['de', 'con', 'a', 'en']);
const RANGE_JOINERS = new Set(['a', 'y']);
// A partitive after the number makes it a count of something named next: `25 de los 58 municipios`.
const PARTITIVE_ARTICLES = new Set(['los', 'las', 'ellos', 'ellas', 'cada']);

/** How the bare number stands to the figure whose unit it may take. */
export interface ElisionContext {
  /** The same two words open both: `que a 15 pesos, que a 13`. */
  parallel: boolean;
  /** The figure closed the sentence before: only a number with decimals carries a rate across. */
  nextSentence: boolean;
}

/**
 * Whether a bare number (no unit) may take the unit of the figure before it in the same sentence
 * (or the one before, for decimals): the number is rate-sized and has no scale words (they make
 * it an amount in its own right), a comparison word opens it (or a parenthesis before a sign or
 * decimals: `(-4.1)`), and no partitive follows it.
 */
export function mayTakeElidedUnit(
  view: TokenView,
  first: number,
  number: NumberPhrase,
  signed: boolean,
  context: ElisionContext = { parallel: false, nextSentence: false },
): boolean {
  if (number.trailingScales.length > 0 || !number.hasDigits || number.hasWords) return false;
  if (Math.abs(number.value) > 100) return false;
  if (view.key(number.end) === 'de' && PARTITIVE_ARTICLES.has(view.key(number.end + 1))) return false;
  const before = view.key(first - 1);
  const decimals = !Number.isInteger(number.value);
  if (context.nextSentence) return decimals && (STRONG_OPENERS.has(before) || WEAK_OPENERS.has(before));
  if (context.parallel && WEAK_OPENERS.has(before)) return true;
  if (STRONG_OPENERS.has(before) || (before === 'a' && view.key(first - 2) === 'frente')) return true;
  if (WEAK_OPENERS.has(before)) return decimals || inBareRange(view, first, number.end);
  return before === '(' && (signed || decimals);
}

/** `de 30 a 35`: the number joins, or is joined to, another bare number. */
function inBareRange(view: TokenView, first: number, end: number): boolean {
  const after = RANGE_JOINERS.has(view.key(end)) && view.isDigits(end + 1);
  const before = RANGE_JOINERS.has(view.key(first - 1)) && view.isDigits(first - 2);
  return after || before;
}
