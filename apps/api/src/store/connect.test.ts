import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../test-support/article-builder.js';
import { loadArticles } from '../test-support/api.js';
import { openStore } from './connect.js';

// PGlite on disk: data survives a restart, and a directory is never opened by two processes at once.

let parent: string;
let other: ChildProcess;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'teletipo-store-'));
  // Some other live process, standing in for a second Teletipo server.
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
});

afterAll(async () => {
  other?.kill('SIGKILL');
  await rm(parent, { recursive: true, force: true });
});

const article = buildArticle({
  date: '2024-06-01',
  title: 'Una prueba de persistencia',
  paragraphs: ['Este artículo debe seguir ahí después de cerrar y volver a abrir el almacén.'],
});

describe('a PGlite data directory', () => {
  it('keeps its articles across a close and a reopen', async () => {
    const dir = join(parent, 'data');
    const first = await openStore({ dataDir: dir });
    await loadArticles(first, [article]);
    await first.close();
    const again = await openStore({ dataDir: dir });
    try {
      const rows = await again.db.selectFrom('articles').select('title').execute();
      expect(rows).toEqual([{ title: 'Una prueba de persistencia' }]);
    } finally {
      await again.close();
    }
  });

  it('refuses to open while another live process holds it, saying which and what to do', async () => {
    const dir = join(parent, 'busy');
    await writeFile(`${dir}.lock`, String(other.pid));
    await expect(openStore({ dataDir: dir })).rejects.toThrow(
      new RegExp(`in use by another Teletipo process \\(pid ${other.pid}\\).*TELETIPO_DATA`),
    );
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = join(parent, 'stale');
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(`${dir}.lock`, String(dead.pid));
    const store = await openStore({ dataDir: dir });
    await store.close();
  });
});
