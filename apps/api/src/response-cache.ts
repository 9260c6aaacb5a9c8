import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { AggregateCache } from './store/aggregate-cache.js';

/**
 * Whole responses to read queries, kept for as long as the store's aggregates are (until the next
 * write with PGlite, which no other process can write to; a few seconds with PostgreSQL):
 * a busy list or entity page is asked the same question many times a second. The key carries the
 * store's write generation, so anything this process writes is visible to the very next request;
 * writes by another process (a bulk ingest into the same PostgreSQL) show once the entry expires.
 * Responses with errors (a timeout, a bad cursor) are never kept, and mutations never cached.
 */
export function responseCachePlugins<TContext extends BaseContext>(
  cache: AggregateCache,
): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginCacheControl({
      defaultMaxAge: Math.max(1, Math.floor(cache.ttlMs / 1000)),
      // A shared cache or browser holding a POST answer would outlive our invalidation.
      calculateHttpHeaders: false,
    }),
    responseCachePlugin<TContext>({ extraCacheKeyData: async () => cache.generation }),
  ];
}
