import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.js';
import { storeKinds } from '../test-support/stores.js';
import { faro, mercado, newsmlDocument, ninjsDocument } from '../test-support/agency-documents.js';
import { museo, museoCorregido, puerto, sinCabecera } from '../test-support/texts.js';
import { ingestFolder, watchFolder } from './seeds.js';
import { ParsePool } from './worker-pool.js';

/** Windows-1252 bytes of a string (Node has no encoder for it): Latin-1 plus curly quotes. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));

describe.each(storeKinds)('the seeds folder on $name', (kind) => {
  let store: Store;
  let dir: string;
  let log: string[];
  // One pool for the file, as the server keeps one: starting workers for each run is slow.
  const pool = new ParsePool({ size: 1 });
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await pool.close();
    await store?.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'teletipo-seeds-'));
    log = [];
    await store.db.deleteFrom('sources').execute();
    await store.db.deleteFrom('articles').execute();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const titles = async () =>
    (await store.db.selectFrom('articles').select('title').orderBy('title').execute()).map((r) => r.title);
  const ingest = () => ingestFolder(store, dir, (line) => log.push(line), pool);

  it('stores every good file and skips a bad one, naming it', async () => {
    await writeFile(join(dir, 'puerto.txt'), puerto);
    await writeFile(join(dir, 'museo.txt'), museo);
    await writeFile(join(dir, 'roto.txt'), sinCabecera);
    await writeFile(join(dir, 'notas.md'), 'no es un artículo');
    const summary = await ingest();
    expect(summary).toMatchObject({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(summary.failed.map((f) => f.path)).toEqual([join(dir, 'roto.txt')]);
    expect(log.join('\n')).toContain(join(dir, 'roto.txt'));
    expect(await titles()).toEqual([
      'El puerto de Cádiz bate su récord de cruceros',
      'Un museo de Oviedo abre sus puertas de noche',
    ]);
  });

  it('stores ninjs (.json) and NewsML-G2 (.xml) files, and names the field of a bad one', async () => {
    await writeFile(join(dir, 'faro.json'), ninjsDocument(faro));
    await writeFile(join(dir, 'mercado.xml'), newsmlDocument(mercado));
    await writeFile(join(dir, 'sin-titular.json'), ninjsDocument({ ...faro, title: ' ' }));
    await writeFile(join(dir, 'roto.xml'), '<newsItem>\n  <itemMeta>\n</newsItem>\n');
    const summary = await ingest();
    expect(summary).toMatchObject({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(summary.failed).toEqual([
      {
        path: join(dir, 'roto.xml'),
        message: expect.stringMatching(/^malformed XML at line 3, column \d+: /),
      },
      { path: join(dir, 'sin-titular.json'), message: expect.stringMatching(/^\/headlines is missing: /) },
    ]);
    expect(await titles()).toEqual([mercado.title, faro.title]);
    const rows = await store.db
      .selectFrom('articles')
      .select(['title', 'body', 'place', 'agency'])
      .orderBy('title')
      .execute();
    expect(rows.map((r) => r.body)).toEqual([mercado.paragraphs.join('\n\n'), faro.paragraphs.join('\n\n')]);
    // The NewsML-G2 story's text has no dateline: its place and agency come from the metadata.
    expect(rows.map((r) => [r.place, r.agency])).toEqual([
      ['Tarragona', 'EFE'],
      ['Lugo', 'EFE'],
    ]);

    // Changing a file re-ingests it, as with plain text.
    await writeFile(
      join(dir, 'faro.json'),
      ninjsDocument({ ...faro, title: 'Un faro de Lugo será un museo' }),
    );
    expect(await ingest()).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
  });

  it('skips every kind of bad file, naming each with its reason, and stores the rest', async () => {
    const bad: Record<string, string | Buffer> = {
      'vacio.txt': '',
      'binario.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]),
      'nul.txt': puerto.replace('cruceros', 'cru\u0000ceros'),
      'solo-cabecera.txt': ' date 2024-04-02 Solo la cabecera\n',
      'sin-fecha.txt': ' date Un titular sin fecha\n\nTexto.\n',
      'fecha-imposible.txt': ' date 2025-02-30 Un día que no existe\n\nTexto.\n',
      'enorme.txt': ` date 2024-04-02 Enorme\n\n${'palabra '.repeat(6_500_000)}`,
    };
    for (const [name, content] of Object.entries(bad)) await writeFile(join(dir, name), content);
    // A good file with Windows line ends and a byte-order mark still loads.
    await writeFile(join(dir, 'museo.txt'), '\uFEFF' + museo.replace(/\n/g, '\r\n'));
    const summary = await ingest();
    expect(summary.added).toBe(1);
    expect(summary.failed.map((f) => f.path).sort()).toEqual(
      Object.keys(bad)
        .map((n) => join(dir, n))
        .sort(),
    );
    for (const failure of summary.failed) expect(failure.message.length).toBeGreaterThan(10);
    expect(await titles()).toEqual(['Un museo de Oviedo abre sus puertas de noche']);
  });

  it('reads a windows-1252 file, saying so, and refuses corrupt UTF-8 and binary data with the offset', async () => {
    const cabecera = ' date 2024-06-03 La peña de Jaén celebra su “gran” año\n\n';
    const cuerpo =
      'Jaén, 3 jun (EFE).- La peña flamenca de Jaén cumplió cincuenta años, según su presidenta.\n';
    await writeFile(join(dir, 'latin.txt'), windows1252(cabecera + cuerpo));
    const sano = Buffer.from(cabecera + 'La niña cantó. ');
    await writeFile(
      join(dir, 'corrupto.txt'),
      Buffer.concat([sano, Buffer.from([0xe1]), Buffer.from(' Fin.\n')]),
    );
    await writeFile(
      join(dir, 'binario.txt'),
      Buffer.concat([Buffer.from(cabecera), Buffer.from([0x00, 0x01])]),
    );
    const summary = await ingest();
    expect(summary.added).toBe(1);
    expect(log).toContain('seeds: latin.txt decoded as windows-1252');
    expect(summary.failed.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      {
        path: join(dir, 'binario.txt'),
        message: `binary data, not text: a NUL byte at offset ${Buffer.byteLength(cabecera)}`,
      },
      {
        path: join(dir, 'corrupto.txt'),
        message: `not valid UTF-8: byte 0xE1 at offset ${sano.length} is not part of a UTF-8 character`,
      },
    ]);
    expect(await titles()).toEqual(['La peña de Jaén celebra su “gran” año']);
  });

  it('duplicates nothing when run again', async () => {
    await writeFile(join(dir, 'puerto.txt'), puerto);
    await ingest();
    expect(await ingest()).toMatchObject({ added: 0, unchanged: 1 });
    expect(await titles()).toHaveLength(1);
  });

  it('replaces the article of a changed file', async () => {
    await writeFile(join(dir, 'museo.txt'), museo);
    await ingest();
    await writeFile(join(dir, 'museo.txt'), museoCorregido);
    expect(await ingest()).toMatchObject({ updated: 1 });
    expect(await titles()).toEqual(['Un museo de Oviedo abre sus puertas de noche los sábados']);
  });

  it('removes the article of a deleted file', async () => {
    await writeFile(join(dir, 'puerto.txt'), puerto);
    await writeFile(join(dir, 'museo.txt'), museo);
    await ingest();
    await unlink(join(dir, 'museo.txt'));
    expect(await ingest()).toMatchObject({ removed: 1 });
    expect(await titles()).toEqual(['El puerto de Cádiz bate su récord de cruceros']);
  });

  it('keeps an article two files share until both are gone', async () => {
    await writeFile(join(dir, 'a.txt'), puerto);
    await writeFile(join(dir, 'b.txt'), puerto);
    await ingest();
    expect(await titles()).toHaveLength(1);
    await unlink(join(dir, 'a.txt'));
    await ingest();
    expect(await titles()).toHaveLength(1);
    await unlink(join(dir, 'b.txt'));
    await ingest();
    expect(await titles()).toEqual([]);
  });

  it('picks up files added or changed while watching', async () => {
    await ingest();
    const stop = watchFolder(store, dir, (line) => log.push(line), 50, pool);
    try {
      await writeFile(join(dir, 'puerto.txt'), puerto);
      await expect
        .poll(titles, { timeout: 10_000 })
        .toEqual(['El puerto de Cádiz bate su récord de cruceros']);
      await writeFile(join(dir, 'puerto.txt'), museo);
      await expect
        .poll(titles, { timeout: 10_000 })
        .toEqual(['Un museo de Oviedo abre sus puertas de noche']);
    } finally {
      stop();
    }
  });
});
