import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus, obras, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const FIGURES = `query($filter: FigureFilter, $orderBy: FigureOrder, $first: Int, $after: String) {
  figures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { text value kind unit approximate context article { id date } } }
  }
}`;

type FigureNode = {
  text: string;
  value: number;
  kind: string;
  unit: string | null;
  approximate: boolean;
  context: string;
  article: { id: string; date: string };
};
type Figures = {
  figures: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: FigureNode }[];
  };
};

describe.each(storeKinds)('figures on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  async function nodes(filter?: Record<string, unknown>, orderBy?: Record<string, unknown>) {
    const res = await api.gql<Figures>(FIGURES, { filter, orderBy, first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.figures.totalCount).toBe(res.data!.figures.edges.length);
    return res.data!.figures.edges.map((e) => e.node);
  }
  const values = async (filter?: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
    (await nodes(filter, orderBy)).map((n) => n.value);

  it('orders by value, largest first by default, or smallest first', async () => {
    expect(await values()).toEqual([450_000_000, 30, 20, 12, 3.5, 2]);
    expect(await values(undefined, { field: 'VALUE', direction: 'ASC' })).toEqual([
      2, 3.5, 12, 20, 30, 450_000_000,
    ]);
  });

  it('orders by article date', async () => {
    const dates = (await nodes(undefined, { field: 'DATE', direction: 'DESC' })).map((n) => n.article.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2024-02-20');
  });

  it('filters by kind, unit, range and approximation', async () => {
    expect(await values({ kinds: ['PERCENT'] })).toEqual([12, 3.5]);
    expect(await values({ units: ['usd'] })).toEqual([450_000_000]);
    expect(await values({ min: 3.5, max: 30 })).toEqual([30, 20, 12, 3.5]);
    expect(await values({ approximate: true })).toEqual([30]);
    expect(await values({ kinds: ['DURATION'], min: 5 })).toEqual([20]);
  });

  it('filters by the entities of the article, its sentence, and its date', async () => {
    expect(await values({ entityIds: ['person:lucia-andrade'] })).toEqual([450_000_000, 30, 20, 12]);
    expect(await values({ entityIds: ['person:lucia-andrade', 'location:lima'] })).toEqual([30]);
    expect(await values({ search: 'coches particulares' })).toEqual([12]);
    expect(await values({ dateFrom: '2024-02-01', dateTo: '2024-02-10' })).toEqual([30]);
  });

  it('gives each figure its sentence and its article', async () => {
    const [money] = await nodes({ kinds: ['MONEY'] });
    expect(money).toMatchObject({
      text: '450 millones de dólares',
      unit: 'USD',
      article: { id: tranvias.id },
    });
    expect(money!.context).toMatch(/^La ministra de Transporte, .* capital\.$/);
    const [count] = await nodes({ kinds: ['COUNT'] });
    expect(count).toMatchObject({ approximate: true, article: { id: obras.id } });
  });

  it('pages by value without skipping or repeating', async () => {
    const all = await values();
    const seen: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await api.gql<Figures>(FIGURES, { first: 4, after });
      seen.push(...res.data!.figures.edges.map((e) => e.node.value));
      if (!res.data!.figures.pageInfo.hasNextPage) break;
      after = res.data!.figures.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});
