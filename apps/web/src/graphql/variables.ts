// Filter state (from the URL) → GraphQL input objects. Empty filters are left out rather than sent as
// empty strings or lists, so the API sees exactly what the user asked for.
import {
  type ArticleFilterState,
  type FigureFilterState,
  MIN_QUOTE_WORDS,
  type QuoteFilterState,
} from '../filters';
import type {
  ArticleFilter,
  ArticleOrder,
  FigureFilter,
  FigureKind,
  FigureOrder,
  QuoteFilter,
  QuoteOrder,
} from './generated/graphql';

const nonEmpty = <T>(values: T[]) => (values.length ? values : undefined);
const present = (value: string) => value || undefined;

export function articleFilter(state: ArticleFilterState): ArticleFilter {
  return {
    search: present(state.search),
    dateFrom: present(state.dateFrom),
    dateTo: present(state.dateTo),
    entityIds: nonEmpty(state.entityIds),
    speakerIds: nonEmpty(state.speakerIds),
    agency: present(state.agency),
    place: present(state.place),
    hasQuotes: state.hasQuotes ?? undefined,
    figureKinds: nonEmpty(state.figureKinds as FigureKind[]),
  };
}

export function articleOrder(state: ArticleFilterState): ArticleOrder {
  if (state.sort === 'relevance' && state.search) return { field: 'RELEVANCE', direction: 'DESC' };
  return { field: 'DATE', direction: state.sort === 'oldest' ? 'ASC' : 'DESC' };
}

export function quoteFilter(state: QuoteFilterState): QuoteFilter {
  return {
    search: present(state.search),
    speakerIds: nonEmpty(state.speakerIds),
    direct: state.direct ?? undefined,
    dateFrom: present(state.dateFrom),
    dateTo: present(state.dateTo),
    minWords: state.fragments ? undefined : MIN_QUOTE_WORDS,
  };
}

export function quoteOrder(state: QuoteFilterState): QuoteOrder {
  return { field: 'DATE', direction: state.sort === 'oldest' ? 'ASC' : 'DESC' };
}

export function figureFilter(state: FigureFilterState): FigureFilter {
  return {
    search: present(state.search),
    kinds: nonEmpty(state.kinds as FigureKind[]),
    units: nonEmpty(state.units),
    min: state.min ?? undefined,
    max: state.max ?? undefined,
    approximate: state.approximate ?? undefined,
  };
}

export function figureOrder(state: FigureFilterState): FigureOrder {
  const [field, direction] = {
    'value-desc': ['VALUE', 'DESC'],
    'value-asc': ['VALUE', 'ASC'],
    newest: ['DATE', 'DESC'],
    oldest: ['DATE', 'ASC'],
  }[state.sort] as [FigureOrder['field'], FigureOrder['direction']];
  return { field, direction };
}

/** Drops undefined keys so cache keys (and the request) only carry real filters. */
export function compact<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;
}
