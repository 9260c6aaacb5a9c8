import { TIME_UNITS } from '../lexicon/time-units.js';
import type { TokenView } from './token-view.js';

/** A unit of time and a half with no number before it: `año y medio`, `hora y media`. */
export interface UnitAndHalf {
  first: number;
  end: number;
  /** The time unit, as `TIME_UNITS` names it: `year`, `hour`. */
  unit: string;
}

const HALF = new Set(['medio', 'media']);
// Singular units only: `años y medio` needs a number (`dos años y medio`), read elsewhere.
const isPlural = (key: string) => TIME_UNITS.has(key.slice(0, -1)) || TIME_UNITS.has(key.slice(0, -2));
const SINGULAR = new Set([...TIME_UNITS.keys()].filter((key) => !isPlural(key)));

/**
 * Reads `año y medio`, `mes y medio`, `hora y media` at token i: one unit and a half, written without
 * `un` in Spanish. A capitalised unit inside a sentence is a name (`Hora y Media`, a programme).
 */
export function readUnitAndHalf(view: TokenView, i: number): UnitAndHalf | undefined {
  const key = view.key(i);
  if (!SINGULAR.has(key) || view.key(i + 1) !== 'y' || !HALF.has(view.key(i + 2))) return undefined;
  if (view.isCapitalized(i) && !view.opensSentence(i)) return undefined;
  if (view.startsSentence(i + 1) || view.startsSentence(i + 2)) return undefined;
  return { first: i, end: i + 3, unit: TIME_UNITS.get(key) as string };
}
