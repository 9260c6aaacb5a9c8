import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../test-support/stores.js';
import type { Store } from './connect.js';
import { DeadlinePlugin } from './deadline.js';

describe.each(storeKinds)('a request deadline on $name', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(() => store?.close());

  it('lets statements run while there is time left', async () => {
    const db = store.db.withPlugin(new DeadlinePlugin(Date.now() + 60_000, 60_000));
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('refuses further statements once the time is spent, with code TIMEOUT', async () => {
    const db = store.db.withPlugin(new DeadlinePlugin(Date.now() - 1, 5));
    await expect(sql`select 1`.execute(db)).rejects.toMatchObject({
      message: 'The query ran longer than 5 ms and was stopped; ask for less.',
      extensions: { code: 'TIMEOUT' },
    });
    // The store itself is untouched.
    await expect(sql`select 1`.execute(store.db)).resolves.toBeDefined();
  });
});
