import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-support/api.js';
import { storeKinds } from './test-support/stores.js';

// Bodies the JSON parser cannot read are the client's problem and get a GraphQL-shaped error.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(storeKinds[0]!);
});
afterAll(() => api?.close());

const post = (contentType: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });

describe('a JSON body', () => {
  it('in a charset other than UTF-8 is refused with 415 (it was INTERNAL_SERVER_ERROR)', async () => {
    const res = await post('application/json; charset=latin1');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The request body\'s charset "latin1" is not supported: send JSON in UTF-8',
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
        },
      ],
    });
  });

  it('in an unknown content encoding is refused with 415 too', async () => {
    const res = await post('application/json', { 'content-encoding': 'compress' });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('in UTF-8, said or not, is answered', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const res = await post(type);
      expect(res.status, type).toBe(200);
    }
  });
});
