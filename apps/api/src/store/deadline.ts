import { AsyncLocalStorage } from 'node:async_hooks';
import { GraphQLError } from 'graphql';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** A request's time budget: the moment it runs out, and its length (for the message). */
export interface Budget {
  readonly deadline: number;
  readonly budgetMs: number;
}

/**
 * The budget of the request whose statement is being sent. The embedded database's thread
 * (pglite-thread.ts) reads it to answer TIMEOUT on time, however long the statement itself runs.
 */
export const statementBudget = new AsyncLocalStorage<Budget>();

/** Runs `work` (one request) with `budgetMs` from now: every statement it sends carries that budget. */
export function withBudget<T>(budgetMs: number, work: () => T): T {
  return statementBudget.run({ deadline: Date.now() + budgetMs, budgetMs }, work);
}

export const timeoutError = (budgetMs: number) =>
  new GraphQLError(`The query ran longer than ${budgetMs} ms and was stopped; ask for less.`, {
    extensions: { code: 'TIMEOUT' },
  });

/**
 * A request's time budget, checked before each SQL statement it sends: once spent, the request stops
 * issuing queries and fails with code TIMEOUT instead of holding the store. A statement already
 * running is bounded by PostgreSQL's statement_timeout, or on PGlite by the database thread, which
 * answers TIMEOUT when the budget runs out (pglite-thread.ts).
 */
export class DeadlinePlugin implements KyselyPlugin {
  constructor(
    private readonly deadline: number,
    private readonly budgetMs: number,
  ) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (Date.now() >= this.deadline) throw timeoutError(this.budgetMs);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
