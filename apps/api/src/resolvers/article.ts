import type {
  ArticleEdgeResolvers,
  ArticleEntityResolvers,
  ArticleResolvers,
} from '../generated/resolvers.js';
import { publicSource } from '../ingest/source-label.js';
import { explanationOf } from './explanation.js';

export const Article: ArticleResolvers = {
  source: (a, _, { seedsDir }) => publicSource(a.source, seedsDir),
  body: async (a, _, { loaders }) => (await loaders.articleText.load(a.id))?.body ?? '',
  paragraphs: async (a, _, { loaders }) => (await loaders.articleText.load(a.id))?.paragraphs ?? [],
  dateline: (a) => (a.dateline ? { ...a.dateline, place: a.dateline.place } : null),
  wordCount: (a) => a.word_count,
  quoteCount: (a) => a.quote_count,
  entityCount: (a) => a.entity_count,
  figureCount: (a) => a.figure_count,
  quotes: (a, _, { loaders }) => loaders.quotesOfArticle.load(a.id),
  entities: (a, _, { loaders }) => loaders.entitiesOfArticle.load(a.id),
  figures: (a, _, { loaders }) => loaders.figuresOfArticle.load(a.id),
};

export const ArticleEntity: ArticleEntityResolvers = {
  entity: (ae) => ae.entity,
  mentionCount: (ae) => ae.mention_count,
  mentions: async (ae, _, { loaders }) =>
    (await loaders.mentionsOfArticle.load(ae.article_id)).get(ae.entity_id) ?? [],
  descriptors: (ae) => ae.descriptors,
  explanation: explanationOf,
};

export const ArticleEdge: ArticleEdgeResolvers = {
  snippet: (edge) => edge.node.snippet ?? null,
};
