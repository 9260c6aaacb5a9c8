import type { ArticleDocument } from '../article/document.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { CURRENCY_PREFIXES } from '../lexicon/currencies.js';
import { HUNDREDS, SCALES, SMALL_NUMBERS, TENS } from '../lexicon/number-words.js';
import type { FigureKind } from '../types.js';
import { dayOf, isoOfDay, yyyymmddOfDay } from './calendar-math.js';
import { CurrencyContext } from './currencies.js';
import { readDates } from './dates.js';
import {
  isClockTime,
  isCodeLike,
  isCapitalisedInside,
  followsReferenceNoun,
  isInName,
  isListMarker,
  isOrdinal,
  markQuotedTitles,
} from './exclusions.js';
import { readFraction } from './fractions.js';
import { mayTakeElidedUnit } from './ellipsis.js';
import { decadeYear, hasYearContext, isAge, isYearLike } from './kinds.js';
import { readNumber, type NumberPhrase } from './number-phrase.js';
import { qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers.js';
import { subjectBefore } from './subject.js';
import { TokenView } from './token-view.js';
import { readUnit, type UnitMatch } from './units.js';

/** A figure found in the token stream, before it is given its text and id. */
export interface FigureDraft {
  /** Tokens [first, end) of the figure's span. */
  first: number;
  end: number;
  kind: FigureKind;
  value: number;
  unit?: string;
  approximate: boolean;
  qualifier?: string;
  subject?: string;
  date?: string;
}

/** A number with what is glued to it: a currency sign before, a unit after. */
interface Core {
  /** First token: the currency sign or the minus sign, else the number. */
  first: number;
  number: NumberPhrase;
  sign: number;
  prefixCode?: string;
  unit?: UnitMatch;
  /** Token after the unit, or after the number. */
  end: number;
}

/** What a range's second half lends the first: `de 5 a 6 mil millones de dólares`. */
interface Shared {
  unit?: UnitMatch;
  prefixCode?: string;
  scale: number;
}

const SIGNS = new Map([
  ['-', -1],
  ['−', -1],
  ['–', -1],
  ['+', 1],
]);
// Joiners of two numbers that share a unit: `entre 8 y 10 millones`, `de 5 a 6`, `dos o tres días`.
const RANGE_JOINERS = new Set(['y', 'e', 'o', 'u', 'a', 'al', 'hasta']);
// `a`, `al` and `hasta` make a range only after `de`/`desde`: `de 11 a 16 por ciento`.
const RANGE_OPENERS = new Set(['de', 'del', 'desde', 'entre']);
const PLURAL_ARTICLES = new Set(['los', 'las']);
const YEAR_WORDS = new Set(['ano', 'anos']);
const ZERO_CONTEXT = new Set([
  'tasa',
  'tasas',
  'deficit',
  'crecimiento',
  'inflacion',
  'arancel',
  'aranceles',
  'tolerancia',
  'saldo',
  'emisiones',
  'interes',
]);
// Before a bare number these make it a name, an ordinal or a reference: `el 747`, `del 85`, `al 19`.
const SINGULAR_ARTICLES = new Set(['el', 'la', 'al', 'del']);
const SIGN_OPENERS = new Set(['(', '[', ':', '=']);
// Joiners of a list whose first member was a reference: `artículos 22, 73 y 79`.
const LIST_JOINERS = new Set([',', 'y', 'e', 'o', 'u', 'al', 'a']);
// What closes a list of numbers that share the last one's unit, and what may open each member.
const LIST_CONJUNCTIONS = new Set(['y', 'e', 'o', 'u']);
const LIST_PREPOSITIONS = new Set(['a', 'de', 'en', 'con', 'entre', 'por', 'que']);
const MAX_LIST = 8;
// A day of the month may follow these, restating their date: `ayer 19`.
const DAY_WORDS = new Set(['hoy', 'ayer', 'anteayer', 'antier', 'manana']);

function isDayNumber(n: NumberPhrase): boolean {
  return n.plainDigits && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
}

/** A rate or price a later bare number may be compared with, and the two words that opened it. */
interface Elidable {
  unit: UnitMatch;
  sentence: number;
  opener: string;
}

/** The two words before token i, as one key: `que a` in `que a 15 pesos`. */
function openerOf(view: TokenView, i: number): string {
  return `${view.key(i - 2)} ${view.key(i - 1)}`;
}

function isSignedUnit(unit: UnitMatch | undefined): boolean {
  return (
    unit?.type === 'percent' ||
    unit?.type === 'points' ||
    (unit?.type === 'measure' && /degrees|°/.test(unit.unit))
  );
}

/** Scans an article's tokens once, left to right, and returns its figures in reading order. */
export function extractDrafts(doc: ArticleDocument): FigureDraft[] {
  return new FigureScanner(doc).scan();
}

class FigureScanner {
  private readonly view: TokenView;
  private readonly anchor: number | undefined;
  private readonly currencies: CurrencyContext;
  private readonly quotedTitles: Uint8Array;
  private readonly drafts: FigureDraft[] = [];
  /** First token not yet part of a figure: qualifiers and dates may not reach back past it. */
  private floor = 0;
  /** The day of the last date read, for `del mismo mes`. */
  private lastDate: number | undefined;
  /** The token after the last number read as a reference (`artículos 22`), for the list it opens. */
  private lastReferenceEnd = -1;
  /** The last money figure's currency, amount and sentence, lent to bare amounts that follow it. */
  private lastMoney: { code: string; value: number; sentence: number } | undefined;
  /** The unit of the last rate or unscaled price, lent to a bare number compared with it. */
  private lastElidable: Elidable | undefined;

  constructor(doc: ArticleDocument) {
    this.view = new TokenView(doc);
    this.anchor = dayOf(doc.date);
    this.currencies = new CurrencyContext(this.view, doc.dateline, doc.title, doc.date);
    this.quotedTitles = markQuotedTitles(this.view);
  }

  scan(): FigureDraft[] {
    const view = this.view;
    let i = 0;
    while (i < view.length) {
      if (!mayStartFigure(view, i)) {
        i++;
        continue;
      }
      const end = this.quotedTitles[i]
        ? undefined
        : (this.readDatesAt(i) ?? this.readFractionAt(i) ?? this.readFigureAt(i));
      if (end !== undefined && end > i) {
        i = end;
        this.floor = end;
      } else i++;
    }
    return this.drafts;
  }

  private readDatesAt(i: number): number | undefined {
    if (this.anchor === undefined) return undefined;
    const found = readDates(this.view, i, {
      anchor: this.anchor,
      floor: this.floor,
      previous: this.lastDate,
    });
    if (!found) return undefined;
    for (const date of found.dates) {
      this.lastDate = date.day;
      this.drafts.push({
        first: date.first,
        end: date.end,
        kind: 'DATE',
        value: yyyymmddOfDay(date.day),
        approximate: false,
        date: isoOfDay(date.day),
      });
    }
    return found.end;
  }

  private readFractionAt(i: number): number | undefined {
    const fraction = readFraction(this.view, i);
    if (!fraction) return undefined;
    const qualifier = this.qualifierBefore(fraction.first);
    this.drafts.push({
      first: qualifier?.start ?? fraction.first,
      end: fraction.end,
      kind: 'NUMBER',
      value: fraction.value,
      unit: 'fraction',
      approximate: qualifier !== undefined,
      ...(qualifier && { qualifier: qualifier.text }),
    });
    return fraction.end;
  }

  /** Reads the figure (or the two figures of a range) at token i; returns the token after them. */
  private readFigureAt(i: number): number | undefined {
    const view = this.view;
    const core = this.readCore(i);
    if (!core) return undefined;
    const n = core.number;
    if (n.hasDigits) {
      if (isOrdinal(view, n.end)) return n.end + 1;
      const years = this.readYearPair(core);
      if (years !== undefined) return years;
      if (isCodeLike(view, core.first, n.end)) return n.end;
    }
    if (this.isClock(core)) return core.end;
    const score = this.readScore(core);
    if (score !== undefined) return score;

    let shared: Shared = { scale: 1 };
    // The range first: its second number's scale outranks the money before (`entre 20 mil y 40 mil millones`).
    const partner = core.unit ? undefined : this.readPartner(core);
    if (partner) {
      shared = {
        ...(partner.unit && { unit: partner.unit }),
        ...(partner.prefixCode && { prefixCode: partner.prefixCode }),
        scale: sharedScale(n, partner.number),
      };
    } else if (!core.unit) {
      this.lendMoney(core);
      this.lendListUnit(core);
      this.lendElidedUnit(core);
    }
    // A bare `un` is an article: leave it to the qualifier of what follows (`hasta un 30%`).
    if (n.articleOnly && !core.unit && !core.prefixCode && !partner) return undefined;
    const qualifier = this.qualifierBefore(core.first);
    const first = this.classify(core, shared, qualifier);
    if (first) this.push(first, core);
    if (partner) {
      const second = this.classify(partner, { scale: 1 }, undefined);
      if (second) {
        if (first?.subject) second.subject = first.subject;
        // `de 16 y 17 años`: the age the first names is what the second names too.
        if (first?.kind === 'AGE' && second.kind === 'DURATION' && second.unit === 'year')
          second.kind = 'AGE';
        this.push(second, partner);
      }
      return second ? second.end : partner.end;
    }
    return first ? first.end : core.end;
  }

  private push(draft: FigureDraft, core: Core): void {
    this.drafts.push(draft);
    const sentence = this.view.sentenceOf(core.number.first);
    const opener = openerOf(this.view, core.number.first);
    if (draft.kind === 'MONEY' && draft.unit) {
      this.lastMoney = { code: draft.unit, value: Math.abs(draft.value), sentence };
      // Only a price without scale words: `de 91 millones de euros a 57` leaves the scale unsaid too.
      const scaled =
        core.number.trailingScales.length > 0 || (core.unit?.type === 'currency' && core.unit.scale !== 1);
      this.lastElidable = scaled
        ? undefined
        : { unit: { type: 'currency', code: draft.unit, scale: 1, end: 0 }, sentence, opener };
    } else if (draft.kind === 'PERCENT') {
      this.lastElidable = { unit: { type: 'percent', end: 0 }, sentence, opener };
    }
  }

  /** A bare number compared with the rate or price before it takes its unit: `a 41 por ciento desde 47`. */
  private lendElidedUnit(core: Core): void {
    const last = this.lastElidable;
    if (core.unit || core.prefixCode || !last) return;
    const gap = this.view.sentenceOf(core.number.first) - last.sentence;
    if (gap !== 0 && gap !== 1) return;
    // `que a 15 pesos, que a 13`: the same two words open both terms.
    const parallel = openerOf(this.view, core.number.first) === last.opener;
    const context = { parallel, nextSentence: gap === 1 };
    if (!mayTakeElidedUnit(this.view, core.first, core.number, core.sign !== 1, context)) return;
    core.unit = { ...last.unit, end: core.end };
  }

  /**
   * A member of a list whose last member carries the unit: `tres, cuatro o cinco disparos`,
   * `a 8, a 10 pesos`. Trusted when a conjunction closes the list, each member repeats the
   * first one's preposition, or the values rise; years and amounts with scale words stay apart.
   */
  private lendListUnit(core: Core): void {
    const view = this.view;
    const n = core.number;
    if (core.unit || core.prefixCode || n.trailingScales.length > 0) return;
    if (n.plainDigits && isYearLike(view.text(n.first), n.value)) return;
    const preposition = view.key(core.first - 1);
    let parallel = LIST_PREPOSITIONS.has(preposition);
    let rising = true;
    let previous = n.value;
    let j = core.end;
    for (let members = 0; members < MAX_LIST; members++) {
      const separator = view.key(j);
      const closing = LIST_CONJUNCTIONS.has(separator);
      if ((separator !== ',' && !closing) || view.startsSentence(j)) return;
      let k = j + 1;
      if (view.key(k) === preposition) k++;
      else parallel = false;
      const next = this.readCore(k);
      if (!next || next.prefixCode || next.sign !== 1 || next.number.trailingScales.length > 0) return;
      if (next.number.hasDigits !== n.hasDigits || this.isClock(next)) return;
      rising &&= next.number.value > previous;
      previous = next.number.value;
      const unit = next.unit;
      if (unit) {
        if (!(closing || parallel || rising)) return;
        if (unit.type === 'currency' && unit.scale !== 1) return;
        core.unit = { ...unit, end: core.end };
        return;
      }
      if (closing) return;
      j = next.end;
    }
  }

  /**
   * `ganó 2 a 1`, `por tres a uno`: two small bare whole numbers joined by `a` with no range
   * opener before them are a score, not two figures. Returns the token after the score.
   */
  private readScore(core: Core): number | undefined {
    const view = this.view;
    const joiner = core.end;
    if (view.key(joiner) !== 'a' || view.startsSentence(joiner) || !isScoreTerm(core)) return undefined;
    let opener = core.first - 1;
    if (PLURAL_ARTICLES.has(view.key(opener))) opener--;
    if (RANGE_OPENERS.has(view.key(opener))) return undefined;
    const other = this.readCore(joiner + 1);
    return other && isScoreTerm(other) && !this.isClock(other) ? other.end : undefined;
  }

  /** A number at token i with its currency sign, minus sign and unit. */
  private readCore(i: number): Core | undefined {
    const view = this.view;
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
    const unit = readUnit(view, number.end, number) ?? this.currencyInParentheses(number);
    // A dash is a sign before a rate or a temperature, or opening a parenthesis (`(-4.1)`);
    // elsewhere it is the parenthetical dash of `personas -1.6 millones según…-`.
    if (
      sign === -1 &&
      prefixCode === undefined &&
      !isSignedUnit(unit) &&
      !SIGN_OPENERS.has(view.text(i - 1))
    ) {
      return this.readCore(j);
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
  private currencyInParentheses(number: NumberPhrase): UnitMatch | undefined {
    const view = this.view;
    if (view.text(number.end) !== '(' || view.key(number.end + 1) !== 'de') return undefined;
    const unit = readUnit(view, number.end + 1, number);
    return unit?.type === 'currency' ? { ...unit, end: number.end } : undefined;
  }

  /** `2012-2013`, `2013/14`: two years joined by a dash or slash. */
  private readYearPair(core: Core): number | undefined {
    const view = this.view;
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
    this.drafts.push({ first: n.first, end: n.end, kind: 'YEAR', value: firstYear, approximate: false });
    this.drafts.push({ first: next, end: next + 1, kind: 'YEAR', value: secondYear, approximate: false });
    return next + 1;
  }

  private isClock(core: Core): boolean {
    const unit = core.unit;
    if (core.prefixCode || core.sign !== 1) return false;
    if (unit && unit.type !== 'noun' && !(unit.type === 'time' && unit.unit === 'hour')) return false;
    const n = core.number;
    return isClockTime(this.view, n.first, n.end, n.value, this.view.text(n.first));
  }

  /** The second number of a range or pair whose unit (and scale) the first shares. */
  private readPartner(core: Core): Core | undefined {
    const view = this.view;
    const joinerAt = core.end;
    const joiner = view.key(joinerAt);
    if (!RANGE_JOINERS.has(joiner) || view.startsSentence(joinerAt)) return undefined;
    let opener = core.first - 1;
    if (PLURAL_ARTICLES.has(view.key(opener))) opener--;
    const bounded = joiner === 'a' || joiner === 'al' || joiner === 'hasta';
    const opened = RANGE_OPENERS.has(view.key(opener));
    if (bounded && !opened && joiner !== 'a') return undefined;
    const start = PLURAL_ARTICLES.has(view.key(joinerAt + 1)) ? joinerAt + 2 : joinerAt + 1;
    const other = this.readCore(start);
    if (!other || this.quotedTitles[other.first]) return undefined;
    const m = other.number;
    // Without `de` or `entre`, `a` makes a range only rising to a rate or an amount: `80 a 90 por ciento`.
    if (bounded && !opened && !(isRangeUnit(other) && core.number.value < m.value)) return undefined;
    if (m.hasDigits && (isOrdinal(view, m.end) || isCodeLike(view, other.first, m.end))) return undefined;
    if (this.isClock(other)) return undefined;
    this.lendMoney(other);
    if (!other.unit && !other.prefixCode && m.trailingScales.length === 0) return undefined;
    // Two years (`de 2012 a 2014 millones` aside) are two figures, not a range.
    // Nor is a year before an amount outside `de`/`entre`: `en 2010 y 300 millones de dólares`.
    const yearFirst = core.number.plainDigits && isYearLike(view.text(core.number.first), core.number.value);
    if (yearFirst && (!other.unit || !opened)) return undefined;
    return other;
  }

  /** A bare amount with a scale after money in the same sentence is that money: `y 143 mil millones`. */
  private lendMoney(core: Core): void {
    const last = this.lastMoney;
    const n = core.number;
    if (core.unit || core.prefixCode || n.trailingScales.length === 0 || !last) return;
    if (last.sentence !== this.view.sentenceOf(n.first)) return;
    // After thousands of millions a bare `mil` leaves `millones` unsaid: `5 mil millones … casi a 8 mil`.
    const ratio = (n.value * 1e6) / last.value;
    const thousands = n.trailingScales.length === 1 && n.trailingScales[0] === 1e3;
    const scale = last.value >= 1e9 && thousands && ratio >= 0.1 && ratio <= 10 ? 1e6 : 1;
    core.unit = { type: 'currency', code: last.code, scale, end: core.end };
  }

  /**
   * A bare number that names rather than counts: inside a name or after a reference noun, a member
   * of a list such a number opens (`artículos 22, 73 y 79`), or alone in parentheses after a name
   * (`Messi (27)`, a match minute or an age), or the day of the month after `ayer` (`ayer 19`).
   */
  private isReference(core: Core): boolean {
    const view = this.view;
    const n = core.number;
    if (isInName(view, core.first, n.end)) return true;
    if (this.continuesReferenceList(core)) return true;
    const before = core.first - 1;
    if (view.text(before) !== '(') return DAY_WORDS.has(view.key(before)) && isDayNumber(n);
    // `(75)` alone after a play is a match minute, a rank or a list mark: a whole number counts nothing there.
    if (view.text(n.end) === ')' && n.plainDigits && core.sign === 1) return true;
    return view.isCapitalized(before - 1) && !view.opensSentence(before - 1);
  }

  /** The next member of a list a reference opened: `artículos 22, 73 y 79`. */
  private continuesReferenceList(core: Core): boolean {
    const view = this.view;
    const before = core.first - 1;
    if (this.lastReferenceEnd === before && LIST_JOINERS.has(view.key(before))) return true;
    return (
      this.lastReferenceEnd === before - 1 &&
      view.key(before) === 'el' &&
      LIST_JOINERS.has(view.key(before - 1))
    );
  }

  private qualifierBefore(first: number): Qualifier | undefined {
    const qualifier = qualifierBefore(this.view, first);
    return qualifier && qualifier.start >= this.floor ? qualifier : undefined;
  }

  /** Gives a number its kind, unit and value in base units; undefined when it is not a figure. */
  private classify(core: Core, shared: Shared, qualifier: Qualifier | undefined): FigureDraft | undefined {
    const view = this.view;
    const n = core.number;
    const numberText = view.text(n.first);
    const ownUnit = core.unit;
    const unit = ownUnit ?? shared.unit;
    const prefixCode = core.prefixCode ?? shared.prefixCode;
    let value = core.sign * n.value * shared.scale;
    let end = core.end;
    let kind: FigureKind;
    let label: string | undefined;
    let approximate = qualifier !== undefined;
    let qualifierText = qualifier?.text;

    if (n.hasWords && !n.hasDigits && isCapitalisedInside(view, n.first)) return undefined;
    if (prefixCode !== undefined || unit?.type === 'currency') {
      const code = unit?.type === 'currency' ? unit.code : (prefixCode as string);
      if (unit?.type === 'currency') value *= unit.scale;
      kind = 'MONEY';
      label = this.currencies.resolve(code, n.first);
    } else if (!unit) {
      if (n.articleOnly || (n.value === 0 && !ZERO_CONTEXT.has(view.key(n.first - 1)))) return undefined;
      // A year stays a year inside an event's name (`Mundial 2014`, `Ghost (1990)`), not after a reference noun.
      const yearInName =
        n.plainDigits &&
        isYearLike(numberText, n.value) &&
        core.sign === 1 &&
        !followsReferenceNoun(view, core.first);
      if (!yearInName && this.isReference(core)) {
        this.lastReferenceEnd = n.end;
        return undefined;
      }
      if (isListMarker(view, n.first, n.end, view.startsParagraph(n.first))) return undefined;
      const oneWord = n.hasWords && !n.hasDigits && n.end === n.first + 1;
      const decade =
        n.plainDigits || oneWord ? decadeYear(view, n.first, numberText, n.value, oneWord) : undefined;
      // `el año 2011`, `los años 900 y 1100`.
      if (
        n.plainDigits &&
        YEAR_WORDS.has(view.key(core.first - 1)) &&
        numberText.length >= 3 &&
        n.value <= 2100
      ) {
        kind = 'YEAR';
      } else if (
        n.plainDigits &&
        core.sign === 1 &&
        isYearLike(numberText, n.value) &&
        (!qualifier || isUntil(qualifier))
      ) {
        kind = 'YEAR';
        approximate = false;
        qualifierText = undefined;
      } else if (decade !== undefined) {
        kind = 'YEAR';
        value = decade;
      } else {
        if (SINGULAR_ARTICLES.has(view.key(n.first - 1)) && n.value !== 1 && !qualifier) return undefined;
        // `a los 77`: a match minute.
        if (
          view.key(core.first - 1) === 'los' &&
          view.key(core.first - 2) === 'a' &&
          n.value <= 120 &&
          !qualifier
        ) {
          return undefined;
        }
        kind = 'NUMBER';
      }
    } else {
      switch (unit.type) {
        case 'percent':
          kind = 'PERCENT';
          label = 'PERCENT';
          break;
        case 'points':
          kind = 'PERCENTAGE_POINTS';
          label = unit.unit;
          break;
        case 'measure':
          kind = 'QUANTITY';
          label = unit.unit;
          break;
        case 'time': {
          const ageFrom = qualifier?.start ?? core.first;
          if (unit.unit === 'year' && isAge(view, ageFrom, ownUnit ? end : n.end)) {
            kind = 'AGE';
            label = 'year';
            if (ownUnit && view.key(end) === 'de' && view.key(end + 1) === 'edad') end += 2;
          } else {
            kind = 'DURATION';
            label = unit.unit;
            // `dos años y medio`
            if (
              ownUnit &&
              view.key(end) === 'y' &&
              (view.key(end + 1) === 'medio' || view.key(end + 1) === 'media')
            ) {
              value += 0.5;
              end += 2;
            }
          }
          break;
        }
        case 'noun': {
          if (n.plainDigits && isYearLike(numberText, n.value) && hasYearContext(view, core.first)) {
            kind = 'YEAR';
            end = n.end;
            break;
          }
          // `un hombre` is an article; `entre uno y dos millones de fieles` a range from one.
          if (n.articleOnly && ownUnit) return undefined;
          // `artículos 3 y 73 constitucionales`; but `ha puesto seis denuncias` counts.
          if (
            n.hasDigits &&
            (isInName(view, core.first, n.end, false) || this.continuesReferenceList(core))
          ) {
            this.lastReferenceEnd = n.end;
            return undefined;
          }
          kind = 'COUNT';
          label = unit.unit;
          break;
        }
      }
    }
    if (kind === 'YEAR' && qualifier && isUntil(qualifier)) {
      approximate = false;
      qualifierText = undefined;
    }
    const after = kind === 'YEAR' ? undefined : qualifierAfter(view, end);
    if (after) {
      approximate = true;
      qualifierText ??= after.text;
      end = after.end;
    }
    if (!Number.isFinite(value)) return undefined;
    const first = approximate && qualifier && qualifierText === qualifier.text ? qualifier.start : core.first;
    const subject = kind === 'YEAR' ? undefined : subjectBefore(view, first);
    return {
      first,
      end,
      kind,
      value,
      ...(label !== undefined && { unit: label }),
      approximate,
      ...(approximate && qualifierText !== undefined && { qualifier: qualifierText }),
      ...(subject !== undefined && { subject }),
    };
  }
}

// Keys a figure can start with besides digits and signs: number words, fraction openers, dates,
// currency signs spelled with letters (`US$`). Any other token is skipped at once.
const STARTERS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(),
  ...TENS.keys(),
  ...HUNDREDS.keys(),
  ...SCALES.keys(),
  ...WEEKDAYS.keys(),
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

function mayStartFigure(view: TokenView, i: number): boolean {
  return (
    view.isDigits(i) ||
    STARTERS.has(view.key(i)) ||
    CURRENCY_PREFIXES.has(view.text(i)) ||
    SIGNS.has(view.text(i))
  );
}

/** A term of a score: a small whole number with nothing glued to it. */
function isScoreTerm(core: Core): boolean {
  const n = core.number;
  return (
    !core.unit &&
    !core.prefixCode &&
    core.sign === 1 &&
    n.trailingScales.length === 0 &&
    Number.isInteger(n.value) &&
    n.value <= 20
  );
}

/** Units a range may rise to without `de` or `entre` before it. */
function isRangeUnit(core: Core): boolean {
  const type = core.unit?.type;
  return core.prefixCode !== undefined || type === 'percent' || type === 'currency' || type === 'measure';
}

function isUntil(qualifier: Qualifier): boolean {
  // `hasta 2015`, `hasta el 2015`: a year as a bound is still the year.
  return /^hasta(\s+el)?$/i.test(qualifier.text);
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
