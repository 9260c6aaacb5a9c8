import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from './test-support/api.js';
import { corpus } from './test-support/corpus.js';
import { storeKinds } from './test-support/stores.js';

// The HTTP face of the server: health, the web app and its client-side routes, CSRF prevention, and
// hostile requests that must be refused with a clear code while the server keeps answering.

let api: TestApi;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'teletipo-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Teletipo</title><div id="root"></div>');
  await writeFile(join(webDist, 'app.js'), 'console.log("teletipo")');
  api = await startTestApi(storeKinds[0]!, { webDist });
  await loadArticles(api.store, corpus);
});

afterAll(async () => {
  await api?.close();
  await rm(webDist, { recursive: true, force: true });
});

const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

async function stillUp() {
  const res = await api.gql<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
  expect(res.data?.articles.totalCount).toBe(corpus.length);
}

describe('the server', () => {
  it('reports health at /healthz', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'pglite' });
  });

  it('serves the web app, and its shell for client-side routes', async () => {
    const asset = await fetch(`${api.url}/app.js`);
    expect(await asset.text()).toContain('teletipo');
    for (const path of ['/', '/articles/abc', '/entities/person:lucia-andrade']) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('shows no Apollo landing page (it would load scripts from a CDN)', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollographql|cdn\./i);
  });

  it('refuses a simple GET that a cross-site page could forge (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('answers a GET carrying the preflight header', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({ data: { articles: { totalCount: corpus.length } } });
  });
});

describe('hostile or broken requests', () => {
  it('refuses malformed JSON with a clear code', async () => {
    const res = await post('{"query": "{ articles { totalCount } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    await stillUp();
  });

  it('refuses a 10 MB body without reading it all', async () => {
    const huge = JSON.stringify({
      query: `{ articles { totalCount } }`,
      variables: { x: 'a'.repeat(10 * 1024 * 1024) },
    });
    const res = await post(huge);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillUp();
  });

  it('refuses a query nested fifty levels deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 25; i++)
      selection = `entities { entity { articles { edges { node { ${selection} } } } } }`;
    const res = await api.gql(`{ articles { edges { node { ${selection} } } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^Query depth limit of 12/),
    );
    await stillUp();
  });

  it('refuses depth hidden in fragments', async () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) =>
        `fragment F${i} on Entity { articles { edges { node { entities { entity { ...F${i + 1} } } } } } }`,
    ).join('\n');
    const res = await api.gql(`{ entity(id: "x") { ...F0 } } ${fragments} fragment F20 on Entity { id }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillUp();
  });

  it('refuses a thousand aliases before even parsing them all', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: articles { totalCount }`).join('\n');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/4000 tokens/);
    await stillUp();
  });

  it('refuses more than twenty aliases', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: article(id: "x") { id }`).join('\n');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a page larger than 100, written in the query or in a variable', async () => {
    const res = await api.gql('{ articles(first: 100000) { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('"first" must be between 0 and 100, got 100000');
    const variable = await api.gql('query($n: Int) { quotes(first: $n) { totalCount } }', { n: 101 });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await api.gql('{ entities(first: -1) { totalCount } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses nested pages whose product would be huge, page sizes given as variables too', async () => {
    const res = await api.gql(
      `query($n: Int) {
        entities(first: $n) { edges { node {
          articles(first: $n) { edges { node {
            entities { entity { articles(first: $n) { totalCount } } }
          } } }
        } } }
      }`,
      { n: 100 },
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/more than the 20000 allowed/);
    await stillUp();
  });

  it('refuses a forged cursor', async () => {
    for (const after of [
      'not-a-cursor',
      Buffer.from('["x"]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      const res = await api.gql('query($after: String) { articles(after: $after) { totalCount } }', {
        after,
      });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
    // A cursor from another list (entities ordered by count) does not fit the article order either.
    const entities = await api.gql<{ entities: { pageInfo: { endCursor: string } } }>(
      '{ entities(first: 1) { pageInfo { endCursor } } }',
    );
    const res = await api.gql('query($after: String) { articles(after: $after) { totalCount } }', {
      after: entities.data!.entities.pageInfo.endCursor,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stops a request that outruns its time budget, with code TIMEOUT', async () => {
    const hurried = await startTestApi(storeKinds[0]!, { queryTimeoutMs: 0 });
    try {
      const res = await hurried.gql('{ articles { totalCount } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect((await fetch(`${hurried.url}/healthz`)).status).toBe(200);
    } finally {
      await hurried.close();
    }
  });

  it('reports a failure inside the server as a plain internal error, details in the log only', async () => {
    const broken = await startTestApi(storeKinds[0]!);
    await broken.store.db.destroy(); // the store goes away under the server
    try {
      const res = await broken.gql('{ articles { totalCount } }');
      expect(res.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|destroyed|at .*\.js/);
      expect(broken.log.join('\n')).toMatch(/internal error/);
      expect((await fetch(`${broken.url}/healthz`)).status).toBe(200);
    } finally {
      await broken.close().catch(() => {});
    }
  });

  it('answers an unknown field with a validation error and no stack trace', async () => {
    const res = await api.gql('{ articles { nope } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  it('hides internal errors behind a plain message outside development', async () => {
    const res = await api.gql('query($d: Date) { articles(filter: { dateFrom: $d }) { totalCount } }', {
      d: 12,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace/);
  });
});
