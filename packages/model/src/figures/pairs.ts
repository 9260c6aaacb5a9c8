// Two numbers read together: a range that shares one unit (`entre 8 y 10 millones`), a pair of years
// (`2012-2013`) and a match score (`2 a 1`), which is no figure at all.
import { isBare, isClock, readCore, type Core } from './core.js';
import { isCodeLike, isOrdinal } from './exclusions.js';
import { isYearLike } from './kinds.js';
import type { NumberPhrase } from './number-phrase.js';
import type { TokenView } from './token-view.js';

// Joiners of two numbers that share a unit: `entre 8 y 10 millones`, `de 5 a 6`, `dos o tres días`.
const RANGE_JOINERS = new Set(['y', 'e', 'o', 'u', 'a', 'al', 'hasta']);
// `a`, `al` and `hasta` make a range only after `de`/`desde`: `de 11 a 16 por ciento`.
const RANGE_OPENERS = new Set(['de', 'del', 'desde', 'entre']);
const PLURAL_ARTICLES = new Set(['los', 'las']);

/** The token before a pair's first number, past a plural article: `entre los 8 y 10`. */
function openerBefore(view: TokenView, core: Core): number {
  const opener = core.first - 1;
  return PLURAL_ARTICLES.has(view.key(opener)) ? opener - 1 : opener;
}

/**
 * The second number of a range or pair whose unit (and scale) the first shares. `lendMoney` gives a
 * bare second number the currency of money read before it (`y 143 mil millones`).
 */
export function readPartner(
  view: TokenView,
  core: Core,
  quotedTitles: Uint8Array,
  lendMoney: (other: Core) => void,
): Core | undefined {
  const joinerAt = core.end;
  const joiner = view.key(joinerAt);
  if (!RANGE_JOINERS.has(joiner) || view.startsSentence(joinerAt)) return undefined;
  const bounded = joiner === 'a' || joiner === 'al' || joiner === 'hasta';
  const opened = RANGE_OPENERS.has(view.key(openerBefore(view, core)));
  if (bounded && !opened && joiner !== 'a') return undefined;
  const start = PLURAL_ARTICLES.has(view.key(joinerAt + 1)) ? joinerAt + 2 : joinerAt + 1;
  const other = readCore(view, start);
  if (!other || quotedTitles[other.first]) return undefined;
  const m = other.number;
  // Without `de` or `entre`, `a` makes a range only rising to a rate or an amount: `80 a 90 por ciento`.
  if (bounded && !opened && !(isRangeUnit(other) && core.number.value < m.value)) return undefined;
  if (m.hasDigits && (isOrdinal(view, m.end) || isCodeLike(view, other.first, m.end))) return undefined;
  if (isClock(view, other)) return undefined;
  lendMoney(other);
  if (!other.unit && !other.prefixCode && m.trailingScales.length === 0) return undefined;
  // Two years (`de 2012 a 2014 millones` aside) are two figures, not a range.
  // Nor is a year before an amount outside `de`/`entre`: `en 2010 y 300 millones de dólares`.
  const yearFirst = core.number.plainDigits && isYearLike(view.text(core.number.first), core.number.value);
  if (yearFirst && (!other.unit || !opened)) return undefined;
  return other;
}

/** Units a range may rise to without `de` or `entre` before it. */
function isRangeUnit(core: Core): boolean {
  const type = core.unit?.type;
  return core.prefixCode !== undefined || type === 'percent' || type === 'currency' || type === 'measure';
}

/**
 * The scale a range's second number lends its first: `de 5 a 6 mil millones` reads 5 as
 * 5 mil millones, `entre 10 mil y 12 mil millones` reads 10 mil as 10 mil millones. Lent only when
 * the first number's own scale words begin the second's and the two stay within a sane ratio
 * (`de 500 a 2 mil` keeps 500).
 */
export function sharedScale(a: NumberPhrase, b: NumberPhrase): number {
  const ta = a.trailingScales;
  const tb = b.trailingScales;
  if (tb.length <= ta.length) return 1;
  for (let k = 0; k < ta.length; k++) if (ta[k] !== tb[k]) return 1;
  let multiplier = 1;
  for (const scale of tb.slice(ta.length)) multiplier *= scale;
  const ratio = (a.value * multiplier) / b.value;
  return ratio >= 0.01 && ratio <= 10 ? multiplier : 1;
}

/**
 * `ganó 2 a 1`, `por tres a uno`: two small bare whole numbers joined by `a` with no range
 * opener before them are a score, not two figures. Returns the token after the score.
 */
export function readScore(view: TokenView, core: Core): number | undefined {
  const joiner = core.end;
  if (view.key(joiner) !== 'a' || view.startsSentence(joiner) || !isScoreTerm(core)) return undefined;
  if (RANGE_OPENERS.has(view.key(openerBefore(view, core)))) return undefined;
  const other = readCore(view, joiner + 1);
  return other && isScoreTerm(other) && !isClock(view, other) ? other.end : undefined;
}

/** A term of a score: a small whole number with nothing glued to it. */
function isScoreTerm(core: Core): boolean {
  return isBare(core) && Number.isInteger(core.number.value) && core.number.value <= 20;
}

/** Two years of a pair, as token ranges with their values. */
export interface YearPair {
  years: [{ first: number; end: number; value: number }, { first: number; end: number; value: number }];
  end: number;
}

/** `2012-2013`, `2013/14`: two years joined by a dash or slash. */
export function readYearPair(view: TokenView, core: Core): YearPair | undefined {
  const n = core.number;
  const joiner = view.text(n.end);
  if (!n.plainDigits || !isYearLike(view.text(n.first), n.value) || (joiner !== '-' && joiner !== '/'))
    return undefined;
  const next = n.end + 1;
  if (!view.touchesPrevious(n.end) || !view.touchesNext(n.end) || !/^\d{2}$|^\d{4}$/.test(view.text(next)))
    return undefined;
  if (view.isDigits(next + 1) || view.text(next + 1) === joiner) return undefined;
  const firstYear = n.value;
  const tail = Number(view.text(next));
  const secondYear = tail < 100 ? Math.floor(firstYear / 100) * 100 + tail : tail;
  if (!isYearLike(String(secondYear), secondYear) || secondYear <= firstYear) return undefined;
  return {
    years: [
      { first: n.first, end: n.end, value: firstYear },
      { first: next, end: next + 1, value: secondYear },
    ],
    end: next + 1,
  };
}
