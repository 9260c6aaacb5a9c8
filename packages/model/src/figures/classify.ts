// Gives a number its kind, unit and value in base units, or decides it is not a figure at all.
import { explain, type RuleId } from '../explain/rules.js';
import type { FigureKind } from '../types.js';
import type { Core } from './core.js';
import type { CurrencyContext } from './currencies.js';
import type { FigureDraft } from './draft.js';
import { followsReferenceNoun, isCapitalisedInside, isInName, isListMarker } from './exclusions.js';
import { decadeYear, hasYearContext, isAge, isYearLike } from './kinds.js';
import { qualifierAfter, type Qualifier } from './qualifiers.js';
import type { ReferenceTracker } from './references.js';
import { subjectBefore } from './subject.js';
import type { TokenView } from './token-view.js';
import type { UnitMatch } from './units.js';

/** What a range's second half lends the first: `de 5 a 6 mil millones de dólares`. */
export interface Shared {
  unit?: UnitMatch;
  prefixCode?: string;
  scale: number;
}

/** What classification reads the tokens with. */
export interface ClassifyContext {
  view: TokenView;
  currencies: CurrencyContext;
  references: ReferenceTracker;
}

/** A number's kind and value before qualifiers are settled. */
interface Reading {
  kind: FigureKind;
  label?: string;
  value: number;
  end: number;
  /** A year stated as such is exact whatever qualifier stands before it: `en 2010`. */
  exact?: boolean;
  /** The rule that gave the kind. */
  rule: RuleId;
}

const YEAR_WORDS = new Set(['ano', 'anos']);
// Before a zero these make it a stated rate: `déficit 0`, `tolerancia cero`.
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

/** `hasta 2015`, `hasta el 2015`: a year as a bound is still the year. */
export function isUntil(qualifier: Qualifier): boolean {
  return /^hasta(\s+el)?$/i.test(qualifier.text);
}

/** The figure a number states, or undefined when it states none. */
export function classify(
  ctx: ClassifyContext,
  core: Core,
  shared: Shared,
  qualifier: Qualifier | undefined,
): FigureDraft | undefined {
  const { view } = ctx;
  const n = core.number;
  if (n.hasWords && !n.hasDigits && isCapitalisedInside(view, n.first)) return undefined;
  const reading = read(ctx, core, shared, qualifier);
  if (!reading || !Number.isFinite(reading.value)) return undefined;
  const { kind, label, value } = reading;
  let end = reading.end;
  const exact = reading.exact || (kind === 'YEAR' && qualifier !== undefined && isUntil(qualifier));
  let approximate = qualifier !== undefined && !exact;
  let qualifierText = exact ? undefined : qualifier?.text;
  const after = kind === 'YEAR' ? undefined : qualifierAfter(view, end);
  if (after) {
    approximate = true;
    qualifierText ??= after.text;
    end = after.end;
  }
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
    explanation: explain(reading.rule),
  };
}

function read(
  ctx: ClassifyContext,
  core: Core,
  shared: Shared,
  qualifier: Qualifier | undefined,
): Reading | undefined {
  const unit = core.unit ?? shared.unit;
  const prefixCode = core.prefixCode ?? shared.prefixCode;
  const value = core.sign * core.number.value * shared.scale;
  if (prefixCode !== undefined || unit?.type === 'currency') {
    const code = unit?.type === 'currency' ? unit.code : (prefixCode as string);
    return {
      kind: 'MONEY',
      label: ctx.currencies.resolve(code, core.number.first),
      value: unit?.type === 'currency' ? value * unit.scale : value,
      end: core.end,
      rule: unit?.type === 'currency' ? 'figure.money.currency' : 'figure.money.prefix',
    };
  }
  return unit ? readWithUnit(ctx, core, unit, value, qualifier) : readBare(ctx, core, value, qualifier);
}

/** A number with no unit: a year, a decade, a plain number, or a reference that counts nothing. */
function readBare(
  ctx: ClassifyContext,
  core: Core,
  value: number,
  qualifier: Qualifier | undefined,
): Reading | undefined {
  const { view, references } = ctx;
  const n = core.number;
  const numberText = view.text(n.first);
  const end = core.end;
  if (n.articleOnly || (n.value === 0 && !ZERO_CONTEXT.has(view.key(n.first - 1)))) return undefined;
  const yearLike = n.plainDigits && isYearLike(numberText, n.value);
  // A year stays a year inside an event's name (`Mundial 2014`, `Ghost (1990)`), not after a reference noun.
  const yearInName = yearLike && core.sign === 1 && !followsReferenceNoun(view, core.first);
  if (!yearInName && references.isReference(core)) {
    references.mark(n.end);
    return undefined;
  }
  if (isListMarker(view, n.first, n.end, view.startsParagraph(n.first))) return undefined;
  // `el año 2011`, `los años 900 y 1100`.
  if (n.plainDigits && YEAR_WORDS.has(view.key(core.first - 1)) && numberText.length >= 3 && n.value <= 2100)
    return { kind: 'YEAR', value, end, rule: 'figure.year.after-ano' };
  if (yearLike && core.sign === 1 && (!qualifier || isUntil(qualifier)))
    return { kind: 'YEAR', value, end, exact: true, rule: 'figure.year.digits' };
  const oneWord = n.hasWords && !n.hasDigits && n.end === n.first + 1;
  const decade =
    n.plainDigits || oneWord ? decadeYear(view, n.first, numberText, n.value, oneWord) : undefined;
  if (decade !== undefined) return { kind: 'YEAR', value: decade, end, rule: 'figure.year.decade' };
  if (SINGULAR_ARTICLES.has(view.key(n.first - 1)) && n.value !== 1 && !qualifier) return undefined;
  // `a los 77`: a match minute.
  if (view.key(core.first - 1) === 'los' && view.key(core.first - 2) === 'a' && n.value <= 120 && !qualifier)
    return undefined;
  return { kind: 'NUMBER', value, end, rule: 'figure.number.bare' };
}

/** A number with its unit: a percentage, points, a quantity, a duration or age, or a count. */
function readWithUnit(
  ctx: ClassifyContext,
  core: Core,
  unit: Exclude<UnitMatch, { type: 'currency' }>,
  value: number,
  qualifier: Qualifier | undefined,
): Reading | undefined {
  const { view, references } = ctx;
  const n = core.number;
  const own = core.unit !== undefined;
  const end = core.end;
  switch (unit.type) {
    case 'percent':
      return { kind: 'PERCENT', label: 'PERCENT', value, end, rule: 'figure.percent.sign' };
    case 'points':
      return { kind: 'PERCENTAGE_POINTS', label: unit.unit, value, end, rule: 'figure.points.unit' };
    case 'measure':
      return { kind: 'QUANTITY', label: unit.unit, value, end, rule: 'figure.quantity.unit' };
    case 'time': {
      const ageFrom = qualifier?.start ?? core.first;
      if (unit.unit === 'year' && isAge(view, ageFrom, own ? end : n.end)) {
        const ofAge = own && view.key(end) === 'de' && view.key(end + 1) === 'edad';
        return { kind: 'AGE', label: 'year', value, end: ofAge ? end + 2 : end, rule: 'figure.age.context' };
      }
      // `dos años y medio`
      const andHalf = own && view.key(end) === 'y' && /^medi[oa]$/.test(view.key(end + 1));
      return andHalf
        ? {
            kind: 'DURATION',
            label: unit.unit,
            value: value + 0.5,
            end: end + 2,
            rule: 'figure.duration.and-half',
          }
        : { kind: 'DURATION', label: unit.unit, value, end, rule: 'figure.duration.time-unit' };
    }
    case 'noun': {
      if (n.plainDigits && isYearLike(view.text(n.first), n.value) && hasYearContext(view, core.first))
        return { kind: 'YEAR', value, end: n.end, rule: 'figure.year.noun-context' };
      // `un hombre` is an article; `entre uno y dos millones de fieles` a range from one.
      if (n.articleOnly && own) return undefined;
      // `artículos 3 y 73 constitucionales`; but `ha puesto seis denuncias` counts.
      if (n.hasDigits && (isInName(view, core.first, n.end, false) || references.continuesList(core))) {
        references.mark(n.end);
        return undefined;
      }
      return { kind: 'COUNT', label: unit.unit, value, end, rule: 'figure.count.noun' };
    }
  }
}
