import { createGraphiQLFetcher } from '@graphiql/toolkit';

// A JSON POST to our own origin: Apollo's CSRF prevention accepts it without extra headers, and nothing
// leaves the machine, so the playground works offline.
export const fetcher = createGraphiQLFetcher({ url: '/graphql' });
