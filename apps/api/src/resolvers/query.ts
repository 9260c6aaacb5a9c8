import type { QueryResolvers } from '../generated/resolvers.js';
import { findArticles } from '../store/articles.js';
import { findEntities } from '../store/entities.js';
import { facets } from '../store/facets.js';
import { findFigures } from '../store/figures.js';
import { connection } from '../store/paginate.js';
import { findQuotes } from '../store/quotes.js';
import { searchSuggestions } from '../store/suggestions.js';

export const Query: QueryResolvers = {
  articles: async (_, args, { store }) => connection(await findArticles(store, args)),
  article: (_, { id }, { loaders }) => loaders.article.load(id),
  entities: async (_, args, { store }) => connection(await findEntities(store, args)),
  entity: (_, { id }, { loaders }) => loaders.entity.load(id),
  quotes: async (_, args, { store }) => connection(await findQuotes(store, args)),
  quote: (_, { id }, { loaders }) => loaders.quote.load(id),
  figures: async (_, args, { store }) => connection(await findFigures(store, args)),
  facets: (_, { filter }, { store }) => facets(store, filter),
  searchSuggestions: (_, { search }, { store }) => searchSuggestions(store.db, search),
};
