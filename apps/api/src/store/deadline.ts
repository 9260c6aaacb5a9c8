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
export class DeadlinePlugin implements KyselyPlugin, Budget {
  constructor(
    readonly deadline: number,
    readonly budgetMs: number,
  ) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (Date.now() >= this.deadline) throw timeoutError(this.budgetMs);
    // Kysely runs the statement right after this, in the same async context: the budget travels with
    // it to the database thread. (A plugin cannot wrap the execution in `run`, hence `enterWith`; the
    // context it marks is this request's own.)
    statementBudget.enterWith(this);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
