import { describe, expect, it } from 'vitest';
import { AggregateCache } from './aggregate-cache.js';

describe('the aggregate cache', () => {
  it('computes a value once while it is fresh', async () => {
    const cache = new AggregateCache(60_000);
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    expect(await cache.get('n', compute)).toBe(1);
    expect(await cache.get('n', compute)).toBe(1);
    expect(await cache.get('other', compute)).toBe(2);
  });

  it('recomputes after a write', async () => {
    const cache = new AggregateCache(60_000);
    let calls = 0;
    await cache.get('n', () => Promise.resolve(++calls));
    cache.invalidate();
    expect(await cache.get('n', () => Promise.resolve(++calls))).toBe(2);
  });

  it('recomputes once the time to live has passed', async () => {
    const cache = new AggregateCache(0);
    let calls = 0;
    await cache.get('n', () => Promise.resolve(++calls));
    expect(await cache.get('n', () => Promise.resolve(++calls))).toBe(2);
  });

  it('does not keep a failure', async () => {
    const cache = new AggregateCache(60_000);
    await expect(cache.get('n', () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await cache.get('n', () => Promise.resolve(3))).toBe(3);
  });
});
