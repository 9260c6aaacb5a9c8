import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_ROUTES, isClientRoute } from './client-routes.js';

describe('the client-side routes the server knows', () => {
  it('are every route of the web app’s router', () => {
    const router = readFileSync(new URL('../../../web/src/router.tsx', import.meta.url), 'utf8');
    const paths = [...router.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]!).filter((p) => p !== '*');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(CLIENT_ROUTES, path).toContain(path);
  });

  it('match one segment per parameter, with or without a trailing slash', () => {
    expect(isClientRoute('/')).toBe(true);
    expect(isClientRoute('/articles/2025-11-12-lima')).toBe(true);
    expect(isClientRoute('/quotes/')).toBe(true);
    expect(isClientRoute('/articles')).toBe(false);
    expect(isClientRoute('/articles/a/b')).toBe(false);
    expect(isClientRoute('/quotesx')).toBe(false);
  });
});
