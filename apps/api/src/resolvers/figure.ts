import type { FigureResolvers } from '../generated/resolvers.js';
import { notFound } from '../errors.js';
import { explanationOf } from './explanation.js';

export const Figure: FigureResolvers = {
  kind: (f) => f.kind as 'MONEY',
  date: (f) => f.figure_date,
  explanation: explanationOf,
  article: async (f, _, { loaders }) => {
    const article = await loaders.article.load(f.article_id);
    if (!article) throw notFound(`article ${f.article_id} no longer exists`);
    return article;
  },
};
