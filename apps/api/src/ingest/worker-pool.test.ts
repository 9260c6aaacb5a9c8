import { MAX_ARTICLE_LENGTH } from '@teletipo/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.js';
import { storeKinds } from '../test-support/stores.js';
import { articleText, museo, puerto } from '../test-support/texts.js';
import { ingestText, ParseTimeoutError } from './ingest-text.js';
import { ParsePool } from './worker-pool.js';

// An article just under the size limit: long enough that no parser reads it in 100 ms (the budget
// these tests give), short enough to be parsed rather than refused.
const sentence = 'El concejal habló y habló. ';
const long = articleText(
  '2024-05-06',
  'Un pleno muy largo',
  sentence.repeat(Math.floor((MAX_ARTICLE_LENGTH - 200) / sentence.length)),
);

describe('the parsing pool', () => {
  let pool: ParsePool;
  let store: Store;
  beforeAll(async () => {
    pool = new ParsePool({ size: 1 });
    store = await storeKinds[0]!.open();
  });
  afterAll(async () => {
    await pool?.close();
    await store?.close();
  });

  it('parses texts sent to it, each with its source', async () => {
    const [result] = await pool.parse([{ text: puerto, source: 'api:puerto' }]);
    expect(result).toMatchObject({ status: 'parsed', path: 'api:puerto', encoding: 'utf-8' });
    expect(result?.status === 'parsed' && result.article.source).toBe('api:puerto');
  });

  it('abandons a task over its time budget, failing it alone, and carries on with a new worker', async () => {
    pool.taskTimeoutMs = 100;
    const [abandoned] = await pool.parse([{ text: long, source: 'api:largo' }]);
    expect(abandoned).toEqual({
      path: 'api:largo',
      status: 'failed',
      message: 'parsing took longer than 0.1 s and was abandoned',
      parseError: 'TIMEOUT',
    });
    pool.taskTimeoutMs = 30_000;
    const results = await pool.parse([{ text: museo }, { text: 'sin cabecera' }]);
    expect(results.map((r) => r.status)).toEqual(['parsed', 'failed']);
    expect(results[1]).toMatchObject({ parseError: 'MISSING_HEADER' });
  });

  it('makes an abandoned API text a ParseTimeoutError, and a bad one the parse error', async () => {
    pool.taskTimeoutMs = 100;
    await expect(ingestText(store, pool, long)).rejects.toThrow(ParseTimeoutError);
    pool.taskTimeoutMs = 30_000;
    await expect(ingestText(store, pool, 'sin cabecera')).rejects.toMatchObject({
      name: 'ArticleParseError',
      code: 'MISSING_HEADER',
    });
    await expect(ingestText(store, pool, museo)).resolves.toMatchObject({ status: 'added' });
  });

  it('refuses work once closed', async () => {
    const closed = new ParsePool({ size: 1 });
    await closed.close();
    await expect(closed.parse([{ text: museo }])).rejects.toThrow(/closed/);
  });
});
