import { CURRENCY_CODES, CURRENCY_NAMES, SCALED_CURRENCIES } from '../lexicon/currencies.js';
import { MEASURE_UNITS } from '../lexicon/measure-units.js';
import { TIME_UNITS } from '../lexicon/time-units.js';
import { readCountedNoun } from './counted-nouns.js';
import type { NumberPhrase } from './number-phrase.js';
import { PhraseTable } from './phrase-table.js';
import type { TokenView } from './token-view.js';

/** What follows a number and says what it measures. `end` is the token after the unit. */
export type UnitMatch =
  | { type: 'percent'; end: number }
  | { type: 'points'; unit: PointsUnit; end: number }
  | { type: 'currency'; code: string; scale: number; end: number }
  | { type: 'measure'; unit: string; end: number }
  | { type: 'time'; unit: string; end: number }
  | { type: 'noun'; unit: string; end: number };

/** Percentage points and basis points are differences of rates, kept apart from percentages. */
export type PointsUnit = 'percentage points' | 'basis points';

const PERCENT = new PhraseTable<true>([
  ['%', true],
  ['por ciento', true],
  ['porciento', true],
  ['por cien', true],
]);

const POINTS = new PhraseTable<PointsUnit>([
  ['puntos porcentuales', 'percentage points'],
  ['punto porcentual', 'percentage points'],
  ['puntos base', 'basis points'],
  ['punto base', 'basis points'],
  ['puntos basicos', 'basis points'],
  ['punto basico', 'basis points'],
]);

const CURRENCIES = new PhraseTable<string>(CURRENCY_NAMES);
const MEASURES = new PhraseTable<string>(MEASURE_UNITS);

/**
 * The unit after a number phrase ending before token j. After a scale word the unit takes `de`
 * (`30 millones de dólares`, `mil millones de barriles`); otherwise it follows at once (`27 lesionados`).
 */
export function readUnit(view: TokenView, j: number, phrase: NumberPhrase): UnitMatch | undefined {
  if (j >= view.length || view.startsSentence(j)) return undefined;
  const percent = PERCENT.matchAt(view, j);
  if (percent) return { type: 'percent', end: percent.end };
  const points = POINTS.matchAt(view, j);
  if (points) return { type: 'points', unit: points.value, end: points.end };
  const scaled = SCALED_CURRENCIES.get(view.key(j));
  if (scaled) return { type: 'currency', code: scaled.code, scale: scaled.scale, end: j + 1 };
  if (CURRENCY_CODES.has(view.text(j))) return { type: 'currency', code: view.text(j), scale: 1, end: j + 1 };

  const afterScale = phrase.trailingScales.length > 0;
  const k = afterScale && view.key(j) === 'de' && !view.startsSentence(j + 1) ? j + 1 : j;
  const currency = CURRENCIES.matchAt(view, k);
  if (currency && !isNameAt(view, k)) {
    return { type: 'currency', code: currency.value, scale: 1, end: currency.end };
  }
  const measure = MEASURES.matchAt(view, k);
  if (measure && !isNameAt(view, k)) return { type: 'measure', unit: measure.value, end: measure.end };
  const time = TIME_UNITS.get(view.key(k));
  if (time !== undefined && !view.isCapitalized(k)) return { type: 'time', unit: time, end: k + 1 };
  const noun = readCountedNoun(view, k);
  if (noun) return { type: 'noun', unit: noun.noun, end: noun.end };
  return undefined;
}

// `medio día` is noon and `media jornada` part-time work: idioms, not half a unit.
const NOT_HALVED = new Set(['dia', 'dias', 'jornada', 'jornadas']);

/** A measure or time unit at token j that `medio`/`media` may halve: `medio kilo`, `media hora`. */
export function isHalvableUnitAt(view: TokenView, j: number): boolean {
  if (j >= view.length || view.isCapitalized(j) || NOT_HALVED.has(view.key(j))) return false;
  return MEASURES.matchAt(view, j) !== undefined || TIME_UNITS.has(view.key(j));
}

// `Real Madrid`, `Libra` the sign, `Metro` the railway: a capitalised unit word inside a sentence is a name.
function isNameAt(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && !view.isAllCaps(i) && !view.opensSentence(i);
}
