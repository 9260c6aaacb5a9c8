import { HUNDREDS, SMALL_NUMBERS, TENS } from '../lexicon/number-words.js';
import { parseDigits } from './numbers.js';
import { applyScale, scaleOf } from './scales.js';
import type { TokenView } from './token-view.js';
import { isHalvableUnitAt } from './units.js';

/** A cardinal number as printed: digits, words, scale words or a mix (`2 mil 216.6 millones`). */
export interface NumberPhrase {
  /** First token of the number. */
  first: number;
  /** Token after the number. */
  end: number;
  value: number;
  /** The scale words that close the phrase, as multipliers: `[1e3, 1e6]` for `6 mil millones`. */
  trailingScales: number[];
  /** One token of bare digits, as years are written (`1995`, not `1.995`). */
  plainDigits: boolean;
  hasDigits: boolean;
  hasWords: boolean;
  /** Only `un`, `una` or `uno`: an article or pronoun unless a unit or scale follows. */
  articleOnly: boolean;
}

const enum Stage {
  None = 0,
  Units = 1,
  Tens = 2,
  Hundreds = 3,
}

/**
 * Reads the longest number phrase starting at token i, or undefined when token i does not start
 * one. Spanish composition: hundreds, tens `y` units, then scale words that multiply what precedes
 * them (`doscientos mil`, `catorce mil novecientos millones`); Mexican copy mixes digits in
 * (`56 mil 667`, `mil 800`). `y medio` after a scale adds half of it (`un millón y medio`).
 */
export function readNumber(view: TokenView, i: number): NumberPhrase | undefined {
  const chunks: number[] = [];
  let small = 0;
  let stage = Stage.None;
  let lastScale = 0;
  let trailing: number[] = [];
  // The previous token was a scale word: digits may follow (`mil 800`), or another scale.
  let afterScale = false;
  let hasDigits = false;
  let hasWords = false;
  let articleOnly = false;
  let j = i;

  const flushSmall = (): void => {
    if (stage !== Stage.None) chunks.push(small);
    small = 0;
    stage = Stage.None;
  };

  for (; j < view.length; j++) {
    if (j > i && view.startsSentence(j)) break;
    const key = view.key(j);
    if (view.isDigits(j)) {
      const value = parseDigits(view.text(j));
      if (value === undefined) break;
      if (j > i) {
        // Digits continue a phrase only after a scale: `mil 800`, `3 millones 500 mil`.
        if (!afterScale || value >= 1000) break;
        const nextScale = scaleOf(view.key(j + 1));
        if (lastScale > 1e3 && !(nextScale !== undefined && nextScale < lastScale)) break;
      }
      chunks.push(value);
      hasDigits = true;
      trailing = [];
      afterScale = false;
      continue;
    }
    const scale = scaleOf(key);
    if (scale !== undefined) {
      // `mil millones` rises; `millones mil` is two numbers.
      if (afterScale && scale <= lastScale) break;
      flushSmall();
      if (!applyScale(chunks, scale, j === i && standsAlone(view, i))) break;
      trailing = afterScale ? [...trailing, scale] : [scale];
      afterScale = true;
      lastScale = scale;
      hasWords = true;
      articleOnly = false;
      continue;
    }
    if (hasDigits && !afterScale) break;
    const hundred = HUNDREDS.get(key);
    if (hundred !== undefined) {
      if (stage !== Stage.None) break;
      small = hundred;
      stage = Stage.Hundreds;
      hasWords = true;
      trailing = [];
      afterScale = false;
      continue;
    }
    const ten = TENS.get(key);
    if (ten !== undefined) {
      if (stage !== Stage.None && stage !== Stage.Hundreds) break;
      small += ten;
      stage = Stage.Tens;
      hasWords = true;
      trailing = [];
      afterScale = false;
      // `treinta y cinco`
      const unit = SMALL_NUMBERS.get(view.key(j + 2));
      if (view.key(j + 1) === 'y' && unit !== undefined && unit >= 1 && unit <= 9) {
        small += unit;
        stage = Stage.Units;
        j += 2;
      }
      continue;
    }
    const unit = SMALL_NUMBERS.get(key);
    if (unit !== undefined) {
      if (stage !== Stage.None && stage !== Stage.Hundreds) break;
      if (stage === Stage.Hundreds && unit === 0) break;
      if (chunks.length > 0 && !afterScale) break;
      small += unit;
      stage = Stage.Units;
      hasWords = true;
      trailing = [];
      afterScale = false;
      articleOnly = j === i && unit === 1;
      continue;
    }
    // `medio millón`, `media docena`; `medio kilo`, `media hora`.
    if (
      (key === 'medio' || key === 'media') &&
      j === i &&
      (scaleOf(view.key(j + 1)) !== undefined || isHalvableUnitAt(view, j + 1))
    ) {
      small = 0.5;
      stage = Stage.Units;
      hasWords = true;
      continue;
    }
    // `un millón y medio`: half of the last scale.
    if (key === 'y' && afterScale) {
      const next = view.key(j + 1);
      if (next === 'medio' || next === 'media') {
        chunks.push(lastScale / 2);
        j += 2;
      }
    }
    break;
  }
  flushSmall();
  if (chunks.length === 0 || j === i) return undefined;
  let value = 0;
  for (const chunk of chunks) value += chunk;
  if (!Number.isFinite(value)) return undefined;
  return {
    first: i,
    end: j,
    value,
    trailingScales: trailing,
    plainDigits: j === i + 1 && /^\d+$/.test(view.text(i)),
    hasDigits,
    hasWords,
    articleOnly: articleOnly && j === i + 1,
  };
}

// `el millón y medio de vecinos`, `otro millón`: a determiner makes a lone `millón` one million.
const MILLION_DETERMINERS = new Set(['el', 'otro', 'ese', 'este', 'aquel', 'del', 'al', 'cada']);

/** A scale word read as a number by itself: `mil` always, singular `millón` after a determiner. */
function standsAlone(view: TokenView, i: number): boolean {
  const key = view.key(i);
  return key === 'mil' || (key === 'millon' && MILLION_DETERMINERS.has(view.key(i - 1)));
}
