import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../lexicon/calendar.js';
import { SMALL_NUMBERS } from '../lexicon/number-words.js';
import {
  dayFromParts,
  monthOfDay,
  resolveDayMonth,
  resolveWeekday,
  resolveWeekdayByTense,
  yearOfDay,
  type Direction,
} from './calendar-math.js';
import { clauseTense } from './clause-tense.js';
import type { TokenView } from './token-view.js';

/** A date in the text, resolved to a day count: tokens [first, end). */
export interface DateMention {
  first: number;
  end: number;
  day: number;
}

/** Where dates are resolved from: the article's day, and the last date read (for `del mismo mes`). */
export interface DateContext {
  anchor: number;
  previous: number | undefined;
  /** First token a date may reach back to (`el pasado` before `lunes`). */
  floor: number;
}

// Relative days by offset from the article's date.
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['hoy', 0],
  ['ayer', -1],
  ['anoche', -1],
  ['anteayer', -2],
  ['antier', -2],
  ['anteanoche', -2],
]);

const PAST = new Set(['pasado', 'pasada', 'reciente', 'anterior']);
const FUTURE = new Set(['proximo', 'proxima', 'entrante', 'venidero']);
// Before a weekday: a determiner makes it one day (`el lunes`, `este lunes`); bare or plural is habitual.
const WEEKDAY_DETERMINERS = new Set(['el', 'este', 'ese', 'aquel']);
// `mañana` is tomorrow, except as a noun: `esta mañana`, `por la mañana`, `cada mañana`.
const MORNING_NOUN_BEFORE = new Set([
  'la',
  'esta',
  'esa',
  'una',
  'cada',
  'toda',
  'misma',
  'media',
  'aquella',
  'manana',
  'buena',
  'buenas',
  'de',
  'del',
  'al',
]);
// Days written as words: `el dos de octubre`. `un`/`una`/`uno` are articles here, not days.
const SPELLED_DAYS: ReadonlyMap<string, number> = new Map([
  ...[...SMALL_NUMBERS].filter(([, value]) => value >= 2),
  ['treinta', 30],
]);

// Day lists before one month: `12 y 13 de noviembre`, `del 3 al 5 de junio`, `3, 4 y 5 de junio`.
const DAY_LIST_JOINERS = new Set([',', 'y', 'e', 'o', 'al', 'a']);
// Streets, neighbourhoods and schools are named after dates: `la calle 5 de Mayo`, `la colonia 20 de Noviembre`.
const NAMED_AFTER_DATES = new Set(
  (
    'calle avenida av calzada bulevar boulevard colonia col plaza paseo glorieta fraccionamiento ' +
    'escuela primaria secundaria mercado estadio parque unidad barrio'
  ).split(' '),
);

type Found = { dates: DateMention[]; end: number };

/**
 * Reads the date or dates that start at token i: `hoy`, `ayer`, `mañana`, `este miércoles`, `el
 * pasado lunes`, `12 de noviembre (de 2013)`, `12 nov`, `1o de mayo`, day lists (`del 3 al 5 de
 * junio`, one date per day) and `el sábado 23`. Returns them with the token after them.
 */
export function readDates(view: TokenView, i: number, context: DateContext): Found | undefined {
  const key = view.key(i);
  const { anchor, floor } = context;

  const relative = RELATIVE_DAYS.get(key);
  if (relative !== undefined && !isNameAt(view, i)) {
    const end = WEEKDAYS.has(view.key(i + 1)) && !view.startsSentence(i + 1) ? i + 2 : i + 1;
    return { dates: [{ first: i, end, day: anchor + relative }], end };
  }
  if (key === 'manana' && !isNameAt(view, i)) {
    if (view.key(i - 1) === 'pasado' && i - 1 >= floor && !view.startsSentence(i)) {
      return { dates: [{ first: i - 1, end: i + 1, day: anchor + 2 }], end: i + 1 };
    }
    if (!MORNING_NOUN_BEFORE.has(view.key(i - 1)) && view.key(i + 1) !== 'de') {
      const end = WEEKDAYS.has(view.key(i + 1)) && !view.startsSentence(i + 1) ? i + 2 : i + 1;
      return { dates: [{ first: i, end, day: anchor + 1 }], end };
    }
    return undefined;
  }

  const weekday = WEEKDAYS.get(key);
  if (weekday !== undefined) return readWeekday(view, i, weekday, context);

  if (view.isDigits(i) || key === 'primero' || SPELLED_DAYS.has(key)) return readDayOfMonth(view, i, context);
  return undefined;
}

function readWeekday(view: TokenView, i: number, weekday: number, context: DateContext): Found | undefined {
  const { anchor, floor } = context;
  let first = i;
  let direction: Direction = 'near';
  const before = view.key(i - 1);
  if (i - 1 >= floor && !view.startsSentence(i)) {
    if (
      (PAST.has(before) || FUTURE.has(before)) &&
      WEEKDAY_DETERMINERS.has(view.key(i - 2)) &&
      i - 2 >= floor
    ) {
      direction = PAST.has(before) ? 'past' : 'future';
      first = i - 2;
    } else if (WEEKDAY_DETERMINERS.has(before)) first = i - 1;
  }
  // `el lunes 12 de noviembre`, `del martes 3 al jueves 5 de marzo`: the printed date wins.
  if (view.isDigits(i + 1) && !view.startsSentence(i + 1)) {
    const dated = readDayOfMonth(view, i + 1, { ...context, floor: i + 1 });
    if (dated) {
      const [head, ...rest] = dated.dates as [DateMention, ...DateMention[]];
      return { dates: [{ ...head, first }, ...rest], end: dated.end };
    }
    // `el sábado 23`: the day of the month nearest the article's day.
    const day = dayNumberAt(view, i + 1);
    if (day && !/s$/.test(view.key(day.end))) {
      const resolved = nearestDayOfMonth(anchor, day.value);
      if (resolved !== undefined) return { dates: [{ first, end: day.end, day: resolved }], end: day.end };
    }
  }
  if (first === i) return undefined;
  let end = i + 1;
  const after = view.key(end);
  if (direction === 'near' && !view.startsSentence(end) && (PAST.has(after) || FUTURE.has(after))) {
    direction = PAST.has(after) ? 'past' : 'future';
    end++;
  }
  const day =
    direction === 'near'
      ? resolveWeekdayByTense(anchor, weekday, clauseTense(view, i, first), view.key(first) !== 'el')
      : resolveWeekday(anchor, weekday, direction);
  return { dates: [{ first, end, day }], end };
}

/** `12 de noviembre`, `1o de mayo`, `12 nov`, `12 y 13 de noviembre de 2013`, `el pasado 3 de junio`. */
function readDayOfMonth(view: TokenView, i: number, context: DateContext): Found | undefined {
  const { anchor, floor, previous } = context;
  if (NAMED_AFTER_DATES.has(view.key(i - 1))) return undefined;
  const days: DateMention[] = [];
  let j = i;
  for (;;) {
    const day = dayNumberAt(view, j);
    if (!day) return undefined;
    days.push({ first: j, end: day.end, day: day.value });
    j = day.end;
    if (DAY_LIST_JOINERS.has(view.key(j)) && !view.startsSentence(j) && days.length < 10) {
      let k = j + 1;
      if (view.key(k) === 'el') k++;
      if (WEEKDAYS.has(view.key(k))) k++;
      if (dayNumberAt(view, k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  // The month: `de noviembre`, a wire abbreviation right after the day (`12 nov`), or `del mismo mes`.
  let month: number | undefined;
  let year: number | undefined;
  if (view.key(j) === 'de' && MONTHS.has(view.key(j + 1))) {
    month = MONTHS.get(view.key(j + 1));
    j += 2;
  } else if (MONTHS.has(view.key(j)) || MONTH_ABBREVIATIONS.has(view.key(j))) {
    month = MONTHS.get(view.key(j)) ?? MONTH_ABBREVIATIONS.get(view.key(j));
    j += 1;
    if (view.text(j) === '.' && view.touchesPrevious(j) && MONTH_ABBREVIATIONS.has(view.key(j - 1))) j++;
  } else if (
    previous !== undefined &&
    view.key(j) === 'del' &&
    view.key(j + 1) === 'mismo' &&
    view.key(j + 2) === 'mes'
  ) {
    month = monthOfDay(previous);
    year = yearOfDay(previous);
    j += 3;
  }
  if (month === undefined || view.startsSentence(j - 1)) return undefined;

  // `de 2013`, `del 2013`, `del año 2013`.
  const yearAt = view.key(j + 1) === 'ano' ? j + 2 : j + 1;
  const yearText = view.text(yearAt);
  if (
    (view.key(j) === 'de' || view.key(j) === 'del') &&
    /^\d{4}$/.test(yearText) &&
    !view.startsSentence(yearAt)
  ) {
    year = Number(yearText);
    j = yearAt + 1;
  }
  let direction: Direction = 'near';
  let first = (days[0] as DateMention).first;
  const before = view.key(first - 1);
  if (first - 1 >= floor && !view.startsSentence(first) && (PAST.has(before) || FUTURE.has(before))) {
    direction = PAST.has(before) ? 'past' : 'future';
    first--;
  }
  if (!view.startsSentence(j) && (PAST.has(view.key(j)) || FUTURE.has(view.key(j)))) {
    direction = PAST.has(view.key(j)) ? 'past' : 'future';
    j++;
  }
  const dates: DateMention[] = [];
  for (const [n, d] of days.entries()) {
    const resolved =
      year !== undefined
        ? dayFromParts(year, month, d.day)
        : resolveDayMonth(anchor, d.day, month, direction);
    if (resolved === undefined) return undefined;
    const last = n === days.length - 1;
    dates.push({ first: n === 0 ? first : d.first, end: last ? j : d.end, day: resolved });
  }
  return { dates, end: j };
}

/** A day of the month at token j: `12`, `1o`, `1º`, `primero`, `dos`, `treinta y uno`. */
function dayNumberAt(view: TokenView, j: number): { value: number; end: number } | undefined {
  const key = view.key(j);
  if (key === 'primero') return { value: 1, end: j + 1 };
  const spelled = SPELLED_DAYS.get(key);
  if (spelled !== undefined && !(view.isCapitalized(j) && !view.opensSentence(j))) {
    if (key === 'treinta' && view.key(j + 1) === 'y' && view.key(j + 2) === 'uno')
      return { value: 31, end: j + 3 };
    return { value: spelled, end: j + 1 };
  }
  const text = view.text(j);
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const value = Number(text);
  if (value < 1 || value > 31) return undefined;
  const next = view.key(j + 1);
  if (view.touchesNext(j) && (next === 'o' || next === 'º' || next === '°')) return { value, end: j + 2 };
  return { value, end: j + 1 };
}

/** The day with this day-of-month in the anchor's month or a neighbouring one, nearest the anchor. */
function nearestDayOfMonth(anchor: number, dayOfMonth: number): number | undefined {
  const year = yearOfDay(anchor);
  const month = monthOfDay(anchor);
  let best: number | undefined;
  for (const offset of [-1, 0, 1]) {
    const m = month + offset;
    const candidate = dayFromParts(
      m < 1 ? year - 1 : m > 12 ? year + 1 : year,
      ((m + 11) % 12) + 1,
      dayOfMonth,
    );
    if (candidate === undefined) continue;
    if (best === undefined || Math.abs(candidate - anchor) < Math.abs(best - anchor)) best = candidate;
  }
  return best;
}

function isNameAt(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && !view.opensSentence(i);
}
