import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus, kazajistan, obras, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const QUOTES = `query($filter: QuoteFilter, $orderBy: QuoteOrder, $first: Int, $after: String) {
  quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id text direct speakerName speaker { id } article { id } } }
  }
}`;

type QuoteNode = {
  id: string;
  text: string;
  direct: boolean;
  speakerName: string | null;
  speaker: { id: string } | null;
  article: { id: string };
};
type Quotes = {
  quotes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: QuoteNode }[];
  };
};

describe.each(storeKinds)('quotes on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  async function texts(filter?: Record<string, unknown>, orderBy?: Record<string, unknown>) {
    const res = await api.gql<Quotes>(QUOTES, { filter, orderBy });
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.totalCount).toBe(res.data!.quotes.edges.length);
    return res.data!.quotes.edges.map((e) => e.node.text);
  }

  const said = (article: typeof tranvias, i = 0) => article.quotes[i]!.text;

  it('lists quotes newest article first, each article in reading order', async () => {
    expect(await texts()).toEqual([said(obras, 0), said(obras, 1), said(tranvias), said(kazajistan)]);
  });

  it('lists them oldest first when asked, still in reading order', async () => {
    expect(await texts(undefined, { field: 'DATE', direction: 'ASC' })).toEqual([
      said(kazajistan),
      said(tranvias),
      said(obras, 0),
      said(obras, 1),
    ]);
  });

  it('gives the speaker as an entity when known, and always as printed', async () => {
    const res = await api.gql<Quotes>(QUOTES, { filter: { articleId: obras.id } });
    expect(res.data!.quotes.edges.map((e) => [e.node.speakerName, e.node.speaker])).toEqual([
      ['Ibarra', { id: 'person:carmen-ibarra' }],
      ['Un portavoz del consorcio', null],
    ]);
  });

  it('filters by speaker, text, kind, article and dates', async () => {
    expect(await texts({ speakerIds: ['person:lucia-andrade'] })).toEqual([said(tranvias), said(kazajistan)]);
    expect(await texts({ search: 'empresa' })).toEqual([said(kazajistan)]);
    expect(await texts({ search: 'tranvias barrio' })).toEqual([said(tranvias)]);
    expect(await texts({ direct: false })).toEqual([said(obras, 0), said(obras, 1)]);
    expect(
      await texts({ direct: true, speakerIds: ['person:lucia-andrade'], dateFrom: '2024-01-01' }),
    ).toEqual([said(tranvias)]);
    expect(await texts({ dateTo: '2023-12-31' })).toEqual([said(kazajistan)]);
  });

  it('finds a quote by id, with its article', async () => {
    const list = await api.gql<Quotes>(QUOTES, { filter: { articleId: tranvias.id } });
    const id = list.data!.quotes.edges[0]!.node.id;
    const res = await api.gql<{ quote: QuoteNode }>(
      `query($id: ID!) { quote(id: $id) { id text article { id } } }`,
      {
        id,
      },
    );
    expect(res.data!.quote).toEqual({ id, text: said(tranvias), article: { id: tranvias.id } });
    expect((await api.gql(`{ quote(id: "nope") { id } }`)).data).toEqual({ quote: null });
  });

  it('pages through every quote exactly once', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await api.gql<Quotes>(QUOTES, { first: 1, after });
      seen.push(...res.data!.quotes.edges.map((e) => e.node.id));
      if (!res.data!.quotes.pageInfo.hasNextPage) break;
      after = res.data!.quotes.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });
});
