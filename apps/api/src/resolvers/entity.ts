import type { EntityCountResolvers, EntityResolvers } from '../generated/resolvers.js';
import { notFound } from '../errors.js';
import { findArticles } from '../store/articles.js';
import { entityQuoteTimeline, entityTimeline, relatedEntities } from '../store/entities.js';
import { entityNetwork } from './network.js';
import { connection, pageSize } from '../store/paginate.js';
import { findQuotes } from '../store/quotes.js';

export const Entity: EntityResolvers = {
  type: (e) => e.type as 'PERSON',
  aliases: async (e, _, { loaders }) => (await loaders.entityDetails.load(e.id))?.aliases ?? [],
  descriptors: async (e, _, { loaders }) => (await loaders.entityDetails.load(e.id))?.descriptors ?? [],
  articleCount: (e) => e.article_count,
  mentionCount: (e) => e.mention_count,
  articles: async (e, { first, after }, { store }) =>
    connection(await findArticles(store, { filter: { entityIds: [e.id] }, first, after })),
  quotes: async (e, { first, after }, { store }) =>
    connection(await findQuotes(store, { filter: { speakerIds: [e.id] }, first, after })),
  related: (e, { first }, { store }) => relatedEntities(store, e.id, pageSize(first, 10)),
  timeline: (e, _, { store }) => entityTimeline(store, e.id),
  quoteTimeline: (e, _, { store }) => entityQuoteTimeline(store, e.id),
  network: (e, { first }, { store }) => entityNetwork(store, e.id, first),
};

export const EntityCount: EntityCountResolvers = {
  entity: async (c, _, { loaders }) => {
    const entity = await loaders.entity.load(c.entity_id);
    if (!entity) throw notFound(`entity ${c.entity_id} no longer exists`);
    return entity;
  },
};
