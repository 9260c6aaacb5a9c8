// Day arithmetic on ISO dates, in UTC so that no time zone shifts a day.

const DAY = 86_400_000;

/** An article's date as a day count, or undefined when it is not a real `YYYY-MM-DD` day. */
export function dayOf(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The day count of a calendar date, or undefined when the date does not exist (`31 de junio`). */
export function dayFromParts(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(time / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The date as the number `yyyymmdd` (`2025-11-12` → 20251112): a DATE figure's `value`. */
export function yyyymmddOfDay(day: number): number {
  const date = new Date(day * DAY);
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

export function weekdayOfDay(day: number): number {
  return new Date(day * DAY).getUTCDay();
}

export function monthOfDay(day: number): number {
  return new Date(day * DAY).getUTCMonth() + 1;
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

/** Whether a date is said to lie before, after, or near the article's date. */
export type Direction = 'past' | 'future' | 'near';

/**
 * The day a day-and-month without a year (`12 de noviembre`) names: the one in the article's year
 * or a neighbouring year that lies in the given direction of the anchor, or nearest to it.
 */
export function resolveDayMonth(
  anchor: number,
  day: number,
  month: number,
  direction: Direction,
): number | undefined {
  const year = yearOfDay(anchor);
  let best: number | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = dayFromParts(y, month, day);
    if (candidate === undefined) continue;
    if (direction === 'past' && candidate > anchor) continue;
    if (direction === 'future' && candidate < anchor) continue;
    if (best === undefined) best = candidate;
    else if (direction === 'past') best = Math.max(best, candidate);
    else if (direction === 'future') best = Math.min(best, candidate);
    else if (Math.abs(candidate - anchor) < Math.abs(best - anchor)) best = candidate;
  }
  return best;
}

/**
 * The day a weekday names relative to the anchor: `past` is the last one before it (`el pasado
 * lunes`), `future` the next one after it, `near` the closest within [-4, +2] days, as wire copy
 * mostly reports what just happened (`este miércoles`, `el domingo`).
 */
export function resolveWeekday(anchor: number, weekday: number, direction: Direction): number {
  const diff = (weekday - weekdayOfDay(anchor) + 7) % 7; // 0..6 days ahead
  if (direction === 'future') return anchor + (diff === 0 ? 7 : diff);
  if (direction === 'past') return anchor - (diff === 0 ? 7 : 7 - diff);
  return anchor + (diff > 2 ? diff - 7 : diff);
}

/**
 * A weekday with no `pasado` or `próximo` (`el martes`): the verb's tense says which side of the
 * article's day it lies on (`murió el martes` looks back, `jugará el martes` ahead). The article's
 * own weekday is that day, except `el sábado` ahead of a Saturday, which is a week on (`este`
 * keeps it today); with no tense to read, the nearest as `resolveWeekday` takes it.
 */
export function resolveWeekdayByTense(
  anchor: number,
  weekday: number,
  tense: 'past' | 'future' | undefined,
  thisOne: boolean,
): number {
  const diff = (weekday - weekdayOfDay(anchor) + 7) % 7;
  if (tense === 'future') return anchor + (diff === 0 && !thisOne ? 7 : diff);
  if (tense === 'past') return anchor - ((7 - diff) % 7);
  return resolveWeekday(anchor, weekday, 'near');
}
