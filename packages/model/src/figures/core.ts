import { CURRENCY_PREFIXES } from '../lexicon/currencies.js';
import { isClockTime } from './exclusions.js';
import { readNumber, type NumberPhrase } from './number-phrase.js';
import type { TokenView } from './token-view.js';
import { readUnit, type UnitMatch } from './units.js';

/** A number with what is glued to it: a currency sign before, a unit after. */
export interface Core {
  /** First token: the currency sign or the minus sign, else the number. */
  first: number;
  number: NumberPhrase;
  sign: number;
  prefixCode?: string;
  unit?: UnitMatch;
  /** Token after the unit, or after the number. */
  end: number;
}

export const SIGNS: ReadonlyMap<string, number> = new Map([
  ['-', -1],
  ['−', -1],
  ['–', -1],
  ['+', 1],
]);
// What may stand before a dash that is a minus sign on any number: `(-4.1)`, `: -3`.
const SIGN_OPENERS = new Set(['(', '[', ':', '=']);

function isSignedUnit(unit: UnitMatch | undefined): boolean {
  return (
    unit?.type === 'percent' ||
    unit?.type === 'points' ||
    (unit?.type === 'measure' && /degrees|°/.test(unit.unit))
  );
}

/** A number at token i with its currency sign, minus sign and unit. */
export function readCore(view: TokenView, i: number): Core | undefined {
  let j = i;
  let prefixCode: string | undefined;
  let sign = 1;
  const text = view.text(i);
  const glued = view.touchesNext(i) ? text + view.text(i + 1) : '';
  if (CURRENCY_PREFIXES.has(glued) && glued.length > 1 && !view.isWord(i + 1)) {
    prefixCode = CURRENCY_PREFIXES.get(glued);
    j += 2;
  } else if (CURRENCY_PREFIXES.has(text) && view.isDigits(i + 1)) {
    prefixCode = CURRENCY_PREFIXES.get(text);
    j += 1;
  }
  const signed = SIGNS.get(view.text(j));
  if (signed !== undefined && view.touchesNext(j) && view.isDigits(j + 1)) {
    // A sign stands apart from what precedes it: `-23.4%`, not the dash in `2012-2013`.
    const before = j - 1;
    if (view.touchesPrevious(j) && (view.isDigits(before) || view.isWord(before))) return undefined;
    sign = signed;
    j++;
  }
  if (j > i && !view.isDigits(j)) return undefined;
  const number = readNumber(view, j);
  if (!number) return undefined;
  const unit = readUnit(view, number.end, number) ?? currencyInParentheses(view, number);
  // A dash is a sign before a rate or a temperature, or opening a parenthesis (`(-4.1)`);
  // elsewhere it is the parenthetical dash of `personas -1.6 millones según…-`.
  if (sign === -1 && prefixCode === undefined && !isSignedUnit(unit) && !SIGN_OPENERS.has(view.text(i - 1))) {
    return readCore(view, j);
  }
  return {
    first: i,
    number,
    sign,
    ...(prefixCode !== undefined && { prefixCode }),
    ...(unit && { unit }),
    end: unit?.end ?? number.end,
  };
}

/**
 * `30 millones (de soles, unos 10 millones de dólares)`: the currency opens the parenthesis that
 * converts it. The figure's span stays the number.
 */
function currencyInParentheses(view: TokenView, number: NumberPhrase): UnitMatch | undefined {
  if (view.text(number.end) !== '(' || view.key(number.end + 1) !== 'de') return undefined;
  const unit = readUnit(view, number.end + 1, number);
  return unit?.type === 'currency' ? { ...unit, end: number.end } : undefined;
}

/** `a las 10:30`, `9.00 horas`: a clock time, which states no quantity. */
export function isClock(view: TokenView, core: Core): boolean {
  const unit = core.unit;
  if (core.prefixCode || core.sign !== 1) return false;
  if (unit && unit.type !== 'noun' && !(unit.type === 'time' && unit.unit === 'hour')) return false;
  const n = core.number;
  return isClockTime(view, n.first, n.end, n.value, view.text(n.first));
}

/** Nothing glued to the number: no currency, no unit, no sign, no scale word. */
export function isBare(core: Core): boolean {
  return !core.unit && !core.prefixCode && core.sign === 1 && core.number.trailingScales.length === 0;
}
