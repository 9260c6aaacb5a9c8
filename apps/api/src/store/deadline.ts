import { GraphQLError } from 'graphql';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * A request's time budget, checked before each SQL statement it sends: once spent, the request stops
 * issuing queries and fails with code TIMEOUT instead of holding the store (PGlite runs one statement
 * at a time for everyone). A statement already running is bounded by PostgreSQL's statement_timeout.
 */
export class DeadlinePlugin implements KyselyPlugin {
  constructor(
    private readonly deadline: number,
    private readonly budgetMs: number,
  ) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (Date.now() >= this.deadline) {
      throw new GraphQLError(`The query ran longer than ${this.budgetMs} ms and was stopped; ask for less.`, {
        extensions: { code: 'TIMEOUT' },
      });
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
