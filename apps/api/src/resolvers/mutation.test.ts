import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../ingest/seeds.js';
import { startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';
import { faro, mercado, newsmlDocument, ninjsDocument } from '../test-support/agency-documents.js';
import { LIMITS } from '../limits.js';
import { museo, museoCorregido, puerto } from '../test-support/texts.js';

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
      source: 'api:prueba/valencia.txt',
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

  it('accepts ninjs and NewsML-G2 documents as text, detected by their content', async () => {
    const ninjs = await api.gql<{ ingestArticle: Record<string, unknown> }>(
      INGEST,
      { text: ninjsDocument(faro), source: 'agencias/faro.json' },
      auth('secreto-de-prueba'),
    );
    expect(ninjs.errors).toBeUndefined();
    expect(ninjs.data!.ingestArticle).toMatchObject({
      date: faro.date,
      title: faro.title,
      source: 'api:agencias/faro.json',
      dateline: { place: 'Lugo', agency: 'EFE' },
    });
    const xml = await api.gql<{ ingestArticle: Record<string, unknown> }>(
      INGEST,
      { text: newsmlDocument(mercado) },
      auth('secreto-de-prueba'),
    );
    expect(xml.errors).toBeUndefined();
    expect(xml.data!.ingestArticle).toMatchObject({
      title: mercado.title,
      dateline: { place: 'Tarragona', agency: 'EFE' },
    });
  });

  it('returns the field and problem of a bad ninjs or NewsML-G2 document', async () => {
    const cases = [
      ['{"uri": "urn:x", "headlines": [}', 'MALFORMED_JSON', /malformed JSON at line 1, column 32/],
      ['<newsItem><itemMeta></newsItem>', 'MALFORMED_XML', /malformed XML at line 1, column \d+/],
      ['{"uri": "urn:x", "urgency": "alta"}', 'SCHEMA_VIOLATION', /at \/urgency, must be integer/],
      [ninjsDocument({ ...faro, paragraphs: [] }), 'MISSING_FIELD', /\/bodies is missing/],
    ] as const;
    for (const [text, parseError, message] of cases) {
      const res = await api.gql(INGEST, { text }, auth('secreto-de-prueba'));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parseError });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
  });

  it('keeps the request size cap for documents in any format', async () => {
    const huge = ninjsDocument({ ...faro, paragraphs: Array(9_000).fill(faro.paragraphs[0]!) });
    expect(huge.length).toBeGreaterThan(LIMITS.maxBodyBytes);
    const res = await api.gql(INGEST, { text: huge }, auth('secreto-de-prueba'));
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('is refused with a clear error when the server has no token configured', async () => {
    const res = await locked.gql(INGEST, { text: TEXT }, auth('anything'));
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/TELETIPO_TOKEN/);
  });
});

describe.each(storeKinds)('the source of an article sent to ingestArticle, on $name', (kind) => {
  let api: TestApi;
  let seeds: string;
  const seedPath = () => join(seeds, 'puerto.txt');
  const sources = async () =>
    (
      await api.gql<{ articles: { edges: { node: { title: string; source: string | null } }[] } }>(
        '{ articles(first: 50) { edges { node { title source } } } }',
      )
    ).data!.articles.edges.map(({ node }) => `${node.source} ${node.title}`);

  beforeAll(async () => {
    seeds = await mkdtemp(join(tmpdir(), 'teletipo-labels-'));
    await mkdir(join(seeds, '2024'));
    await writeFile(seedPath(), puerto);
    await writeFile(join(seeds, '2024', 'museo.txt'), museo);
    api = await startTestApi(kind, { token: 'secreto-de-prueba', seedsDir: seeds });
  });
  afterAll(async () => {
    await api?.close();
    await rm(seeds, { recursive: true, force: true });
  });

  it('shows seeds files relative to the seeds folder, never a server path', async () => {
    expect((await sources()).sort()).toEqual([
      '2024/museo.txt Un museo de Oviedo abre sus puertas de noche',
      'puerto.txt El puerto de Cádiz bate su récord de cruceros',
    ]);
  });

  it('cannot take over a seed article by naming its file, nor have it deleted with the folder’s files', async () => {
    for (const source of [seedPath(), join(seeds, 'nuevo.txt')]) {
      const res = await api.gql<{ ingestArticle: { source: string } }>(
        INGEST,
        { text: TEXT.replace('cuatro', source.endsWith('nuevo.txt') ? 'cinco' : 'seis'), source },
        auth('secreto-de-prueba'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestArticle.source).toBe(`api:${source}`);
    }
    // The folder changes: it is read again; the API's articles are not files of it.
    await writeFile(join(seeds, 'otro.txt'), museoCorregido);
    const log: string[] = [];
    expect(await ingestFolder(api.store, seeds, (l) => log.push(l))).toMatchObject({ added: 1, removed: 0 });
    const all = await sources();
    expect(all).toContain('puerto.txt El puerto de Cádiz bate su récord de cruceros');
    expect(all.filter((s) => s.startsWith('api:'))).toHaveLength(2);
    expect(all).toHaveLength(5);
    for (const s of all) expect(s.startsWith('/')).toBe(false);
  });
});
