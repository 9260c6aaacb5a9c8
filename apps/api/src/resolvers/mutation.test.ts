import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';

const INGEST = `mutation($text: String!, $source: String) {
  ingestArticle(text: $text, source: $source) { id date title source dateline { place agency } }
}`;

const TEXT = [
  ' date 2024-05-06 Valencia abre un nuevo carril para bicicletas',
  '',
  'Valencia, 6 may (EFE).- El ayuntamiento de Valencia abrió este lunes un carril para bicicletas de cuatro kilómetros.',
  '',
  'La obra costó 1,2 millones de euros.',
  '',
].join('\n');

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(storeKinds)('ingestArticle on $name', (kind) => {
  let api: TestApi;
  let locked: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { token: 'secreto-de-prueba' });
    locked = await startTestApi(storeKinds[0]!);
  });
  afterAll(async () => {
    await api?.close();
    await locked?.close();
  });

  it('parses and stores an article for a caller with the token', async () => {
    const res = await api.gql<{ ingestArticle: Record<string, unknown> }>(
      INGEST,
      { text: TEXT, source: 'prueba/valencia.txt' },
      auth('secreto-de-prueba'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle).toMatchObject({
      date: '2024-05-06',
      title: 'Valencia abre un nuevo carril para bicicletas',
      source: 'prueba/valencia.txt',
      dateline: { place: 'Valencia', agency: 'EFE' },
    });
    const list = await api.gql<{ articles: { totalCount: number } }>(
      '{ articles(filter: { search: "bicicleta" }) { totalCount } }',
    );
    expect(list.data!.articles.totalCount).toBe(1);
  });

  it('stores the same text once, however often it is sent', async () => {
    for (let i = 0; i < 2; i++) await api.gql(INGEST, { text: TEXT }, auth('secreto-de-prueba'));
    const list = await api.gql<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
    expect(list.data!.articles.totalCount).toBe(1);
  });

  it('refuses a caller without the token, or with a wrong one', async () => {
    for (const headers of [{}, auth('otro'), { authorization: 'secreto-de-prueba' }]) {
      const res = await api.gql(INGEST, { text: TEXT }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    }
  });

  it('returns the parse error’s code and message for a bad article', async () => {
    const res = await api.gql(INGEST, { text: 'un texto sin cabecera' }, auth('secreto-de-prueba'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      parseError: 'MISSING_HEADER',
    });
    expect(res.errors?.[0]?.message).toMatch(/could not be parsed/);
    const impossible = await api.gql(
      INGEST,
      { text: TEXT.replace('2024-05-06', '2024-02-30') },
      auth('secreto-de-prueba'),
    );
    expect(impossible.errors?.[0]?.extensions?.parseError).toBe('INVALID_DATE');
  });

  it('answers 429 RATE_LIMITED to an address after ten wrong tokens, without checking the eleventh', async () => {
    const guarded = await startTestApi(storeKinds[0]!, { token: 'secreto-de-prueba' });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await guarded.gql(INGEST, { text: TEXT }, auth(`intento-${i}`));
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const res = await guarded.gql(INGEST, { text: TEXT }, auth('secreto-de-prueba'));
      expect(res.status).toBe(429);
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(res.errors?.[0]?.message).toMatch(/Too many wrong tokens/);
      // Queries are not affected.
      const list = await guarded.gql('{ articles { totalCount } }');
      expect(list.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('is refused with a clear error when the server has no token configured', async () => {
    const res = await locked.gql(INGEST, { text: TEXT }, auth('anything'));
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/TELETIPO_TOKEN/);
  });
});
