import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { corpus } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

// How the server hands out the web app and its answers: compressed, cached as long as they can be,
// with a real robots.txt and a 404 status for addresses that are no page of the app.

let api: TestApi;
let webDist: string;
const script = `export const teletipo = ${JSON.stringify('noticia '.repeat(2000))};\n`;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'teletipo-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Teletipo</title><div id="root"></div>');
  await writeFile(join(webDist, 'assets', 'index-Ab12Cd34.js'), script);
  await writeFile(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  api = await startTestApi(storeKinds[0]!, { webDist });
  await loadArticles(api.store, corpus);
});

afterAll(async () => {
  await api?.close();
  await rm(webDist, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request as a browser sends it, without fetch's transparent decompression. */
function raw(path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${path}`, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('compression', () => {
  it('sends scripts brotli-compressed to browsers that accept it', async () => {
    const res = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('compresses each hashed asset once, at the best quality, and sends the kept bytes', async () => {
    const first = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
    const again = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
    const best = brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    expect(first.body.length).toBeLessThanOrEqual(best.length + 16);
    expect(again.body.equals(first.body)).toBe(true);
    expect(first.headers['content-length']).toBe(String(first.body.length));
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to gzip, and to plain bytes for clients that accept neither', async () => {
    const gzip = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses GraphQL answers, including those replayed from the response cache', async () => {
    const query = JSON.stringify({ query: '{ articles(first: 20) { edges { node { id title body } } } }' });
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'br' };
    const first = await raw('/graphql', headers, query);
    const again = await raw('/graphql', headers, query);
    const plain = await raw('/graphql', { 'content-type': 'application/json' }, query);
    for (const res of [first, again]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toBe(plain.body.toString());
    }
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toMatchObject({
      data: { articles: { edges: expect.any(Array) } },
    });
  });
});

describe('caching', () => {
  it('caches hashed assets for a year, as immutable', async () => {
    const res = await raw('/assets/index-Ab12Cd34.js');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has browsers revalidate the app shell and other files on every visit', async () => {
    for (const path of ['/', '/quotes', '/favicon.svg']) {
      const res = await raw(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
    }
  });
});

describe('addresses', () => {
  it('answers /robots.txt with rules, not the app shell', async () => {
    const res = await raw('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body.toString();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/graphql$/m);
    expect(text).not.toContain('<div');
  });

  it('gives the app shell with 200 on the app’s routes', async () => {
    for (const path of ['/', '/articles/abc', '/entities/person:lucia-andrade', '/quotes', '/figures?q=x']) {
      const res = await raw(path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString()).toContain('<div id="root">');
    }
  });

  it('gives the app shell with 404 elsewhere, so the app still shows its not-found page', async () => {
    for (const path of ['/nope', '/articles', '/articles/a/b', '/wp-login.php']) {
      const res = await raw(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).toContain('<div id="root">');
    }
  });

  it('answers a missing asset with a plain 404', async () => {
    const res = await raw('/assets/gone-0000.js');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });
});
