import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from './test-support/article-builder.js';
import { loadArticles, startTestApi, type TestApi } from './test-support/api.js';
import { storeKinds } from './test-support/stores.js';

// A repeated read is answered from memory; a write by this process is visible to the next request.

const article = (i: number) =>
  buildArticle({
    date: `2024-05-${String(i + 1).padStart(2, '0')}`,
    title: `Pleno municipal número ${i}`,
    place: 'Cádiz',
    agency: 'EFE',
    paragraphs: [`El pleno número ${i} aprobó el presupuesto de parques.`],
  });

const LIST = '{ articles(first: 10) { totalCount edges { node { title } } } }';

let api: TestApi;
let statements = 0;

beforeAll(async () => {
  api = await startTestApi(storeKinds[0]!, { onQuery: () => statements++, token: 's3cret' });
  await loadArticles(api.store, [article(1), article(2)]);
});

afterAll(async () => {
  await api?.close();
});

describe('the response cache', () => {
  it('answers a query asked again without touching the store', async () => {
    const first = await api.gql(LIST);
    const before = statements;
    const again = await api.gql(LIST);
    expect(again).toEqual(first);
    expect(statements).toBe(before);
  });

  it('keys on the variables too', async () => {
    const q = 'query($n: Int) { articles(first: $n) { edges { node { title } } } }';
    const one = await api.gql<{ articles: { edges: unknown[] } }>(q, { n: 1 });
    const two = await api.gql<{ articles: { edges: unknown[] } }>(q, { n: 2 });
    expect(one.data?.articles.edges).toHaveLength(1);
    expect(two.data?.articles.edges).toHaveLength(2);
  });

  it('shows a new article to the very next request', async () => {
    await api.gql(LIST);
    await loadArticles(api.store, [article(3)]);
    const after = await api.gql<{ articles: { totalCount: number } }>(LIST);
    expect(after.data?.articles.totalCount).toBe(3);
  });

  it('answers again with the same bytes and media type', async () => {
    const ask = () =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: LIST }),
      });
    const first = await ask();
    const before = statements;
    const again = await ask();
    expect(statements).toBe(before);
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await again.text()).toBe(await first.text());
  });

  it('never answers a mutation from memory', async () => {
    const ingest = 'mutation($text: String!) { ingestArticle(text: $text, source: "m.txt") { title } }';
    const text = ' date 2024-06-01 Pleno extraordinario\n\nEl pleno aprobó el plan de parques.\n';
    const auth = { authorization: 'Bearer s3cret' };
    const first = await api.gql(ingest, { text }, auth);
    expect(first.errors).toBeUndefined();
    const before = statements;
    const again = await api.gql(ingest, { text }, auth);
    expect(again).toEqual(first);
    // The second ingest ran against the store (and found the article unchanged).
    expect(statements).toBeGreaterThan(before);
  });

  it('does not answer a GET from memory, where CSRF prevention has a say', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(LIST)}`;
    await api.gql(LIST);
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('never keeps an answer with errors', async () => {
    const bad = '{ articles(first: 5, after: "not-a-cursor") { totalCount } }';
    const first = await api.gql(bad);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = statements;
    await api.gql('{ articles(first: 5) { totalCount } }');
    await api.gql(bad);
    // The good query ran; the bad one was validated again rather than served from memory.
    expect(statements).toBeGreaterThan(before);
  });
});
