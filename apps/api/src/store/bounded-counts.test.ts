import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBatch } from '../ingest/store-batch.js';
import { buildArticle } from '../test-support/article-builder.js';
import { storeKinds } from '../test-support/stores.js';
import { findArticles } from './articles.js';
import type { Store } from './connect.js';
import { FACET_SAMPLE, facets } from './facets.js';
import { EXACT_COUNT_LIMIT } from './paginate.js';

// A count stops at EXACT_COUNT_LIMIT and says so; a filter's facets count its newest FACET_SAMPLE
// matches and say so; the whole archive's facets stay exact at any size.

const pglite = storeKinds.find((k) => k.name === 'pglite')!;
const STORED = EXACT_COUNT_LIMIT + 1;

const day = (i: number) =>
  new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);

describe('counts over more than 10,000 articles', () => {
  let store: Store;
  const statements: string[] = [];
  beforeAll(async () => {
    store = await pglite.open({ onQuery: (text) => statements.push(text) });
    const articles = Array.from({ length: STORED }, (_, i) =>
      buildArticle({
        date: day(i),
        title: `Nota breve ${i}`,
        place: i % 2 ? 'Quito' : 'Lima',
        agency: 'EFE',
        paragraphs: [`Texto propio de la nota número ${i}.`],
      }),
    );
    for (let i = 0; i < articles.length; i += 2_000)
      await storeBatch(
        store,
        articles.slice(i, i + 2_000).map((article) => ({ article, hash: article.id })),
      );
  }, 120_000);
  afterAll(() => store?.close());

  it('report a total above the limit as the limit, flagged as a lower bound', async () => {
    expect(await (await findArticles(store, { first: 1 })).totalCount()).toEqual({
      value: EXACT_COUNT_LIMIT,
      exact: false,
    });
    expect(await (await findArticles(store, { first: 1, filter: { place: 'Quito' } })).totalCount()).toEqual({
      value: Math.floor(STORED / 2),
      exact: true,
    });
  });

  it('count the whole archive exactly, without a filter, from the counts kept at write time', async () => {
    const f = await facets(store, null);
    expect(f).toMatchObject({ total: STORED, totalIsExact: true, sampled: false, basis: STORED });
    expect(f.agencies).toEqual([{ value: 'EFE', count: STORED }]);
    expect(f.places).toEqual([
      { value: 'Lima', count: Math.ceil(STORED / 2) },
      { value: 'Quito', count: Math.floor(STORED / 2) },
    ]);
  });

  it('read no article table for the whole archive’s facets: their cost does not grow with it', async () => {
    store.cache.invalidate();
    statements.length = 0;
    await facets(store, null);
    expect(statements.length).toBeGreaterThan(0);
    const scans = statements.filter((s) =>
      /\b(from|join)\s+(articles|article_entities|quotes|figures)\b/i.test(s),
    );
    expect(scans).toEqual([]);
  });

  it('count a broad filter over its newest matches, and say so', async () => {
    const f = await facets(store, { agency: 'EFE' });
    expect(f).toMatchObject({
      total: EXACT_COUNT_LIMIT,
      totalIsExact: false,
      sampled: true,
      basis: FACET_SAMPLE,
    });
    expect(f.agencies).toEqual([{ value: 'EFE', count: FACET_SAMPLE }]);
    const newest = f.months.at(-1)!;
    expect(newest.month).toBe(day(1499).slice(0, 7));
  });

  it('count a narrow filter over all its matches', async () => {
    const f = await facets(store, { agency: 'EFE', dateFrom: day(1490) });
    expect(f.sampled).toBe(false);
    expect(f.basis).toBe(f.total);
    expect(f.totalIsExact).toBe(true);
  });
});
