import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-support/api.js';
import { storeKinds } from './test-support/stores.js';

// A `subscription` is the client's mistake (there are none in the schema), not a server failure.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(storeKinds[0]!);
});
afterAll(() => api?.close());

describe('a subscription operation', () => {
  it('is refused with 400 OPERATION_NOT_SUPPORTED (it was INTERNAL_SERVER_ERROR)', async () => {
    for (const query of ['subscription { articles { totalCount } }', 'subscription S { __typename }']) {
      const res = await api.gql(query);
      expect(res.status, query).toBe(400);
      expect(res.errors?.[0], query).toMatchObject({
        message: 'Subscriptions are not supported: send a query or a mutation',
        extensions: { code: 'OPERATION_NOT_SUPPORTED' },
      });
    }
  });
});
