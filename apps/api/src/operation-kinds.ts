import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The schema has no subscriptions and the server speaks plain HTTP; graphql-js would fail a
 * `subscription` operation during execution, reported as an internal error. It is refused up front.
 */
export function queriesAndMutationsOnly<Ctx extends object>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('Subscriptions are not supported: send a query or a mutation', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
