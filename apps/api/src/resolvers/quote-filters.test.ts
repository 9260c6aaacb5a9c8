import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../test-support/article-builder.js';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

// The corpus plus one article whose quotes are fragments: one word and three words.
const fragments = buildArticle({
  date: '2024-03-10',
  title: 'Andrade celebra el acuerdo',
  paragraphs: ['Lucía Andrade calificó el acuerdo de «histórico» y habló de «un gran día» para el país.'],
  entities: [{ id: 'person:lucia-andrade', name: 'Lucía Andrade', mentions: ['Lucía Andrade'] }],
  quotes: [
    { text: 'histórico', speaker: 'Lucía Andrade', speakerId: 'person:lucia-andrade', cue: 'calificó' },
    { text: 'un gran día', speaker: 'Lucía Andrade', speakerId: 'person:lucia-andrade', cue: 'habló' },
  ],
});

const QUOTES = `query($filter: QuoteFilter, $orderBy: QuoteOrder) {
  quotes(filter: $filter, orderBy: $orderBy, first: 50) { totalCount edges { node { text article { date } } } }
}`;
type Quotes = {
  quotes: { totalCount: number; edges: { node: { text: string; article: { date: string } } }[] };
};

const SPEAKERS = `query($filter: QuoteFilter, $first: Int) {
  speakers(filter: $filter, first: $first) { entity { id } count }
}`;
type Speakers = { speakers: { entity: { id: string }; count: number }[] };

describe.each(storeKinds)('quote filters and speakers on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, [...corpus, fragments]);
  });
  afterAll(() => api?.close());

  const texts = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const res = await api.gql<Quotes>(QUOTES, { filter, orderBy });
    expect(res.errors).toBeUndefined();
    return res.data!.quotes.edges.map((e) => e.node.text);
  };

  it('hides quotes shorter than minWords', async () => {
    const all = await texts({});
    expect(all).toContain('histórico');
    expect(all).toContain('un gran día');
    const long = await texts({ minWords: 4 });
    expect(long).toHaveLength(all.length - 2);
    expect(long.every((t) => t.split(/\s+/).length >= 4)).toBe(true);
    expect(await texts({ minWords: 3 })).toContain('un gran día');
  });

  it('refuses a minWords outside 1–50, naming the field', async () => {
    for (const minWords of [0, 51]) {
      const res = await api.gql<Quotes>(QUOTES, { filter: { minWords } });
      expect(res.errors?.[0]?.message).toBe(`filter.minWords must be between 1 and 50, got ${minWords}`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('combines minWords with a date range and the oldest-first order', async () => {
    const res = await api.gql<Quotes>(QUOTES, {
      filter: { minWords: 4, dateFrom: '2024-01-01', dateTo: '2024-12-31' },
      orderBy: { field: 'DATE', direction: 'ASC' },
    });
    const dates = res.data!.quotes.edges.map((e) => e.node.article.date);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d >= '2024-01-01')).toBe(true);
  });

  it('ranks speakers by their quotes under the filter', async () => {
    const all = await api.gql<Speakers>(SPEAKERS, {});
    expect(all.data!.speakers[0]).toEqual({ entity: { id: 'person:lucia-andrade' }, count: 4 });
    const long = await api.gql<Speakers>(SPEAKERS, { filter: { minWords: 4 } });
    expect(long.data!.speakers[0]).toEqual({ entity: { id: 'person:lucia-andrade' }, count: 2 });
    const ibarra = await api.gql<Speakers>(SPEAKERS, { filter: { search: 'ayuda' } });
    expect(ibarra.data!.speakers).toEqual([{ entity: { id: 'person:carmen-ibarra' }, count: 1 }]);
    const bad = await api.gql<Speakers>(SPEAKERS, { first: 101 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
