import { isArticleParseError } from '@teletipo/model';
import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../generated/resolvers.js';
import { ingestText, ParseTimeoutError } from '../ingest/ingest-text.js';
import { apiSource } from '../ingest/source-label.js';

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { text, source }, { store, loaders, bearer, tokenGuard, client, parser }) => {
    await tokenGuard.authorize(bearer, client);
    try {
      // Parsed in a worker thread; stored under `api:<source>`, never under a file's path.
      const label = source == null ? undefined : apiSource(source);
      const { articleId } = await ingestText(store, parser, text, label);
      const article = await loaders.article.load(articleId);
      if (!article) throw new Error(`article ${articleId} vanished after ingest`);
      return article;
    } catch (error) {
      if (isArticleParseError(error)) {
        throw new GraphQLError(`The article could not be parsed: ${error.message}`, {
          extensions: { code: 'BAD_USER_INPUT', parseError: error.code },
        });
      }
      if (error instanceof ParseTimeoutError) {
        throw new GraphQLError(`The article could not be parsed: ${error.message}`, {
          extensions: { code: 'BAD_USER_INPUT', parseError: 'TIMEOUT' },
        });
      }
      throw error;
    }
  },
};
