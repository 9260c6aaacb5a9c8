import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.js';
import { generatedArticle, writeGeneratedArticles } from '../test-support/generate.js';
import { storeInvariants } from '../test-support/invariants.js';
import { storeKinds } from '../test-support/stores.js';
import { bulkIngest } from './bulk.js';
import { faro, mercado, newsmlDocument, ninjsDocument } from '../test-support/agency-documents.js';
import { listArticleFiles } from './seeds.js';

describe.each(storeKinds)('bulk ingest on $name', (kind) => {
  let store: Store;
  let dir: string;
  let paths: string[];
  beforeAll(async () => {
    store = await kind.open();
    dir = await mkdtemp(join(tmpdir(), 'teletipo-bulk-'));
    await writeGeneratedArticles(dir, 120);
    await writeFile(join(dir, 'roto.txt'), 'sin cabecera\n');
    paths = await listArticleFiles(dir);
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('parses in workers and stores every good file in batches, reporting each bad one', async () => {
    const reports: number[] = [];
    const result = await bulkIngest(store, paths, {
      batchSize: 25,
      workers: 2,
      onProgress: (p) => reports.push(p.done),
    });
    expect(result).toMatchObject({ total: 121, done: 121, added: 120, updated: 0, unchanged: 0 });
    expect(result.failed).toEqual([
      { path: join(dir, 'roto.txt'), message: expect.stringMatching(/header|cabecera/i) },
    ]);
    expect(reports).toEqual([25, 50, 75, 100, 121]);
    expect(await storeInvariants(store)).toEqual({ articles: 120, sources: 120, problems: [] });
  });

  it('skips unchanged files when run again, and replaces changed ones', async () => {
    await writeFile(paths[0]!, generatedArticle(999).text);
    const result = await bulkIngest(store, paths, { batchSize: 50, workers: 1 });
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 119 });
    expect(await storeInvariants(store)).toEqual({ articles: 120, sources: 120, problems: [] });
  });

  it('reads windows-1252 files as the seeds do, listing them, and refuses corrupt UTF-8 with the offset', async () => {
    const cabecera = ' date 2024-06-04 El año de la cosecha en Logroño\n\n';
    const cuerpo =
      'Logroño, 4 jun (EFE).- Los viticultores esperan una cosecha “excelente”, según la consejería.\n';
    const latin = join(dir, 'latin.txt');
    const corrupt = join(dir, 'corrupto.txt');
    await writeFile(
      latin,
      Buffer.from([...(cabecera + cuerpo)].map((c) => ({ '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0))),
    );
    await writeFile(
      corrupt,
      Buffer.concat([Buffer.from(cabecera + 'Año '), Buffer.from([0xff]), Buffer.from('.\n')]),
    );
    const result = await bulkIngest(store, [latin, corrupt], { workers: 1 });
    expect(result).toMatchObject({ added: 1, decoded: [{ path: latin, encoding: 'windows-1252' }] });
    expect(result.failed).toEqual([
      {
        path: corrupt,
        message: `not valid UTF-8: byte 0xFF at offset ${Buffer.byteLength(cabecera + 'Año ')} is not part of a UTF-8 character`,
      },
    ]);
  });

  it('lists and ingests ninjs (.json) and NewsML-G2 (.xml) files with the plain ones', async () => {
    const agencies = await mkdtemp(join(tmpdir(), 'teletipo-bulk-agencias-'));
    try {
      await writeFile(join(agencies, 'faro.json'), ninjsDocument(faro));
      await writeFile(join(agencies, 'mercado.xml'), newsmlDocument(mercado));
      await writeFile(join(agencies, 'esquema.json'), JSON.stringify({ uri: 'urn:x', urgency: 0 }));
      await writeFile(join(agencies, 'notas.md'), 'no es un artículo');
      const files = await listArticleFiles(agencies);
      expect(files).toEqual(['esquema.json', 'faro.json', 'mercado.xml'].map((f) => join(agencies, f)));
      const result = await bulkIngest(store, files, { workers: 1 });
      expect(result).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
      expect(result.failed).toEqual([
        {
          path: join(agencies, 'esquema.json'),
          message: 'not a valid ninjs 2.x document: at /urgency, must be >= 1',
        },
      ]);
      expect(await bulkIngest(store, files, { workers: 1 })).toMatchObject({ added: 0, unchanged: 2 });
    } finally {
      await rm(agencies, { recursive: true, force: true });
    }
  });
});
