import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Connections are merged page by page (Relay style), one list per filter and order, so "load more"
 * appends to what is on screen and going back to an earlier filter shows its list from the cache.
 */
export function createCache() {
  const connection = relayStylePagination(['filter', 'orderBy']);
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          articles: connection,
          entities: connection,
          quotes: connection,
          figures: connection,
        },
      },
      Entity: { fields: { articles: connection, quotes: connection } },
    },
  });
}

// Same origin as the app (the API serves both; the dev server proxies), JSON POST only, which Apollo
// Server's CSRF prevention accepts.
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: createCache() });
}
