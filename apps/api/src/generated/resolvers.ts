import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleRow, EntityRow, ArticleEntityRow, QuoteRow, FigureRow } from '../store/rows.js';
import type { EntityCountShape, ArticleConnectionShape, EntityConnectionShape, QuoteConnectionShape, FigureConnectionShape } from '../resolvers/shapes.js';
import type { FacetCounts } from '../store/facets.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
};

export type Article = {
  __typename?: 'Article';
  body: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  dateline?: Maybe<Dateline>;
  /** The entities named in this article, with their mentions here. */
  entities: Array<ArticleEntity>;
  entityCount: Scalars['Int']['output'];
  figureCount: Scalars['Int']['output'];
  /** Figures in body order. */
  figures: Array<Figure>;
  /** Stable hash of the normalized text. */
  id: Scalars['ID']['output'];
  paragraphs: Array<Span>;
  quoteCount: Scalars['Int']['output'];
  /** Quotes in body order. */
  quotes: Array<Quote>;
  /**
   * Where it came from: a seeds file's path relative to the seeds folder (`2024/000.txt`), another
   * file's name, or `api:<label>` for an article sent to `ingestArticle`. Never a server path.
   */
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  wordCount: Scalars['Int']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  /** Matches: exact up to 10,000; above, 10,000 with `totalCountIsExact` false (a lower bound). */
  totalCount: Scalars['Int']['output'];
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
  /**
   * Passages of the article's body around what the search matched, with the matches marked: only in
   * `articles` lists with `filter.search` (null elsewhere). On the edge, not the article, because it
   * belongs to this result of this search.
   */
  snippet?: Maybe<Snippet>;
};

/** An entity as it appears in one article. */
export type ArticleEntity = {
  __typename?: 'ArticleEntity';
  /** Roles given to the entity in this article: `presidente de Rusia`. */
  descriptors: Array<Scalars['String']['output']>;
  entity: Entity;
  /** The parser rule that typed the entity in this article; null for articles stored before explanations. */
  explanation?: Maybe<Explanation>;
  mentionCount: Scalars['Int']['output'];
  mentions: Array<Mention>;
};

export type ArticleFilter = {
  /** The agency that filed it, e.g. `EFE`. At most 100 characters. */
  agency?: InputMaybe<Scalars['String']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Articles that mention all of these entities. At most 20 ids of at most 300 characters. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Articles containing a figure of any of these kinds. At most 10 kinds. */
  figureKinds?: InputMaybe<Array<FigureKind>>;
  hasQuotes?: InputMaybe<Scalars['Boolean']['input']>;
  /** The dateline's place, e.g. `Quito`. At most 100 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /**
   * Spanish full-text search over title and body: stemmed, accent-insensitive, at most 200 characters.
   * Words must all appear; `a OR b` either; `-word` excludes; `"two words"` in a row. Dotted acronyms
   * match with or without dots (`EE.UU.`, `EEUU`).
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Articles quoting any of these entities. At most 20 ids of at most 300 characters. */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ArticleOrder = {
  direction: OrderDirection;
  field: ArticleOrderField;
};

export type ArticleOrderField =
  | 'DATE'
  /** Only meaningful with `filter.search`. */
  | 'RELEVANCE';

/** Where and by whom a story was filed: `Moscú, 12 nov (EFE).-`. */
export type Dateline = {
  __typename?: 'Dateline';
  agency?: Maybe<Scalars['String']['output']>;
  /** The date as printed: `12 nov`. */
  date?: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  place: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
};

export type Entity = {
  __typename?: 'Entity';
  /** Other forms used for it, across articles. */
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Roles given to it, across articles. */
  descriptors: Array<Scalars['String']['output']>;
  /** Stable across articles: `person:vladimir-putin`. */
  id: Scalars['ID']['output'];
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /**
   * Its co-occurrence network: the entities most often named in the same articles (as `related`, at most
   * 30), and how many of its articles name each pair of them together.
   */
  network: EntityNetwork;
  /** Quotes attributed to it per month (by the article's date). */
  quoteTimeline: Array<MonthCount>;
  /** What it said, newest first. */
  quotes: QuoteConnection;
  /** Entities named in the same articles, most shared articles first. */
  related: Array<EntityCount>;
  /** Articles per month that mention it. */
  timeline: Array<MonthCount>;
  type: EntityType;
};


export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EntityNetworkArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EntityQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EntityRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** Matches: exact up to 10,000; above, 10,000 with `totalCountIsExact` false (a lower bound). */
  totalCount: Scalars['Int']['output'];
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type EntityCount = {
  __typename?: 'EntityCount';
  count: Scalars['Int']['output'];
  entity: Entity;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  /** Accent-insensitive prefix of any name or alias, with fuzzy matching. At most 100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** At most 4 types. */
  types?: InputMaybe<Array<EntityType>>;
};

export type EntityNetwork = {
  __typename?: 'EntityNetwork';
  /** Pairs of neighbours named together in the entity's articles, with how many of them. */
  links: Array<NetworkLink>;
  /** Neighbours with the number of articles they share with the entity, most first. */
  nodes: Array<EntityCount>;
};

export type EntityOrder = {
  direction: OrderDirection;
  field: EntityOrderField;
};

export type EntityOrderField =
  | 'ARTICLE_COUNT'
  | 'MENTION_COUNT'
  | 'NAME';

export type EntityType =
  | 'LOCATION'
  | 'MISC'
  | 'ORGANIZATION'
  | 'PERSON';

/** Why the parser decided an extraction: the rule that did it. */
export type Explanation = {
  __typename?: 'Explanation';
  /** Stable rule id: `quote.speaker.segun`, `entity.type.tagger`, `figure.money.currency`. */
  rule: Scalars['String']['output'];
  /** One line in Spanish for readers: `«según» + nombre junto a la cita`. */
  summary: Scalars['String']['output'];
};

/**
 * Counts under an article filter. Without a filter they cover the whole archive exactly (kept at write
 * time). Under a filter, the lists count the newest 1,000 matching articles when more match (`sampled`).
 */
export type Facets = {
  __typename?: 'Facets';
  agencies: Array<ValueCount>;
  /** How many articles the lists below were counted over. */
  basis: Scalars['Int']['output'];
  figureKinds: Array<ValueCount>;
  locations: Array<EntityCount>;
  misc: Array<EntityCount>;
  months: Array<MonthCount>;
  organizations: Array<EntityCount>;
  people: Array<EntityCount>;
  places: Array<ValueCount>;
  /** Whether the lists below count only the newest `basis` matching articles, not all of them. */
  sampled: Scalars['Boolean']['output'];
  /** Entities quoted in the matching articles, with the number of those articles. */
  speakers: Array<EntityCount>;
  /** Matching articles: exact up to 10,000; above, 10,000 with `totalIsExact` false. */
  total: Scalars['Int']['output'];
  totalIsExact: Scalars['Boolean']['output'];
};

export type Figure = {
  __typename?: 'Figure';
  approximate: Scalars['Boolean']['output'];
  article: Article;
  /** The sentence the figure appears in. */
  context: Scalars['String']['output'];
  /** For DATE figures, the resolved day. */
  date?: Maybe<Scalars['Date']['output']>;
  end: Scalars['Int']['output'];
  /** The parser rule that gave the figure its kind; null for figures stored before explanations. */
  explanation?: Maybe<Explanation>;
  id: Scalars['ID']['output'];
  kind: FigureKind;
  /** The word that makes it approximate: `casi`, `más de`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
  /** What the figure measures, where it is near: `volumen de intercambios`. */
  subject?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /** ISO 4217 for money, `PERCENT`, or the measured unit or counted noun. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The number in base units: `casi 30.000 millones de dólares` → 30000000000. */
  value: Scalars['Float']['output'];
};

export type FigureConnection = {
  __typename?: 'FigureConnection';
  edges: Array<FigureEdge>;
  pageInfo: PageInfo;
  /** Matches: exact up to 10,000; above, 10,000 with `totalCountIsExact` false (a lower bound). */
  totalCount: Scalars['Int']['output'];
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type FigureEdge = {
  __typename?: 'FigureEdge';
  cursor: Scalars['String']['output'];
  node: Figure;
};

export type FigureFilter = {
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Figures in articles that mention all of these entities. At most 20 ids of at most 300 characters. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 10 kinds. */
  kinds?: InputMaybe<Array<FigureKind>>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Search in the figure's text and sentence. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Units such as `USD` or `PERCENT`. At most 20 units of at most 50 characters. */
  units?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FigureKind =
  | 'AGE'
  | 'COUNT'
  | 'DATE'
  | 'DURATION'
  | 'MONEY'
  | 'NUMBER'
  | 'PERCENT'
  | 'PERCENTAGE_POINTS'
  | 'QUANTITY'
  | 'YEAR';

export type FigureOrder = {
  direction: OrderDirection;
  field: FigureOrderField;
};

export type FigureOrderField =
  | 'DATE'
  | 'VALUE';

export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MonthCount = {
  __typename?: 'MonthCount';
  count: Scalars['Int']['output'];
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Parses and stores one article. `source` labels it: the article's `source` becomes `api:<source>`,
   * and sending that label again replaces the article; it never names a server file. Requires
   * `Authorization: Bearer <TELETIPO_TOKEN>`; a bad article fails with the parse error's code and message.
   */
  ingestArticle: Article;
};


export type MutationIngestArticleArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type NetworkLink = {
  __typename?: 'NetworkLink';
  count: Scalars['Int']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /** Articles matching the filter, newest first unless ordered otherwise. */
  articles: ArticleConnection;
  /** Up to 5 entities side by side, for a comparison: in the order given, repeats and unknown ids left out. */
  compare: Array<Entity>;
  /** Entities (people, organizations, places, other names) across all articles. */
  entities: EntityConnection;
  /** An entity by its stable id, e.g. `person:vladimir-putin`. */
  entity?: Maybe<Entity>;
  /** Counts of what the articles matching the filter contain, for a facet sidebar. */
  facets: Facets;
  figures: FigureConnection;
  quote?: Maybe<Quote>;
  quotes: QuoteConnection;
  /**
   * Searches likely to find something, for an article search that found nothing ("¿Quisiste decir…?"):
   * the search with unknown words replaced by the archive's closest words, and the closest entity names.
   * At most three, best first; empty when nothing is close.
   */
  searchSuggestions: Array<Scalars['String']['output']>;
  /** Who is quoted most under the filter: speakers that are entities, with their number of quotes. */
  speakers: Array<EntityCount>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


export type QueryCompareArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacetsArgs = {
  filter?: InputMaybe<ArticleFilter>;
};


export type QueryFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FigureOrder>;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuoteOrder>;
};


export type QuerySearchSuggestionsArgs = {
  search: Scalars['String']['input'];
};


export type QuerySpeakersArgs = {
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Quote = {
  __typename?: 'Quote';
  article: Article;
  /** The verb or phrase linking quote and speaker: `declaró`, `según`. */
  cue?: Maybe<Scalars['String']['output']>;
  /** True for words in quotation marks, false for reported speech (`dijo que …`). */
  direct: Scalars['Boolean']['output'];
  end: Scalars['Int']['output'];
  /** The parser rule that chose the speaker; null for quotes stored before explanations. */
  explanation?: Maybe<Explanation>;
  id: Scalars['ID']['output'];
  /** The speaker when it is a known entity. */
  speaker?: Maybe<Entity>;
  /** The speaker as named in the article, whether or not it is a known entity. */
  speakerName?: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
  /** The words without quotation marks, exactly `article.body[start:end]`. */
  text: Scalars['String']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  /** Matches: exact up to 10,000; above, 10,000 with `totalCountIsExact` false (a lower bound). */
  totalCount: Scalars['Int']['output'];
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteFilter = {
  /** An article's id, at most 300 characters. */
  articleId?: InputMaybe<Scalars['ID']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only quotes of at least this many words (1–50): `4` hides fragments such as «histórico». */
  minWords?: InputMaybe<Scalars['Int']['input']>;
  /** Search in the quote text. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Quotes by any of these entities. At most 20 ids of at most 300 characters. */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type QuoteOrder = {
  direction: OrderDirection;
  field: QuoteOrderField;
};

export type QuoteOrderField =
  | 'DATE';

/** An extract of an article for a search. */
export type Snippet = {
  __typename?: 'Snippet';
  /** Character offsets (UTF-16) into `text` of each matched word. */
  marks: Array<Span>;
  /** Plain text: passages of the body, joined by ` … `. */
  text: Scalars['String']['output'];
};

/** Character offsets (UTF-16) into `Article.body`. */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type ValueCount = {
  __typename?: 'ValueCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionShape>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleEntity: ResolverTypeWrapper<ArticleEntityRow>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Dateline: ResolverTypeWrapper<Dateline>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionShape>;
  EntityCount: ResolverTypeWrapper<EntityCountShape>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityNetwork: ResolverTypeWrapper<Omit<EntityNetwork, 'nodes'> & { nodes: Array<ResolversTypes['EntityCount']> }>;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityType: EntityType;
  Explanation: ResolverTypeWrapper<Explanation>;
  Facets: ResolverTypeWrapper<FacetCounts>;
  Figure: ResolverTypeWrapper<FigureRow>;
  FigureConnection: ResolverTypeWrapper<FigureConnectionShape>;
  FigureEdge: ResolverTypeWrapper<Omit<FigureEdge, 'node'> & { node: ResolversTypes['Figure'] }>;
  FigureFilter: FigureFilter;
  FigureKind: FigureKind;
  FigureOrder: FigureOrder;
  FigureOrderField: FigureOrderField;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<Mention>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkLink: ResolverTypeWrapper<NetworkLink>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteRow>;
  QuoteConnection: ResolverTypeWrapper<QuoteConnectionShape>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteFilter: QuoteFilter;
  QuoteOrder: QuoteOrder;
  QuoteOrderField: QuoteOrderField;
  Snippet: ResolverTypeWrapper<Snippet>;
  Span: ResolverTypeWrapper<Span>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ValueCount: ResolverTypeWrapper<ValueCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRow;
  ArticleConnection: ArticleConnectionShape;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleEntity: ArticleEntityRow;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Dateline: Dateline;
  Entity: EntityRow;
  EntityConnection: EntityConnectionShape;
  EntityCount: EntityCountShape;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityNetwork: Omit<EntityNetwork, 'nodes'> & { nodes: Array<ResolversParentTypes['EntityCount']> };
  EntityOrder: EntityOrder;
  Explanation: Explanation;
  Facets: FacetCounts;
  Figure: FigureRow;
  FigureConnection: FigureConnectionShape;
  FigureEdge: Omit<FigureEdge, 'node'> & { node: ResolversParentTypes['Figure'] };
  FigureFilter: FigureFilter;
  FigureOrder: FigureOrder;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mention: Mention;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  NetworkLink: NetworkLink;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Quote: QuoteRow;
  QuoteConnection: QuoteConnectionShape;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteFilter: QuoteFilter;
  QuoteOrder: QuoteOrder;
  Snippet: Snippet;
  Span: Span;
  String: Scalars['String']['output'];
  ValueCount: ValueCount;
};

export type LimitDirectiveArgs = {
  chars?: Maybe<Scalars['Int']['input']>;
  freeText?: Maybe<Scalars['Boolean']['input']>;
  items?: Maybe<Scalars['Int']['input']>;
};

export type LimitDirectiveResolver<Result, Parent, ContextType = Context, Args = LimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateline?: Resolver<Maybe<ResolversTypes['Dateline']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ArticleEntity']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  quoteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['Snippet']>, ParentType, ContextType>;
};

export type ArticleEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEntity'] = ResolversParentTypes['ArticleEntity']> = {
  descriptors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['Explanation']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dateline'] = ResolversParentTypes['Dateline']> = {
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  descriptors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['EntityNetwork'], ParentType, ContextType, RequireFields<EntityNetworkArgs, 'first'>>;
  quoteTimeline?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<EntityQuotesArgs, 'first'>>;
  related?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType, RequireFields<EntityRelatedArgs, 'first'>>;
  timeline?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EntityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCount'] = ResolversParentTypes['EntityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityNetwork'] = ResolversParentTypes['EntityNetwork']> = {
  links?: Resolver<Array<ResolversTypes['NetworkLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
};

export type ExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = {
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facets'] = ResolversParentTypes['Facets']> = {
  agencies?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figureKinds?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  misc?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  context?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['Explanation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FigureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureConnection'] = ResolversParentTypes['FigureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FigureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureEdge'] = ResolversParentTypes['FigureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'text'>>;
};

export type NetworkLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkLink'] = ResolversParentTypes['NetworkLink']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  compare?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryCompareArgs, 'ids'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  facets?: Resolver<ResolversTypes['Facets'], ParentType, ContextType, Partial<QueryFacetsArgs>>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'first'>>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryQuotesArgs, 'first'>>;
  searchSuggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QuerySearchSuggestionsArgs, 'search'>>;
  speakers?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType, RequireFields<QuerySpeakersArgs, 'first'>>;
};

export type QuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['Explanation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  speakerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type SnippetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Snippet'] = ResolversParentTypes['Snippet']> = {
  marks?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValueCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueCount'] = ResolversParentTypes['ValueCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleEntity?: ArticleEntityResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Dateline?: DatelineResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityNetwork?: EntityNetworkResolvers<ContextType>;
  Explanation?: ExplanationResolvers<ContextType>;
  Facets?: FacetsResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureConnection?: FigureConnectionResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkLink?: NetworkLinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  Snippet?: SnippetResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  ValueCount?: ValueCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  limit?: LimitDirectiveResolver<any, any, ContextType>;
};
