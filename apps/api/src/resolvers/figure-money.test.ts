import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { buildArticle } from '../test-support/article-builder.js';
import { storeKinds } from '../test-support/stores.js';

// Sums of money in different currencies are not one scale: 413.000 millones de pesos is less than
// 200 millones de euros. Money is ranked within each currency.

const presupuestos = buildArticle({
  date: '2024-03-01',
  title: 'Tres presupuestos en tres monedas',
  place: 'Bogotá',
  agency: 'EFE',
  paragraphs: [
    'Bogotá aprobó 413.000 millones de pesos, Madrid 200 millones de euros, Quito 90 millones de dólares y Lima 50 millones de euros.',
  ],
  figures: [
    { text: '413.000 millones de pesos', kind: 'MONEY', value: 413e9, unit: 'COP' },
    { text: '200 millones de euros', kind: 'MONEY', value: 200e6, unit: 'EUR' },
    { text: '90 millones de dólares', kind: 'MONEY', value: 90e6, unit: 'USD' },
    { text: '50 millones de euros', kind: 'MONEY', value: 50e6, unit: 'EUR' },
  ],
});

describe.each(storeKinds)('money on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, [presupuestos]);
  });
  afterAll(() => api?.close());

  async function ranked(filter: Record<string, unknown>, direction = 'DESC') {
    const res = await api.gql<{ figures: { edges: { node: { unit: string; value: number } }[] } }>(
      `query($filter: FigureFilter, $orderBy: FigureOrder) {
        figures(filter: $filter, orderBy: $orderBy, first: 10) { edges { node { unit value } } } }`,
      { filter, orderBy: { field: 'VALUE', direction } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.figures.edges.map((e) => `${e.node.value / 1e6} ${e.node.unit}`);
  }

  it('ranks money within each currency, currencies grouped', async () => {
    expect(await ranked({ kinds: ['MONEY'] })).toEqual(['90 USD', '200 EUR', '50 EUR', '413000 COP']);
    expect(await ranked({ kinds: ['MONEY'] }, 'ASC')).toEqual(['413000 COP', '50 EUR', '200 EUR', '90 USD']);
  });

  it('filters by currency', async () => {
    expect(await ranked({ kinds: ['MONEY'], units: ['eur'] })).toEqual(['200 EUR', '50 EUR']);
  });
});
