import { createServer, type Server } from 'node:http';
import type { Article } from '@teletipo/model';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { typeDefs } from '../src/schema.js';

// The ceiling: the same list query answered by bare graphql-js over articles held in memory (no
// Apollo, no store), on the same machine in the same run. What the real API loses against it is what
// Apollo, the store and SQL cost.

export async function startCeiling(
  articles: Article[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const sorted = [...articles].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        articles: (_: unknown, { first }: { first: number }) => ({
          totalCount: sorted.length,
          pageInfo: { hasNextPage: sorted.length > first, endCursor: sorted[first - 1]?.id ?? null },
          edges: sorted.slice(0, first).map((node) => ({ cursor: node.id, node })),
        }),
      },
      Article: {
        quoteCount: (a: Article) => a.quotes.length,
        entityCount: (a: Article) => a.entities.length,
        figureCount: (a: Article) => a.figures.length,
        entities: (a: Article) =>
          a.entities.map((e) => ({ mentionCount: e.mentions.length, entity: e, mentions: e.mentions })),
      },
    },
  });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      void graphql({ schema, source: query, variableValues: variables ?? null }).then((result) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
