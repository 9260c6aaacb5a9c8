import { describe, expect, it } from 'vitest';
import { startBanner } from './banner.js';

describe('startBanner', () => {
  it('says the server listens on all interfaces when bound to 0.0.0.0, and gives a URL to open', () => {
    expect(startBanner('0.0.0.0', 4000, 'pglite')).toBe(
      'Teletipo listening on all interfaces (0.0.0.0:4000); open http://localhost:4000 ' +
        '(GraphQL at http://localhost:4000/graphql, store: pglite)',
    );
  });

  it('treats the IPv6 wildcard as all interfaces too', () => {
    expect(startBanner('::', 4999, 'postgres')).toMatch(
      /^Teletipo listening on all interfaces \(\[::\]:4999\)/,
    );
  });

  it('names the one address it is bound to otherwise', () => {
    expect(startBanner('127.0.0.1', 4000, 'pglite')).toBe(
      'Teletipo listening on http://127.0.0.1:4000 only (GraphQL at http://127.0.0.1:4000/graphql, store: pglite)',
    );
    expect(startBanner('::1', 4000, 'pglite')).toContain('http://[::1]:4000 only');
  });
});
