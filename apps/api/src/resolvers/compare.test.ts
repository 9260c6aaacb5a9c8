import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

const COMPARE = `query($ids: [ID!]!) {
  compare(ids: $ids) { id name timeline { month count } quoteTimeline { month count } }
}`;

type Compared = { compare: { id: string; name: string; timeline: unknown[]; quoteTimeline: unknown[] }[] };

describe.each(storeKinds)('comparing entities on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  it('gives each entity with its timelines, in the order asked, without repeats or unknown ids', async () => {
    const res = await api.gql<Compared>(COMPARE, {
      ids: ['person:carmen-ibarra', 'person:nobody', 'person:lucia-andrade', 'person:carmen-ibarra'],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.compare.map((e) => e.id)).toEqual(['person:carmen-ibarra', 'person:lucia-andrade']);
    expect(res.data!.compare[1]!.timeline).toHaveLength(3);
    expect(res.data!.compare[0]!.quoteTimeline).toEqual([{ month: '2024-02', count: 1 }]);
  });

  it('refuses more than five entities, naming the argument', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `person:${x}`);
    const res = await api.gql<Compared>(COMPARE, { ids });
    expect(res.errors?.[0]?.message).toMatch(/ids.*at most 5.*6/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
