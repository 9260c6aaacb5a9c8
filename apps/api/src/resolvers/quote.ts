import type { QuoteResolvers } from '../generated/resolvers.js';
import { notFound } from '../errors.js';
import { explanationOf } from './explanation.js';

export const Quote: QuoteResolvers = {
  speakerName: (q) => q.speaker_name,
  speaker: (q) => q.speaker,
  explanation: explanationOf,
  article: async (q, _, { loaders }) => {
    const article = await loaders.article.load(q.article_id);
    if (!article) throw notFound(`article ${q.article_id} no longer exists`);
    return article;
  },
};
