import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../test-support/article-builder.js';
import { loadArticles } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';
import type { Store } from './connect.js';
import { findArticles } from './articles.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';

// Keyset pages continue right after the last row seen, so articles arriving between two pages neither
// repeat a row nor push one out of sight.

const dated = (date: string, n: number) =>
  buildArticle({ date, title: `Crónica ${n}`, paragraphs: [`Texto propio de la crónica número ${n}.`] });

describe.each(storeKinds)('keyset pages on $name', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
    await loadArticles(store, [
      dated('2024-01-05', 1),
      dated('2024-01-04', 2),
      dated('2024-01-03', 3),
      dated('2024-01-03', 4),
      dated('2024-01-01', 5),
    ]);
  });
  afterAll(() => store?.close());

  const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

  it('stay stable while articles are added between pages', async () => {
    const first = await findArticles(store, { first: 2 });
    expect(titles(first.rows)).toEqual(['Crónica 1', 'Crónica 2']);
    // A newer article (before the cursor) and an older one (after it) arrive.
    await loadArticles(store, [dated('2024-02-01', 6), dated('2024-01-02', 7)]);
    const rest = await findArticles(store, { first: 10, after: first.cursors.at(-1) });
    const sorted = [...titles(rest.rows)].sort((a, b) => a.localeCompare(b));
    expect(rest.rows).toHaveLength(4);
    expect(sorted).toEqual(['Crónica 3', 'Crónica 4', 'Crónica 5', 'Crónica 7']);
    expect(titles(rest.rows).at(-1)).toBe('Crónica 5');
    expect(rest.hasNextPage).toBe(false);
    expect(await rest.totalCount()).toEqual({ value: 7, exact: true });
  });

  it('break ties on the same day without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await findArticles(store, { first: 1, after });
      seen.push(...titles(page.rows));
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1);
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('count articles stored a moment ago, although counts are cached', async () => {
    const before = (await (await findArticles(store, { first: 1 })).totalCount()).value;
    expect((await (await findArticles(store, { first: 1 })).totalCount()).value).toBe(before);
    await loadArticles(store, [dated('2024-03-01', 8)]);
    expect((await (await findArticles(store, { first: 1 })).totalCount()).value).toBe(before + 1);
  });

  it('answer an empty page for first: 0, with the right next-page flag', async () => {
    const page = await findArticles(store, { first: 0 });
    expect(page.rows).toEqual([]);
    expect(page.hasNextPage).toBe(true);
  });

  it('refuse a forged cursor whose values would not cast, naming "after" (it was an internal error)', async () => {
    const forge = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const refusal = { extensions: { code: 'BAD_USER_INPUT', field: 'after' } };
    for (const after of [
      forge(['2024-13-45', 'x']), // no such day
      forge(['ayer', 'x']),
      forge(['2024-01-05', 'a\u0000b']), // NUL cannot be sent to PostgreSQL
      forge(['2024-01-05', 'x'.repeat(5000)]),
    ]) {
      await expect(findArticles(store, { after }), after).rejects.toMatchObject(refusal);
    }
    // Entities by article count: the count must fit an int4.
    for (const values of [
      [1e12, 'x'],
      [1.5, 'x'],
      ['3', 'x'],
    ]) {
      await expect(findEntities(store, { after: forge(values) })).rejects.toMatchObject(refusal);
    }
    await expect(findQuotes(store, { after: forge(['2024-01-05', 'x', 2 ** 40]) })).rejects.toMatchObject(
      refusal,
    );
    // A well-formed forged cursor is simply a place in the order.
    const page = await findArticles(store, { after: forge(['2024-01-04', '']), first: 100 });
    expect(page.rows.every((r) => String(r.date) <= '2024-01-04')).toBe(true);
  });
});
