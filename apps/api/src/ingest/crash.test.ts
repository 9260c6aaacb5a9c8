import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/connect.js';
import { writeGeneratedArticles } from '../test-support/generate.js';
import { storeInvariants } from '../test-support/invariants.js';

// `kill -9` in the middle of a bulk ingest into PGlite on disk, then the same command again: the store
// holds whole batches only (never part of an article), and the second run completes it with no
// duplicate.

const COUNT = 400;
const BATCH = 20;
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

let dir: string;
let seeds: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'teletipo-crash-'));
  seeds = join(dir, 'seeds');
  await writeGeneratedArticles(seeds, COUNT);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function ingest(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions', 'source', cli, '--batch', String(BATCH), '--workers', '1', seeds],
    { env: { ...process.env, TELETIPO_DATA: join(dir, 'data') }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('a bulk ingest killed with SIGKILL', () => {
  it('leaves whole batches only, and a second run completes it without duplicates', async () => {
    const first = ingest();
    // Wait until a few batches are committed, then kill it without warning.
    await expect
      .poll(
        () =>
          Number(
            /ingest: (\d+)\//.exec(
              first
                .output()
                .split('\n')
                .findLast((l) => l.startsWith('ingest: ')) ?? '',
            )?.[1] ?? 0,
          ),
        {
          timeout: 90_000,
          interval: 20,
        },
      )
      .toBeGreaterThanOrEqual(3 * BATCH);
    first.child.kill('SIGKILL');
    await first.exited;

    const interrupted = await openStore({ dataDir: join(dir, 'data') });
    const after = await storeInvariants(interrupted);
    await interrupted.close();
    expect(after.problems).toEqual([]);
    expect(after.articles).toBeLessThan(COUNT);
    expect(after.articles % BATCH).toBe(0);
    expect(after.sources).toBe(after.articles);

    const second = ingest();
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain(
      `${COUNT - after.articles} added, 0 updated, ${after.articles} unchanged, 0 failed`,
    );

    const done = await openStore({ dataDir: join(dir, 'data') });
    const final = await storeInvariants(done);
    await done.close();
    expect(final).toEqual({ articles: COUNT, sources: COUNT, problems: [] });
  }, 240_000);
});
