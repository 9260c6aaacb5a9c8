import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { consejo, corpus, kazajistan, obras, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const LIST = `query List($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {
  articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title } }
  }
}`;

type List = {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string } }[];
  };
};

describe.each(storeKinds)('articles on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  async function ids(filter: Record<string, unknown>, orderBy?: Record<string, unknown>) {
    const res = await api.gql<List>(LIST, { filter, orderBy });
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data!.articles;
    expect(totalCount).toBe(edges.length);
    return edges.map((e) => e.node.id);
  }

  it('lists every article, newest first, with the total', async () => {
    expect(await ids({})).toEqual(corpus.map((a) => a.id));
  });

  it('orders oldest first when asked', async () => {
    expect(await ids({}, { field: 'DATE', direction: 'ASC' })).toEqual(corpus.map((a) => a.id).reverse());
  });

  it('returns an article with its dateline, paragraphs and extractions', async () => {
    const res = await api.gql<{ article: Record<string, unknown> }>(
      `query($id: ID!) { article(id: $id) {
        id date title body wordCount quoteCount entityCount figureCount
        dateline { place agency date }
        paragraphs { start end }
        quotes { text direct cue speakerName speaker { id name } }
        entities { entity { id name } mentionCount mentions { text } descriptors }
        figures { text kind value unit approximate context }
      } }`,
      { id: tranvias.id },
    );
    expect(res.errors).toBeUndefined();
    const article = res.data!.article;
    expect(article).toMatchObject({
      id: tranvias.id,
      date: '2024-01-15',
      title: tranvias.title,
      body: tranvias.body,
      quoteCount: 1,
      entityCount: 3,
      figureCount: 2,
      dateline: { place: 'Quito', agency: 'EFE', date: '15 ene' },
      paragraphs: tranvias.paragraphs,
      quotes: [
        {
          text: tranvias.quotes[0]!.text,
          direct: true,
          cue: 'afirmó',
          speakerName: 'Andrade',
          speaker: { id: 'person:lucia-andrade', name: 'Lucía Andrade' },
        },
      ],
    });
    expect(article.entities).toContainEqual({
      entity: { id: 'person:lucia-andrade', name: 'Lucía Andrade' },
      mentionCount: 2,
      mentions: [{ text: 'Lucía Andrade' }, { text: 'Andrade' }],
      descriptors: ['ministra de Transporte'],
    });
    expect(article.figures).toEqual([
      {
        text: '450 millones de dólares',
        kind: 'MONEY',
        value: 450_000_000,
        unit: 'USD',
        approximate: false,
        context: expect.stringContaining('presentó este lunes un presupuesto de 450 millones'),
      },
      expect.objectContaining({
        kind: 'PERCENT',
        value: 12,
        context: expect.stringMatching(/^El plan prevé/),
      }),
    ]);
  });

  it('answers null for an unknown article id', async () => {
    const res = await api.gql(`{ article(id: "no-such-article") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ article: null });
  });

  describe('search', () => {
    it('is accent-insensitive and stems Spanish plurals', async () => {
      expect(await ids({ search: 'tranvias' })).toEqual([tranvias.id]);
      expect(await ids({ search: 'Kazajistan' })).toEqual([kazajistan.id]);
      expect(await ids({ search: 'presidentes' })).toEqual([consejo.id]);
    });

    it('forgives plurals the Spanish stemmer alone would not', async () => {
      expect(await ids({ search: 'coches particulares' })).toEqual([tranvias.id]);
      expect(await ids({ search: 'amistad' })).toEqual([]);
      expect(await ids({ search: 'empresa' })).toEqual([kazajistan.id]);
    });

    it('leaves out articles with a word written with a leading minus', async () => {
      expect(await ids({ search: 'Ecuador -tranvías' })).toEqual([kazajistan.id]);
    });

    it('finds words inside «quotation marks»', async () => {
      expect(await ids({ search: 'barrios década' })).toEqual([tranvias.id]);
    });

    it('ignores stop words', async () => {
      expect(await ids({ search: 'de la tranvías' })).toEqual([tranvias.id]);
    });

    it('needs every word to match, in the title or the body', async () => {
      expect(await ids({ search: 'alcaldesa obras' })).toEqual([obras.id]);
      expect(await ids({ search: 'alcaldesa tranvías' })).toEqual([]);
    });

    it('treats quotes and operators typed by people as text, not as errors', async () => {
      expect(await ids({ search: '"energía solar' })).toEqual([kazajistan.id]);
      expect(await ids({ search: "o'higgins & | ! ( :*" })).toEqual([]);
      expect(await ids({ search: '   ' })).toHaveLength(corpus.length);
    });

    it('can order by relevance', async () => {
      const ranked = await ids({ search: 'Ecuador' }, { field: 'RELEVANCE', direction: 'DESC' });
      expect(ranked.sort()).toEqual([tranvias.id, kazajistan.id].sort());
    });
  });

  describe('filters', () => {
    it('by entities, all of which must appear', async () => {
      expect(await ids({ entityIds: ['person:lucia-andrade'] })).toEqual([
        obras.id,
        tranvias.id,
        kazajistan.id,
      ]);
      expect(await ids({ entityIds: ['person:lucia-andrade', 'location:lima'] })).toEqual([obras.id]);
      expect(await ids({ entityIds: ['person:nobody'] })).toEqual([]);
      // Three ids (two beside the first, checked together), repeated ids counted once.
      const three = ['location:lima', 'person:lucia-andrade', 'person:carmen-ibarra', 'location:lima'];
      expect(await ids({ entityIds: three })).toEqual([obras.id]);
      expect(await ids({ entityIds: [...three, 'person:nobody'] })).toEqual([]);
    });

    it('by speakers, any of whom is quoted', async () => {
      expect(await ids({ speakerIds: ['person:lucia-andrade'] })).toEqual([tranvias.id, kazajistan.id]);
      expect(await ids({ speakerIds: ['person:carmen-ibarra', 'person:lucia-andrade'] })).toEqual([
        obras.id,
        tranvias.id,
        kazajistan.id,
      ]);
    });

    it('by dates, both ends included', async () => {
      expect(await ids({ dateFrom: '2024-01-15', dateTo: '2024-02-03' })).toEqual([obras.id, tranvias.id]);
      expect(await ids({ dateTo: '2023-12-31' })).toEqual([kazajistan.id]);
    });

    it('by agency and place, case and accents aside', async () => {
      expect(await ids({ agency: 'efe' })).toEqual([consejo.id, tranvias.id]);
      expect(await ids({ place: 'bogota' })).toEqual([kazajistan.id]);
    });

    it('by whether the article has quotes', async () => {
      expect(await ids({ hasQuotes: false })).toEqual([consejo.id]);
      expect(await ids({ hasQuotes: true })).toHaveLength(3);
    });

    it('by figure kinds, any of which appears', async () => {
      expect(await ids({ figureKinds: ['DURATION'] })).toEqual([consejo.id, kazajistan.id]);
      expect(await ids({ figureKinds: ['MONEY', 'COUNT'] })).toEqual([obras.id, tranvias.id]);
    });

    it('combining all of them', async () => {
      expect(
        await ids({
          search: 'tranvía',
          entityIds: ['location:quito'],
          speakerIds: ['person:lucia-andrade'],
          dateFrom: '2024-01-01',
          agency: 'EFE',
          place: 'Quito',
          hasQuotes: true,
          figureKinds: ['PERCENT'],
        }),
      ).toEqual([tranvias.id]);
    });

    it('rejects an impossible date with BAD_USER_INPUT', async () => {
      const res = await api.gql(LIST, { filter: { dateFrom: '2024-02-30' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
