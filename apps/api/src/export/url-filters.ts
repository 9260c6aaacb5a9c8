import type { ArticleQuery } from '../store/articles.js';
import type { FigureQuery } from '../store/figures.js';
import type { QuoteQuery } from '../store/quotes.js';

// The web app's page addresses, read the way the app reads them (apps/web/src/filters.ts and
// graphql/variables.ts), so an export link is the page's own query string: whatever the page shows,
// the export holds. The names, per page:
//   articles (/):   q from to entity* speaker* agency place quotes=yes|no figure* sort=newest|oldest|relevance
//   quotes:         q speaker* direct=yes|no
//   figures:        q kind* unit* min max approx=yes|no sort=value-desc|value-asc|newest|oldest
// (* repeatable). As in the app, a malformed value is ignored rather than refused: the link came
// from a page that ignored it too. url-filters.test.ts checks the two readings agree.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (p: URLSearchParams, key: string) => p.get(key)?.trim() ?? '';
const list = (p: URLSearchParams, key: string) =>
  [...new Set(p.getAll(key).map((v) => v.trim()))].filter(Boolean);
const orNull = (value: string) => value || null;
const listOrNull = (values: string[]) => (values.length ? values : null);

function date(p: URLSearchParams, key: string): string | null {
  const value = text(p, key);
  if (!ISO_DATE.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

function yesNo(p: URLSearchParams, key: string): boolean | null {
  const value = text(p, key);
  return value === 'yes' ? true : value === 'no' ? false : null;
}

function num(p: URLSearchParams, key: string): number | null {
  const value = text(p, key);
  const n = value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function articleQueryOf(p: URLSearchParams): ArticleQuery {
  const search = text(p, 'q');
  const sort = text(p, 'sort') || (search ? 'relevance' : 'newest');
  return {
    filter: {
      search: orNull(search),
      dateFrom: date(p, 'from'),
      dateTo: date(p, 'to'),
      entityIds: listOrNull(list(p, 'entity')),
      speakerIds: listOrNull(list(p, 'speaker')),
      agency: orNull(text(p, 'agency')),
      place: orNull(text(p, 'place')),
      hasQuotes: yesNo(p, 'quotes'),
      figureKinds: listOrNull(list(p, 'figure')),
    },
    orderBy:
      sort === 'relevance' && search
        ? { field: 'RELEVANCE', direction: 'DESC' }
        : { field: 'DATE', direction: sort === 'oldest' ? 'ASC' : 'DESC' },
  };
}

export function quoteQueryOf(p: URLSearchParams): QuoteQuery {
  return {
    filter: {
      search: orNull(text(p, 'q')),
      speakerIds: listOrNull(list(p, 'speaker')),
      direct: yesNo(p, 'direct'),
    },
  };
}

const FIGURE_SORTS: Record<string, NonNullable<FigureQuery['orderBy']>> = {
  'value-desc': { field: 'VALUE', direction: 'DESC' },
  'value-asc': { field: 'VALUE', direction: 'ASC' },
  newest: { field: 'DATE', direction: 'DESC' },
  oldest: { field: 'DATE', direction: 'ASC' },
};

export function figureQueryOf(p: URLSearchParams): FigureQuery {
  return {
    filter: {
      search: orNull(text(p, 'q')),
      kinds: listOrNull(list(p, 'kind')),
      units: listOrNull(list(p, 'unit')),
      min: num(p, 'min'),
      max: num(p, 'max'),
      approximate: yesNo(p, 'approx'),
    },
    orderBy: FIGURE_SORTS[text(p, 'sort')] ?? FIGURE_SORTS['value-desc']!,
  };
}
