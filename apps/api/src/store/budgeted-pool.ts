import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { statementBudget, timeoutError } from './deadline.js';

/**
 * A pool whose `connect` gives up when the request's budget (statementBudget) runs out. PGlite's pool
 * has one connection, held by one statement or transaction at a time: a request waiting for it behind
 * a long one must still answer TIMEOUT on time. A connection that arrives after the request gave up
 * goes straight back.
 */
export function budgetedPool(pool: PostgresPool): PostgresPool {
  return {
    connect() {
      const budget = statementBudget.getStore();
      const acquiring = pool.connect();
      if (!budget) return acquiring;
      return new Promise<PostgresPoolClient>((resolve, reject) => {
        let gaveUp = false;
        const timer = setTimeout(() => {
          gaveUp = true;
          reject(timeoutError(budget.budgetMs));
        }, budget.deadline - Date.now());
        acquiring.then(
          (client) => {
            if (gaveUp) return client.release();
            clearTimeout(timer);
            resolve(client);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      });
    },
    end: () => pool.end(),
  };
}
