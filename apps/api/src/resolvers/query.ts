import type { QueryResolvers } from '../generated/resolvers.js';
import { compareEntities } from './compare.js';
import { canonicalIds } from '../store/aliases.js';
import { findArticles } from '../store/articles.js';
import { findEntities } from '../store/entities.js';
import { facets } from '../store/facets.js';
import { findFigures } from '../store/figures.js';
import { connection, pageSize } from '../store/paginate.js';
import { findQuotes, topSpeakers } from '../store/quotes.js';
import { searchSuggestions } from '../store/suggestions.js';

export const Query: QueryResolvers = {
  articles: async (_, args, { store }) => connection(await findArticles(store, args)),
  article: (_, { id }, { loaders }) => loaders.article.load(id),
  entities: async (_, args, { store }) => connection(await findEntities(store, args)),
  // An id folded into another person (`person:obama` → `person:barack-obama`) answers with that person.
  entity: async (_, { id }, { loaders, store }) =>
    (await loaders.entity.load(id)) ??
    (await canonicalIds(store.db, [id]).then(([alias]) =>
      alias ? loaders.entity.load(alias.canonical_id) : null,
    )),
  compare: (_, { ids }, { loaders }) => compareEntities(ids, loaders),
  quotes: async (_, args, { store }) => connection(await findQuotes(store, args)),
  quote: (_, { id }, { loaders }) => loaders.quote.load(id),
  speakers: (_, { filter, first }, { store }) => topSpeakers(store, filter, pageSize(first, 20)),
  figures: async (_, args, { store }) => connection(await findFigures(store, args)),
  facets: (_, { filter }, { store }) => facets(store, filter),
  searchSuggestions: (_, { search }, { store }) => searchSuggestions(store.db, search),
};
