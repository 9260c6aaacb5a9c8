import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { buildArticle } from '../test-support/article-builder.js';
import { corpus, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';
import { EXPORT_PAGE } from './router.js';

// Exports of the list pages: the page's own query string, streamed as CSV or JSON Lines, with the
// article's address, date, title, speakers and entities on every row.

const COUNT = 2 * EXPORT_PAGE + 37;
const inventario = buildArticle({
  date: '2023-06-01',
  title: 'Inventario de un almacén municipal',
  place: 'Cuenca',
  agency: 'EFE',
  paragraphs: [
    `El almacén guarda ${Array.from({ length: COUNT }, (_, i) => `lote ${i + 1}: ${i + 1} cajas`).join(', ')}.`,
  ],
  figures: Array.from({ length: COUNT }, (_, i) => ({
    text: `${i + 1} cajas`,
    kind: 'COUNT' as const,
    value: i + 1,
    unit: 'cajas',
  })),
});

describe.each(storeKinds)('exports on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, [...corpus, inventario]);
  });
  afterAll(() => api?.close());

  const get = (path: string) => fetch(`${api.url}${path}`);
  const lines = async (res: Response) => (await res.text()).split('\r\n').filter(Boolean);

  it('exports the articles a page lists, with link, date, title, speakers and entities', async () => {
    const res = await get('/export/articles.csv?q=tranv%C3%ADas');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="teletipo-articles-.*\.csv"$/,
    );
    const [header, row, ...rest] = await lines(res);
    expect(header).toBe('url,date,title,place,agency,quotes,figures,speakers,entities,id');
    expect(rest).toEqual([]);
    expect(row).toBe(
      [
        `${api.url}/articles/${tranvias.id}`,
        '2024-01-15',
        tranvias.title,
        'Quito',
        'EFE',
        '1',
        '2',
        'Lucía Andrade',
        'Lucía Andrade | Gobierno de Ecuador | Quito',
        tranvias.id,
      ].join(','),
    );
  });

  it('takes the page’s own filters: dates, entities, sort', async () => {
    const all = await lines(await get('/export/articles.csv'));
    expect(all).toHaveLength(corpus.length + 2);
    const oldest = await lines(await get('/export/articles.csv?sort=oldest&from=2024-01-01'));
    expect(oldest[1]).toContain(tranvias.id);
    const lima = await lines(await get('/export/articles.csv?entity=location%3Alima'));
    expect(lima.length).toBeGreaterThan(1);
    expect(lima.slice(1).every((l) => l.includes('Lima'))).toBe(true);
  });

  it('writes for Spanish spreadsheets with sep=semicolon: “;”, decimal commas and a BOM', async () => {
    const bytes = Buffer.from(
      await (await get('/export/figures.csv?sep=semicolon&kind=PERCENT&sort=value-asc')).arrayBuffer(),
    );
    // fetch's text() would drop the byte-order mark: read the bytes.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('url;date;title;text;kind;value;unit;')).toBe(true);
    const [, first] = text.split('\r\n');
    expect(first).toContain(';PERCENT;3,5;PERCENT;');
    const plain = await (await get('/export/figures.csv?kind=PERCENT&sort=value-asc')).text();
    expect(plain.startsWith('url,')).toBe(true);
    expect(plain.split('\r\n')[1]).toContain(',PERCENT,3.5,PERCENT,');
  });

  it('quotes cells holding the separator, and leaves the others bare', async () => {
    const text = await (await get('/export/figures.csv?unit=USD')).text();
    expect(text).toContain(',Lucía Andrade | Gobierno de Ecuador | Quito,');
    expect(text).toMatch(/,"[^"]*La ministra de Transporte, Lucía Andrade, presentó[^"]*",/);
  });

  it('exports quotes with their speaker, and JSON Lines on request', async () => {
    const res = await get('/export/quotes.jsonl?speaker=person%3Alucia-andrade');
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const rows = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({
      url: expect.stringMatching(/\/articles\//),
      speaker: 'Lucía Andrade',
      speaker_id: 'person:lucia-andrade',
      direct: expect.any(Boolean),
    });
  });

  it('streams long exports page by page, without repeating or skipping a row', async () => {
    const rows = (await lines(await get('/export/figures.csv?unit=cajas&sort=value-asc'))).slice(1);
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => Number(r.split(',')[5]))).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });

  it('stops at the row limit asked for', async () => {
    expect(await lines(await get('/export/figures.csv?unit=cajas&limit=3'))).toHaveLength(4);
  });

  it('refuses bad options with a 400 naming the parameter', async () => {
    for (const [query, message] of [
      ['sep=tab', '"sep" must be comma or semicolon'],
      ['limit=0', '"limit" must be a whole number from 1 to 100000'],
      ['limit=100001', '"limit" must be a whole number from 1 to 100000'],
      ['bom=yes', '"bom" must be 1 or 0'],
      [`q=${'a'.repeat(201)}`, '"search" must be at most 200 characters'],
    ]) {
      const res = await get(`/export/articles.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.text(), query).toContain(message);
    }
  });

  it('knows only its three lists and two formats', async () => {
    expect((await get('/export/entities.csv')).status).toBe(404);
    expect((await get('/export/articles.xlsx')).status).toBe(404);
  });
});
