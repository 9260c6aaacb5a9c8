import { ApolloArmor } from '@escape.tech/graphql-armor';

// Query shape limits (graphql-armor): deep, wide or costly documents are refused before they run.
// The web app's own operations stay well inside them (limits.test.ts checks every one).
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  /** Roughly the most values one operation may return (cost.ts). */
  maxCost: 20_000,
  maxTokens: 4_000,
  maxDirectives: 20,
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: 1_000_000,
  /** Longest a single SQL statement may run on PostgreSQL, in ms. */
  statementTimeoutMs: 10_000,
  /** Default time budget of one request's SQL (TELETIPO_QUERY_TIMEOUT_MS), in ms. */
  queryTimeoutMs: 10_000,
  /** Wrong bearer tokens one client address may send per window before mutations refuse it (429). */
  maxTokenFailures: 10,
  tokenFailureWindowSeconds: 15 * 60,
};

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Its cost rule reads only literal `first` values; ours (cost.ts) also reads variables.
    costLimit: { enabled: false },
    // Enforced by graphql-js's parser instead (server.ts): armor's version answers with status 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
