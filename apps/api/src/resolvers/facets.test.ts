import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const FACETS = `query($filter: ArticleFilter) {
  facets(filter: $filter) {
    total
    people { entity { id } count }
    organizations { entity { id } count }
    locations { entity { id } count }
    misc { entity { id } count }
    speakers { entity { id } count }
    agencies { value count }
    places { value count }
    figureKinds { value count }
    months { month count }
  }
}`;

type Count = { entity: { id: string }; count: number };
type Facets = {
  facets: {
    total: number;
    people: Count[];
    organizations: Count[];
    locations: Count[];
    misc: Count[];
    speakers: Count[];
    agencies: { value: string; count: number }[];
    places: { value: string; count: number }[];
    figureKinds: { value: string; count: number }[];
    months: { month: string; count: number }[];
  };
};

const flat = (counts: Count[]) => counts.map((c) => [c.entity.id, c.count]);

describe.each(storeKinds)('facets on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  async function facets(filter?: Record<string, unknown>) {
    const res = await api.gql<Facets>(FACETS, { filter });
    expect(res.errors).toBeUndefined();
    return res.data!.facets;
  }

  it('counts articles per entity, speaker, agency, place, figure kind and month', async () => {
    const f = await facets();
    expect(f.total).toBe(4);
    expect(flat(f.people)).toEqual([
      ['person:lucia-andrade', 3],
      ['person:carmen-ibarra', 1],
    ]);
    expect(flat(f.organizations)).toHaveLength(2);
    expect(flat(f.locations)).toHaveLength(4);
    expect(f.misc).toEqual([]);
    expect(flat(f.speakers)).toEqual([
      ['person:lucia-andrade', 2],
      ['person:carmen-ibarra', 1],
    ]);
    expect(f.agencies).toEqual([
      { value: 'EFE', count: 2 },
      { value: 'AFP', count: 1 },
    ]);
    expect(f.places.map((p) => p.value).sort()).toEqual(['Bogotá', 'Lima', 'Madrid', 'Quito']);
    expect(f.figureKinds).toEqual([
      { value: 'DURATION', count: 2 },
      { value: 'PERCENT', count: 2 },
      { value: 'COUNT', count: 1 },
      { value: 'MONEY', count: 1 },
    ]);
    expect(f.months).toEqual([
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 2 },
    ]);
  });

  it('counts only within the current filter', async () => {
    const f = await facets({ entityIds: ['location:lima'] });
    expect(f.total).toBe(1);
    expect(flat(f.people)).toEqual([
      ['person:carmen-ibarra', 1],
      ['person:lucia-andrade', 1],
    ]);
    expect(f.agencies).toEqual([{ value: 'AFP', count: 1 }]);
    expect(f.months).toEqual([{ month: '2024-02', count: 1 }]);
    const both = await facets({ entityIds: ['location:lima', 'person:lucia-andrade', 'location:lima'] });
    expect(both.total).toBe(1);
    expect((await facets({ entityIds: ['location:lima', 'location:quito'] })).total).toBe(0);
  });

  it('is empty, not an error, when nothing matches', async () => {
    const f = await facets({ search: 'zanahorias' });
    expect(f).toMatchObject({ total: 0, people: [], agencies: [], months: [] });
  });
});
