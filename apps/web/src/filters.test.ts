import { describe, expect, it } from 'vitest';
import {
  articleSearch,
  countActiveArticleFilters,
  readArticleFilters,
  readFigureFilters,
  readQuoteFilters,
  toggle,
  writeArticleFilters,
  writeFigureFilters,
  writeQuoteFilters,
} from './filters';

const params = (query: string) => new URLSearchParams(query);

describe('article filters in the URL', () => {
  it('reads every filter from a shared link', () => {
    const state = readArticleFilters(
      params(
        'q=gas&from=2025-01-01&to=2025-12-31&entity=person:ana-ruiz&entity=location:lima&speaker=person:ana-ruiz' +
          '&agency=EFE&place=Lima&quotes=yes&figure=MONEY&figure=PERCENT&sort=oldest',
      ),
    );
    expect(state).toEqual({
      search: 'gas',
      dateFrom: '2025-01-01',
      dateTo: '2025-12-31',
      entityIds: ['person:ana-ruiz', 'location:lima'],
      speakerIds: ['person:ana-ruiz'],
      agency: 'EFE',
      place: 'Lima',
      hasQuotes: true,
      figureKinds: ['MONEY', 'PERCENT'],
      sort: 'oldest',
    });
    expect(countActiveArticleFilters(state)).toBe(11);
  });

  it('gives an unfiltered, newest-first list for an empty query string', () => {
    const state = readArticleFilters(params(''));
    expect(state.sort).toBe('newest');
    expect(state.hasQuotes).toBeNull();
    expect(countActiveArticleFilters(state)).toBe(0);
    expect(writeArticleFilters(state).toString()).toBe('');
  });

  it('puts a new search from the box in relevance order, not the unsearched list’s newest first', () => {
    const before = readArticleFilters(params('entity=location:lima'));
    const after = writeArticleFilters({ ...before, ...articleSearch('tranvía') }).toString();
    expect(after).toBe('q=tranv%C3%ADa&entity=location%3Alima');
    expect(readArticleFilters(params(after)).sort).toBe('relevance');
    expect(writeArticleFilters({ ...before, ...articleSearch('') }).toString()).toBe(
      'entity=location%3Alima',
    );
  });

  it('sorts by relevance while searching, unless told otherwise', () => {
    expect(readArticleFilters(params('q=cumbre')).sort).toBe('relevance');
    expect(readArticleFilters(params('q=cumbre&sort=newest')).sort).toBe('newest');
    expect(writeArticleFilters(readArticleFilters(params('q=cumbre'))).toString()).toBe('q=cumbre');
  });

  it('ignores malformed values instead of sending them to the API', () => {
    const state = readArticleFilters(
      params('from=2025-02-30&to=ayer&quotes=maybe&sort=random&entity=&entity=%20'),
    );
    expect(state).toMatchObject({ dateFrom: '', dateTo: '', hasQuotes: null, sort: 'newest', entityIds: [] });
  });

  it('drops duplicate list values', () => {
    expect(readArticleFilters(params('entity=a&entity=a&entity=b')).entityIds).toEqual(['a', 'b']);
  });

  it('round-trips through the URL unchanged', () => {
    const query = 'q=pol%C3%ADtica+exterior&entity=person%3Aana-ruiz&quotes=no&figure=COUNT&sort=oldest';
    expect(writeArticleFilters(readArticleFilters(params(query))).toString()).toBe(query);
  });
});

describe('quote filters in the URL', () => {
  it('round-trips search, speakers and direct/reported', () => {
    const state = readQuoteFilters(params('q=acuerdo&speaker=person:ana-ruiz&direct=no'));
    expect(state).toMatchObject({ search: 'acuerdo', speakerIds: ['person:ana-ruiz'], direct: false });
    expect(writeQuoteFilters(state).toString()).toBe('q=acuerdo&speaker=person%3Aana-ruiz&direct=no');
  });

  it('round-trips dates, oldest first and showing fragments; defaults stay out of the URL', () => {
    const query = 'from=2025-01-01&to=2025-02-28&sort=oldest&fragments=yes';
    const state = readQuoteFilters(params(query));
    expect(state).toMatchObject({
      dateFrom: '2025-01-01',
      dateTo: '2025-02-28',
      sort: 'oldest',
      fragments: true,
    });
    expect(writeQuoteFilters(state).toString()).toBe(query);
    const plain = readQuoteFilters(params('sort=sideways&fragments=maybe&from=2025-02-30'));
    expect(plain).toMatchObject({ sort: 'newest', fragments: false, dateFrom: '' });
    expect(writeQuoteFilters(plain).toString()).toBe('');
  });
});

describe('figure filters in the URL', () => {
  it('reads numeric ranges and keeps zero as a real bound', () => {
    const state = readFigureFilters(params('kind=MONEY&unit=USD&min=0&max=1e9&approx=yes&sort=value-asc'));
    expect(state).toEqual({
      search: '',
      kinds: ['MONEY'],
      units: ['USD'],
      min: 0,
      max: 1e9,
      approximate: true,
      sort: 'value-asc',
    });
    expect(writeFigureFilters(state).toString()).toBe(
      'kind=MONEY&unit=USD&min=0&max=1000000000&approx=yes&sort=value-asc',
    );
  });

  it('treats a non-numeric bound as no bound', () => {
    expect(readFigureFilters(params('min=mucho')).min).toBeNull();
  });
});

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
