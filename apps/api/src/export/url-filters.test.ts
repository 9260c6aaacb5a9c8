import { describe, expect, it } from 'vitest';
// The web app's own reading of its addresses: exports must see the very filters the page shows.
import { readArticleFilters, readFigureFilters, readQuoteFilters } from '../../../web/src/filters.js';
import { articleQueryOf, figureQueryOf, quoteQueryOf } from './url-filters.js';

const params = (query: string) => new URLSearchParams(query);
const orNull = <T>(value: T) => (value === '' || (Array.isArray(value) && value.length === 0) ? null : value);

const ARTICLE_PAGES = [
  '',
  'q=tranv%C3%ADas',
  'q=gas&sort=newest',
  'from=2025-01-01&to=2025-02-30&entity=person:ana-ruiz&entity=location:lima&entity=location:lima',
  'speaker=person:ana-ruiz&agency=EFE&place=Lima&quotes=no&figure=MONEY&sort=oldest',
  'quotes=maybe&sort=sideways&from=ayer',
];

describe('export addresses read as the web app reads them', () => {
  it.each(ARTICLE_PAGES)('articles ?%s', (query) => {
    const page = readArticleFilters(params(query));
    const { filter, orderBy } = articleQueryOf(params(query));
    expect(filter).toEqual({
      search: orNull(page.search),
      dateFrom: orNull(page.dateFrom),
      dateTo: orNull(page.dateTo),
      entityIds: orNull(page.entityIds),
      speakerIds: orNull(page.speakerIds),
      agency: orNull(page.agency),
      place: orNull(page.place),
      hasQuotes: page.hasQuotes,
      figureKinds: orNull(page.figureKinds),
    });
    const expected =
      page.sort === 'relevance' && page.search
        ? { field: 'RELEVANCE', direction: 'DESC' }
        : { field: 'DATE', direction: page.sort === 'oldest' ? 'ASC' : 'DESC' };
    expect(orderBy).toEqual(expected);
  });

  it.each(['', 'q=subir&speaker=a&speaker=b&direct=yes', 'direct=quizá'])('quotes ?%s', (query) => {
    const page = readQuoteFilters(params(query));
    expect(quoteQueryOf(params(query)).filter).toEqual({
      search: orNull(page.search),
      speakerIds: orNull(page.speakerIds),
      direct: page.direct,
    });
  });

  it.each(['', 'kind=MONEY&unit=EUR&unit=USD&min=0&max=1e9&approx=no&sort=value-asc', 'min=abc&sort=newest'])(
    'figures ?%s',
    (query) => {
      const page = readFigureFilters(params(query));
      const { filter, orderBy } = figureQueryOf(params(query));
      expect(filter).toEqual({
        search: orNull(page.search),
        kinds: orNull(page.kinds),
        units: orNull(page.units),
        min: page.min,
        max: page.max,
        approximate: page.approximate,
      });
      const [field, direction] = {
        'value-desc': ['VALUE', 'DESC'],
        'value-asc': ['VALUE', 'ASC'],
        newest: ['DATE', 'DESC'],
        oldest: ['DATE', 'ASC'],
      }[page.sort];
      expect(orderBy).toEqual({ field, direction });
    },
  );
});
