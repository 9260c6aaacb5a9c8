import { isArticleParseError } from '@teletipo/model';
import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../generated/resolvers.js';
import { ingestText } from '../ingest/ingest-text.js';

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { text, source }, { store, loaders, bearer, tokenGuard, client }) => {
    await tokenGuard.authorize(bearer, client);
    try {
      const { articleId } = await ingestText(store, text, source ?? undefined);
      const article = await loaders.article.load(articleId);
      if (!article) throw new Error(`article ${articleId} vanished after ingest`);
      return article;
    } catch (error) {
      if (isArticleParseError(error)) {
        throw new GraphQLError(`The article could not be parsed: ${error.message}`, {
          extensions: { code: 'BAD_USER_INPUT', parseError: error.code },
        });
      }
      throw error;
    }
  },
};
