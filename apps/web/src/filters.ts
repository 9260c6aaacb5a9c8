// Every filter lives in the URL: a view reads its state from the query string and changes it by
// navigating, so a filtered view can be shared as a link and back/forward walk through filter changes.
// This file is the single translation between query strings and typed filter state.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(params: URLSearchParams, key: string): string {
  return params.get(key)?.trim() ?? '';
}

/** Repeated keys (`?entity=a&entity=b`), trimmed, without blanks or duplicates, in URL order. */
function list(params: URLSearchParams, key: string): string[] {
  return [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
}

/** Dates must be ISO days; anything else is ignored rather than sent to the API to fail. */
function date(params: URLSearchParams, key: string): string {
  const value = text(params, key);
  if (!ISO_DATE.test(value)) return '';
  // Round-trip through Date to reject impossible days such as 2025-02-30.
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : '';
}

/** `yes` / `no`; absent or anything else means "either". */
function yesNo(params: URLSearchParams, key: string): boolean | null {
  const value = text(params, key);
  return value === 'yes' ? true : value === 'no' ? false : null;
}

function num(params: URLSearchParams, key: string): number | null {
  const value = text(params, key);
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function oneOf<T extends string>(params: URLSearchParams, key: string, values: readonly T[], fallback: T): T {
  const value = text(params, key) as T;
  return values.includes(value) ? value : fallback;
}

/** Builds a query string from entries, leaving out empty values so URLs stay short and canonical. */
function build(entries: [string, string | string[] | number | boolean | null][]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else if (typeof value === 'boolean') params.set(key, value ? 'yes' : 'no');
    else params.set(key, String(value));
  }
  return params;
}

// ---- Articles -------------------------------------------------------------------------------------

export const ARTICLE_SORTS = ['newest', 'oldest', 'relevance'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface ArticleFilterState {
  search: string;
  dateFrom: string;
  dateTo: string;
  entityIds: string[];
  speakerIds: string[];
  agency: string;
  place: string;
  hasQuotes: boolean | null;
  figureKinds: string[];
  sort: ArticleSort;
}

export function readArticleFilters(params: URLSearchParams): ArticleFilterState {
  const search = text(params, 'q');
  return {
    search,
    dateFrom: date(params, 'from'),
    dateTo: date(params, 'to'),
    entityIds: list(params, 'entity'),
    speakerIds: list(params, 'speaker'),
    agency: text(params, 'agency'),
    place: text(params, 'place'),
    hasQuotes: yesNo(params, 'quotes'),
    figureKinds: list(params, 'figure'),
    // Relevance only means something while searching.
    sort: oneOf(params, 'sort', ARTICLE_SORTS, search ? 'relevance' : 'newest'),
  };
}

export function writeArticleFilters(state: ArticleFilterState): URLSearchParams {
  const defaultSort = state.search ? 'relevance' : 'newest';
  return build([
    ['q', state.search],
    ['from', state.dateFrom],
    ['to', state.dateTo],
    ['entity', state.entityIds],
    ['speaker', state.speakerIds],
    ['agency', state.agency],
    ['place', state.place],
    ['quotes', state.hasQuotes],
    ['figure', state.figureKinds],
    ['sort', state.sort === defaultSort ? null : state.sort],
  ]);
}

/**
 * What a new search from the box changes: the words, and the order back to that of the new words
 * (relevance while searching, newest otherwise). Keeping the old order would pin a first search to
 * `sort=newest`, the order of the unsearched list.
 */
export function articleSearch(search: string): Pick<ArticleFilterState, 'search' | 'sort'> {
  return { search, sort: search ? 'relevance' : 'newest' };
}

export function countActiveArticleFilters(state: ArticleFilterState): number {
  return [
    state.search,
    state.dateFrom,
    state.dateTo,
    state.agency,
    state.place,
    state.hasQuotes !== null,
    ...state.entityIds,
    ...state.speakerIds,
    ...state.figureKinds,
  ].filter(Boolean).length;
}

// ---- Quotes ---------------------------------------------------------------------------------------

export const QUOTE_SORTS = ['newest', 'oldest'] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];

/** Quotes shorter than this are fragments («histórico», «un gran día»), hidden unless asked for. */
export const MIN_QUOTE_WORDS = 4;

export interface QuoteFilterState {
  search: string;
  speakerIds: string[];
  direct: boolean | null;
  dateFrom: string;
  dateTo: string;
  sort: QuoteSort;
  /** Show quotes under MIN_QUOTE_WORDS words too. */
  fragments: boolean;
}

export function readQuoteFilters(params: URLSearchParams): QuoteFilterState {
  return {
    search: text(params, 'q'),
    speakerIds: list(params, 'speaker'),
    direct: yesNo(params, 'direct'),
    dateFrom: date(params, 'from'),
    dateTo: date(params, 'to'),
    sort: oneOf(params, 'sort', QUOTE_SORTS, 'newest'),
    fragments: yesNo(params, 'fragments') === true,
  };
}

export function writeQuoteFilters(state: QuoteFilterState): URLSearchParams {
  return build([
    ['q', state.search],
    ['speaker', state.speakerIds],
    ['direct', state.direct],
    ['from', state.dateFrom],
    ['to', state.dateTo],
    ['sort', state.sort === 'newest' ? null : state.sort],
    ['fragments', state.fragments ? true : null],
  ]);
}

export function countActiveQuoteFilters(state: QuoteFilterState): number {
  return [
    state.search,
    state.dateFrom,
    state.dateTo,
    state.direct !== null,
    state.fragments,
    ...state.speakerIds,
  ].filter(Boolean).length;
}

// ---- Figures --------------------------------------------------------------------------------------

export const FIGURE_SORTS = ['value-desc', 'value-asc', 'newest', 'oldest'] as const;
export type FigureSort = (typeof FIGURE_SORTS)[number];

export interface FigureFilterState {
  search: string;
  kinds: string[];
  units: string[];
  min: number | null;
  max: number | null;
  approximate: boolean | null;
  sort: FigureSort;
}

export function readFigureFilters(params: URLSearchParams): FigureFilterState {
  return {
    search: text(params, 'q'),
    kinds: list(params, 'kind'),
    units: list(params, 'unit'),
    min: num(params, 'min'),
    max: num(params, 'max'),
    approximate: yesNo(params, 'approx'),
    sort: oneOf(params, 'sort', FIGURE_SORTS, 'value-desc'),
  };
}

export function writeFigureFilters(state: FigureFilterState): URLSearchParams {
  return build([
    ['q', state.search],
    ['kind', state.kinds],
    ['unit', state.units],
    ['min', state.min],
    ['max', state.max],
    ['approx', state.approximate],
    ['sort', state.sort === 'value-desc' ? null : state.sort],
  ]);
}

/** Adds `value` to a list filter, or removes it if present: what clicking a facet or chip does. */
export function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
