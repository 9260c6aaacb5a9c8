import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';
import { articleText, puerto } from '../test-support/texts.js';

// Parsing never runs on the thread that serves requests: while a pathological article is parsed (one
// that took a parser minutes), `/healthz` keeps answering. The bound: 500 ms.

const BOUND_MS = 500;

// 20 KB of opening guillemets that never close.
const unbalanced = articleText(
  '2024-05-06',
  'Un portavoz abre comillas y no las cierra',
  `El portavoz dijo ${'«'.repeat(10_000)} y nada más.`,
);

/** Asks /healthz over and over until `done` resolves; returns the slowest answer, in ms. */
async function slowestHealthz(
  url: string,
  done: Promise<unknown>,
): Promise<{ slowest: number; asked: number }> {
  let finished = false;
  void done.finally(() => (finished = true));
  let slowest = 0;
  let asked = 0;
  while (!finished) {
    const started = performance.now();
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    const took = performance.now() - started;
    if (took > 100) console.log(`slow /healthz: ${Math.round(took)} ms at ask ${asked}`);
    slowest = Math.max(slowest, took);
    asked++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { slowest, asked };
}

describe('the server while an article is being parsed', () => {
  let api: TestApi;
  let seeds: string;
  beforeAll(async () => {
    seeds = await mkdtemp(join(tmpdir(), 'teletipo-offthread-'));
    await writeFile(join(seeds, 'puerto.txt'), puerto);
    api = await startTestApi(storeKinds[0]!, { seedsDir: seeds, watchSeeds: true, token: 'secreto' });
  });
  afterAll(async () => {
    await api?.close();
    await rm(seeds, { recursive: true, force: true });
  });

  it(`answers /healthz within ${BOUND_MS} ms while a seed with 10,000 unclosed « is parsed`, async () => {
    const before = api.log.length;
    const handled = (async () => {
      // Stored, or skipped (e.g. abandoned after the parse time budget): either way, handled.
      while (!api.log.slice(before).some((l) => /seeds: (1 added|skipped .*patologico\.txt)/.test(l)))
        await new Promise((resolve) => setTimeout(resolve, 50));
    })();
    await writeFile(join(seeds, 'patologico.txt'), unbalanced);
    const { slowest, asked } = await slowestHealthz(api.url, handled);
    console.log(`seed: /healthz asked ${asked} times, slowest ${Math.round(slowest)} ms`);
    expect(asked).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(BOUND_MS);
  }, 60_000);

  it(`answers /healthz within ${BOUND_MS} ms while such an article posted to ingestArticle is parsed`, async () => {
    const posted = api.gql<{ ingestArticle: { title: string } }>(
      'mutation($text: String!) { ingestArticle(text: $text) { title } }',
      { text: unbalanced.replace('no las cierra', 'tampoco las cierra') },
      { authorization: 'Bearer secreto' },
    );
    const { slowest, asked } = await slowestHealthz(api.url, posted);
    console.log(`mutation: /healthz asked ${asked} times, slowest ${Math.round(slowest)} ms`);
    expect(slowest).toBeLessThan(BOUND_MS);
    const res = await posted;
    // Parsed, or abandoned with a clear error: never a stuck server.
    if (res.errors) {
      expect(res.errors[0]).toMatchObject({
        message: expect.stringMatching(/could not be parsed: parsing took longer than 10 s/),
        extensions: { code: 'BAD_USER_INPUT', parseError: 'TIMEOUT' },
      });
    } else expect(res.data!.ingestArticle.title).toMatch(/tampoco/);
  }, 60_000);
});
