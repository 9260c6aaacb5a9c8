import { WEEKDAYS } from '../lexicon/calendar.js';
import { CURRENCY_PREFIXES } from '../lexicon/currencies.js';
import { HUNDREDS, SCALES, SMALL_NUMBERS, TENS } from '../lexicon/number-words.js';
import { TIME_UNITS } from '../lexicon/time-units.js';
import { SIGNS } from './core.js';
import type { TokenView } from './token-view.js';

// Keys a figure can start with besides digits and signs: number words, fraction openers, dates, time units,
// currency signs spelled with letters (`US$`). Any other token is skipped at once.
const STARTERS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(),
  ...TENS.keys(),
  ...HUNDREDS.keys(),
  ...SCALES.keys(),
  ...WEEKDAYS.keys(),
  // `año y medio`
  ...TIME_UNITS.keys(),
  ...[
    'medio',
    'media',
    'la',
    'las',
    'hoy',
    'ayer',
    'anoche',
    'anteayer',
    'antier',
    'anteanoche',
    'manana',
    'primero',
  ],
  ...['us', 'u', 'mx', 'r', 'c', 'a', 's', 'usd', 'eur', 'mxn'],
]);

/** Whether a figure may start at token i: the scanner's cheap test before it reads anything. */
export function mayStartFigure(view: TokenView, i: number): boolean {
  return (
    view.isDigits(i) ||
    STARTERS.has(view.key(i)) ||
    CURRENCY_PREFIXES.has(view.text(i)) ||
    SIGNS.has(view.text(i))
  );
}
