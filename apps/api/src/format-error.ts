import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * What clients see of an error. Internal errors keep their details in the log and reach clients as a
 * code and a plain message (stack traces only in development). graphql-armor prefixes its refusals
 * with "Syntax Error:" although the query parsed fine; that prefix is dropped.
 */
export function formatError(development: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' && !development) {
      log(`graphql: internal error: ${String(unwrapResolverError(error))}`);
      return {
        message: 'Internal server error',
        extensions: { code },
        ...(formatted.path && { path: formatted.path }),
      };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith('Syntax Error: ')) {
      return { ...formatted, message: formatted.message.slice('Syntax Error: '.length) };
    }
    return formatted;
  };
}
