import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus, kazajistan, obras, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const ENTITIES = `query($filter: EntityFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
  entities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { id name type articleCount mentionCount } }
  }
}`;

type Entities = {
  entities: {
    totalCount: number;
    edges: { node: { id: string; name: string; type: string; articleCount: number; mentionCount: number } }[];
  };
};

describe.each(storeKinds)('entities on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  async function ids(filter?: Record<string, unknown>, orderBy?: Record<string, unknown>) {
    const res = await api.gql<Entities>(ENTITIES, { filter, orderBy, first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entities.totalCount).toBe(res.data!.entities.edges.length);
    return res.data!.entities.edges.map((e) => e.node.id);
  }

  it('counts articles and mentions per entity across articles, most articles first', async () => {
    const res = await api.gql<Entities>(ENTITIES, { first: 2 });
    expect(res.data!.entities.totalCount).toBe(8);
    expect(res.data!.entities.edges[0]!.node).toEqual({
      id: 'person:lucia-andrade',
      name: 'Lucía Andrade',
      type: 'PERSON',
      articleCount: 3,
      mentionCount: 4,
    });
  });

  it('orders by mention count or by name', async () => {
    const byMentions = await ids(undefined, { field: 'MENTION_COUNT', direction: 'DESC' });
    // Ties (two mentions each) keep a stable order by id, in the same direction.
    expect(byMentions.slice(0, 3)).toEqual([
      'person:lucia-andrade',
      'person:carmen-ibarra',
      'location:madrid',
    ]);
    const byName = await ids(undefined, { field: 'NAME', direction: 'ASC' });
    expect(byName).toEqual([
      'person:carmen-ibarra',
      'organization:consejo-europeo',
      'organization:gobierno-de-ecuador',
      'location:kazajistan',
      'location:lima',
      'person:lucia-andrade',
      'location:madrid',
      'location:quito',
    ]);
    expect(await ids(undefined, { field: 'NAME', direction: 'DESC' })).toEqual([...byName].reverse());
  });

  it('filters by type and by a minimum number of articles', async () => {
    expect((await ids({ types: ['PERSON'] })).sort()).toEqual([
      'person:carmen-ibarra',
      'person:lucia-andrade',
    ]);
    expect(await ids({ types: ['ORGANIZATION', 'LOCATION'], minArticles: 1 })).toHaveLength(6);
    expect(await ids({ minArticles: 2 })).toEqual(['person:lucia-andrade']);
  });

  it('searches names and aliases by prefix, accents and case aside, and forgives a typo', async () => {
    expect(await ids({ search: 'luci' })).toEqual(['person:lucia-andrade']);
    expect(await ids({ search: 'ANDRA' })).toEqual(['person:lucia-andrade']);
    expect(await ids({ search: 'kazaj' })).toEqual(['location:kazajistan']);
    expect(await ids({ search: 'Ibara' })).toEqual(['person:carmen-ibarra']);
    expect(await ids({ search: 'zzzz' })).toEqual([]);
  });

  it('matches %, _ and \\ in a search as themselves, not as LIKE wildcards', async () => {
    // Unescaped, `%` matched every entity and `l_c` matched Lucía. (Searches shorter than four
    // characters, so that no fuzzy match blurs the point.)
    expect(await ids({ search: '%' })).toEqual([]);
    expect(await ids({ search: '%nd' })).toEqual([]);
    expect(await ids({ search: 'l_c' })).toEqual([]);
    expect(await ids({ search: '\\' })).toEqual([]);
    expect(await ids({ search: 'luci' })).toEqual(['person:lucia-andrade']);
  });

  it('gives an entity its aliases and descriptors from every article', async () => {
    const res = await api.gql<{ entity: Record<string, unknown> }>(`{
      entity(id: "person:lucia-andrade") { id name type aliases descriptors articleCount mentionCount }
    }`);
    expect(res.data!.entity).toEqual({
      id: 'person:lucia-andrade',
      name: 'Lucía Andrade',
      type: 'PERSON',
      aliases: ['Andrade', 'la ministra Andrade'],
      descriptors: ['ministra de Transporte', 'ministra ecuatoriana'],
      articleCount: 3,
      mentionCount: 4,
    });
  });

  it('answers null for an unknown entity', async () => {
    const res = await api.gql(`{ entity(id: "person:nobody") { id } }`);
    expect(res.data).toEqual({ entity: null });
  });

  it('lists its articles, what it said, who appears with it and when', async () => {
    const res = await api.gql<{ entity: Record<string, unknown> }>(`{
      entity(id: "person:lucia-andrade") {
        articles(first: 10) { totalCount edges { node { id } } }
        quotes(first: 10) { totalCount edges { node { text article { id } } } }
        related(first: 3) { entity { id } count }
        timeline { month count }
        quoteTimeline { month count }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const entity = res.data!.entity as {
      articles: { totalCount: number; edges: { node: { id: string } }[] };
      quotes: { totalCount: number; edges: { node: { text: string; article: { id: string } } }[] };
      related: { entity: { id: string }; count: number }[];
      timeline: { month: string; count: number }[];
      quoteTimeline: { month: string; count: number }[];
    };
    expect(entity.articles.totalCount).toBe(3);
    expect(entity.articles.edges.map((e) => e.node.id)).toEqual([obras.id, tranvias.id, kazajistan.id]);
    // Only what she said herself: Ibarra's reported speech about her is not hers.
    expect(entity.quotes.edges.map((e) => e.node.article.id)).toEqual([tranvias.id, kazajistan.id]);
    expect(entity.related).toHaveLength(3);
    expect(entity.related.every((r) => r.count === 1)).toBe(true);
    expect(entity.related.map((r) => r.entity.id)).not.toContain('person:lucia-andrade');
    expect(entity.timeline).toEqual([
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 1 },
    ]);
    // Her two quotes, by month; February's article only reports Ibarra speaking about her.
    expect(entity.quoteTimeline).toEqual([
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 1 },
    ]);
  });

  it('counts shared articles in related entities', async () => {
    const res = await api.gql<{ entity: { related: { entity: { id: string }; count: number }[] } }>(`{
      entity(id: "location:lima") { related { entity { id } count } }
    }`);
    expect(res.data!.entity.related).toEqual([
      { entity: { id: 'person:carmen-ibarra' }, count: 1 },
      { entity: { id: 'person:lucia-andrade' }, count: 1 },
    ]);
  });
});

describe.each(storeKinds)('the co-occurrence network on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  type Network = {
    entity: {
      network: {
        nodes: { entity: { id: string }; count: number }[];
        links: { source: string; target: string; count: number }[];
      };
    };
  };

  it('gives its neighbours and the links among them within its articles', async () => {
    const res = await api.gql<Network>(`{
      entity(id: "person:lucia-andrade") {
        network(first: 10) { nodes { entity { id } count } links { source target count } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const { nodes, links } = res.data!.entity.network;
    const ids = nodes.map((n) => n.entity.id);
    expect(ids).not.toContain('person:lucia-andrade');
    // Every link joins two neighbours, once, named together in one of her articles.
    for (const link of links) {
      expect(ids).toContain(link.source);
      expect(ids).toContain(link.target);
      expect(link.source < link.target).toBe(true);
    }
    // The tram article names the Government of Ecuador and Quito beside her.
    expect(links).toContainEqual({
      source: 'location:quito',
      target: 'organization:gobierno-de-ecuador',
      count: 1,
    });
  });

  it('refuses more than 30 nodes, naming the argument', async () => {
    const res = await api.gql(
      `{ entity(id: "person:lucia-andrade") { network(first: 31) { links { count } } } }`,
    );
    expect(res.errors?.[0]?.message).toBe('"first" must be between 0 and 30, got 31');
  });
});
