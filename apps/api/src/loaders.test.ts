import type { Article } from '@teletipo/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from './test-support/article-builder.js';
import { loadArticles, startTestApi, type TestApi } from './test-support/api.js';
import { storeKinds } from './test-support/stores.js';

// A page of articles with their entities, quotes and speakers must cost a fixed number of SQL
// statements, whatever its size: the per-request DataLoaders batch every field of the page.

const PEOPLE = ['Ana Beltrán', 'Pedro Ugarte', 'Sofía Lamas', 'Raúl Ordaz', 'Inés Cabral', 'Julio Ferrer'];
const slug = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-');

function article(i: number): Article {
  const speaker = PEOPLE[i % PEOPLE.length]!;
  const other = PEOPLE[(i + 1) % PEOPLE.length]!;
  const day = String((i % 28) + 1).padStart(2, '0');
  return buildArticle({
    date: `2024-03-${day}`,
    title: `Reunión número ${i} del consejo vecinal`,
    place: 'Sevilla',
    agency: 'EFE',
    paragraphs: [
      `${speaker} y ${other} se reunieron este jueves por ${i}ª vez con el consejo vecinal.`,
      `«Hay que terminar las obras número ${i}», dijo ${speaker} al salir.`,
    ],
    entities: [
      { id: `person:${slug(speaker)}`, name: speaker, mentions: [speaker] },
      { id: `person:${slug(other)}`, name: other, mentions: [other] },
    ],
    quotes: [
      { text: `Hay que terminar las obras número ${i}`, speaker, speakerId: `person:${slug(speaker)}` },
    ],
  });
}

const PAGE = `query($first: Int) {
  articles(first: $first) {
    totalCount
    edges { node {
      id title quoteCount
      entities { mentionCount entity { id name type articleCount } }
      quotes { text speakerName speaker { id name } }
      figures { value }
    } }
  }
}`;

describe.each(storeKinds)('DataLoaders on $name', (kind) => {
  let api: TestApi;
  let statements: string[] = [];
  beforeAll(async () => {
    api = await startTestApi(kind, { onQuery: (sql) => statements.push(sql) });
    await loadArticles(
      api.store,
      Array.from({ length: 60 }, (_, i) => article(i)),
    );
  });
  afterAll(() => api?.close());

  async function statementsFor(first: number): Promise<number> {
    api.store.cache.invalidate(); // count the worst case: no count remembered
    statements = [];
    const res = await api.gql<{
      articles: { edges: { node: { quotes: unknown[]; entities: unknown[] } }[] };
    }>(PAGE, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data!.articles.edges).toHaveLength(first);
    expect(
      res.data!.articles.edges.every((e) => e.node.quotes.length === 1 && e.node.entities.length === 2),
    ).toBe(true);
    return statements.length;
  }

  it('sends as many SQL statements for 50 articles as for 5', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    // The page, its count, then one batch each for entities, quotes (with their speakers) and figures.
    expect(small).toBe(5);
    expect(large).toBe(5);
  });
});
