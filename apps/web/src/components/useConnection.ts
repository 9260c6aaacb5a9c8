import { NetworkStatus } from '@apollo/client';
import { useCallback } from 'react';

interface Connection<Edge> {
  totalCount: number;
  /** False when `totalCount` is a lower bound (the API stops counting at 10,000). */
  totalCountIsExact?: boolean;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Edge[];
}

interface QueryLike {
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
}

/**
 * What a paged list needs from a Relay connection: the nodes loaded so far, whether more exist, and a
 * `loadMore` that asks for the page after the last cursor (the cache policy appends it).
 */
export function useConnection<Edge extends { node: unknown }>(
  connection: Connection<Edge> | undefined,
  query: QueryLike,
) {
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasMore = Boolean(connection?.pageInfo.hasNextPage && endCursor);
  const loadingMore = query.networkStatus === NetworkStatus.fetchMore;
  const { fetchMore } = query;
  const loadMore = useCallback(() => {
    if (hasMore && endCursor && !loadingMore) void fetchMore({ variables: { after: endCursor } });
  }, [hasMore, endCursor, loadingMore, fetchMore]);
  return {
    nodes: connection?.edges.map((e) => e.node as Edge['node']) ?? [],
    /** The edges themselves, for what a list carries beside each node (a search's extract). */
    edges: connection?.edges ?? [],
    totalCount: connection?.totalCount ?? 0,
    totalCountIsExact: connection?.totalCountIsExact ?? true,
    hasMore,
    loadingMore,
    loadMore,
  };
}
