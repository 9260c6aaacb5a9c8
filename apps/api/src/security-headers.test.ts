import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-support/api.js';
import { storeKinds } from './test-support/stores.js';

// Every response carries the security headers: the web app, its assets, GraphQL and the health check.

let api: TestApi;
let webDist: string;
beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'teletipo-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Teletipo</title><div id="root"></div>');
  await writeFile(join(webDist, 'app.js'), 'console.log("teletipo")');
  api = await startTestApi(storeKinds[0]!, { webDist });
});
afterAll(async () => {
  await api?.close();
  await rm(webDist, { recursive: true, force: true });
});

const graphql = () =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });

describe('security headers', () => {
  it.each([
    ['/', () => fetch(`${api.url}/`)],
    ['/playground', () => fetch(`${api.url}/playground`)],
    ['/app.js', () => fetch(`${api.url}/app.js`)],
    ['/graphql', graphql],
    ['/healthz', () => fetch(`${api.url}/healthz`)],
    [
      'a refused body',
      () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
    ],
  ])('are on %s', async (_path, request) => {
    const res = await request();
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('script-src-attr')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
