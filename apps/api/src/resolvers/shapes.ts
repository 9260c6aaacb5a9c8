import type { connection } from '../store/paginate.js';
import type { ArticleRow, EntityRow, FigureRow, QuoteRow } from '../store/rows.js';

// What resolvers hand to GraphQL for the types that are not plain rows (codegen mappers point here).

type Connection<Row> = ReturnType<typeof connection<Row>>;

export type ArticleConnectionShape = Connection<ArticleRow>;
export type EntityConnectionShape = Connection<EntityRow>;
export type QuoteConnectionShape = Connection<QuoteRow>;
export type FigureConnectionShape = Connection<FigureRow>;

/** An entity id with a count; the entity itself is loaded when asked for. */
export interface EntityCountShape {
  entity_id: string;
  count: number;
}
