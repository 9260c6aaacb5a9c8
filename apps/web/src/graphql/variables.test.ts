import { describe, expect, it } from 'vitest';
import { readArticleFilters, readFigureFilters, readQuoteFilters } from '../filters';
import {
  articleFilter,
  articleOrder,
  compact,
  figureFilter,
  figureOrder,
  quoteFilter,
  quoteOrder,
} from './variables';

const params = (query: string) => new URLSearchParams(query);

describe('GraphQL variables from URL filters', () => {
  it('sends only the article filters that are set', () => {
    const state = readArticleFilters(params('q=gas&entity=person:ana-ruiz&quotes=no&figure=MONEY'));
    expect(compact(articleFilter(state))).toEqual({
      search: 'gas',
      entityIds: ['person:ana-ruiz'],
      hasQuotes: false,
      figureKinds: ['MONEY'],
    });
    expect(compact(articleFilter(readArticleFilters(params(''))))).toEqual({});
  });

  it('orders by relevance only while searching', () => {
    expect(articleOrder(readArticleFilters(params('q=gas')))).toEqual({
      field: 'RELEVANCE',
      direction: 'DESC',
    });
    expect(articleOrder(readArticleFilters(params('sort=relevance')))).toEqual({
      field: 'DATE',
      direction: 'DESC',
    });
    expect(articleOrder(readArticleFilters(params('sort=oldest')))).toEqual({
      field: 'DATE',
      direction: 'ASC',
    });
  });

  it('maps quote and figure filters, keeping a zero bound', () => {
    expect(compact(quoteFilter(readQuoteFilters(params('speaker=a&direct=yes'))))).toEqual({
      speakerIds: ['a'],
      direct: true,
      minWords: 4,
    });
    const figures = readFigureFilters(params('kind=PERCENT&min=0&approx=no&sort=oldest'));
    expect(compact(figureFilter(figures))).toEqual({ kinds: ['PERCENT'], min: 0, approximate: false });
    expect(figureOrder(figures)).toEqual({ field: 'DATE', direction: 'ASC' });
  });

  it('hides quote fragments unless asked, and maps the quote dates and order', () => {
    const state = readQuoteFilters(params('from=2025-01-01&to=2025-03-31&sort=oldest&fragments=yes'));
    expect(compact(quoteFilter(state))).toEqual({ dateFrom: '2025-01-01', dateTo: '2025-03-31' });
    expect(quoteOrder(state)).toEqual({ field: 'DATE', direction: 'ASC' });
    expect(quoteOrder(readQuoteFilters(params('')))).toEqual({ field: 'DATE', direction: 'DESC' });
  });
});
