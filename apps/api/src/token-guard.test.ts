import { describe, expect, it } from 'vitest';
import { sameSecret, TokenGuard } from './token-guard.js';

// The token check takes the same path whatever the token's length, and a client that keeps guessing
// is refused for a while without its token being checked at all.

describe('sameSecret', () => {
  it('is true only for the same string, whatever the lengths', () => {
    expect(sameSecret('secreto', 'secreto')).toBe(true);
    expect(sameSecret('secret', 'secreto')).toBe(false);
    expect(sameSecret('secreto-mas-largo', 'secreto')).toBe(false);
    expect(sameSecret('', 'secreto')).toBe(false);
    expect(sameSecret('ñandú', 'ñandú')).toBe(true);
  });
});

const codeOf = (promise: Promise<void>) =>
  promise.then(
    () => 'OK',
    (e: { extensions?: { code?: string } }) => e.extensions?.code,
  );

describe('TokenGuard', () => {
  it('lets the right token through and refuses a wrong or missing one', async () => {
    const guard = new TokenGuard('secreto');
    expect(await codeOf(guard.authorize('secreto', '10.0.0.1'))).toBe('OK');
    expect(await codeOf(guard.authorize('otro', '10.0.0.1'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(guard.authorize(undefined, '10.0.0.1'))).toBe('UNAUTHENTICATED');
  });

  it('refuses every mutation when the server has no token', async () => {
    const guard = new TokenGuard(undefined);
    await expect(guard.authorize('x', '10.0.0.1')).rejects.toThrow(/TELETIPO_TOKEN/);
  });

  it('after too many wrong tokens from one address, refuses it (even with the right token) and no other', async () => {
    const guard = new TokenGuard('secreto', { maxFailures: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++)
      expect(await codeOf(guard.authorize(`intento-${i}`, '10.0.0.1'))).toBe('UNAUTHENTICATED');
    const refused = guard.authorize('secreto', '10.0.0.1');
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', http: { status: 429 } },
    });
    await expect(guard.authorize('secreto', '10.0.0.1')).rejects.toThrow(/try again in (5\d|60) s/);
    expect(await codeOf(guard.authorize('secreto', '10.0.0.2'))).toBe('OK');
  });

  it('does not count requests that send no token at all', async () => {
    const guard = new TokenGuard('secreto', { maxFailures: 2, windowSeconds: 60 });
    for (let i = 0; i < 5; i++) await codeOf(guard.authorize(undefined, '10.0.0.1'));
    expect(await codeOf(guard.authorize('secreto', '10.0.0.1'))).toBe('OK');
  });
});
