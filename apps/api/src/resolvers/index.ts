import type { Resolvers } from '../generated/resolvers.js';
import { Article, ArticleEdge, ArticleEntity } from './article.js';
import { ArticleConnection, EntityConnection, FigureConnection, QuoteConnection } from './connection.js';
import { Entity, EntityCount } from './entity.js';
import { Facets } from './facets.js';
import { Figure } from './figure.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Quote } from './quote.js';
import { DateScalar } from './scalars.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Article,
  ArticleEdge,
  ArticleEntity,
  Entity,
  EntityCount,
  Quote,
  Figure,
  Facets,
  ArticleConnection,
  EntityConnection,
  QuoteConnection,
  FigureConnection,
};
