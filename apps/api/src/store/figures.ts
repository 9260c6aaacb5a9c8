import { type Kysely, type RawBuilder, sql } from 'kysely';
import { mentionsAll } from './article-filter.js';
import { paginate, type OrderKey } from './paginate.js';
import { textQuery } from './text-query.js';
import type { FigureRow } from './rows.js';
import type { Store } from './connect.js';
import type { Database } from './tables.js';

export interface FigureQuery {
  filter?: {
    kinds?: readonly string[] | null;
    units?: readonly string[] | null;
    min?: number | null;
    max?: number | null;
    approximate?: boolean | null;
    entityIds?: readonly string[] | null;
    search?: string | null;
    dateFrom?: string | null;
    dateTo?: string | null;
  } | null;
  orderBy?: { field: 'VALUE' | 'DATE'; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
  /** Largest `first` allowed (exports read larger pages than the API serves). */
  maxFirst?: number;
}

const COLUMNS = sql`f.id, f.article_id, f.position, f.start, f."end", f.text, f.kind, f.value, f.unit,
  f.approximate, f.qualifier, f.subject, f.figure_date, f.context, f.date, f.explanation_rule,
  f.explanation_summary`;

/** Only money figures are asked for, and not in exactly one currency. */
function moneyInSeveralCurrencies(f: FigureQuery['filter']): boolean {
  const kinds = new Set(f?.kinds ?? []);
  return kinds.size === 1 && kinds.has('MONEY') && new Set(f?.units?.map((u) => u.toUpperCase())).size !== 1;
}

/**
 * Figures by value or by date; `search` looks in the figure's sentence. Money alone, by value, is
 * grouped by currency (ISO code order, in the direction asked) and ranked within each.
 */
export function findFigures(store: Store, query: FigureQuery) {
  const where: RawBuilder<unknown>[] = [];
  const f = query.filter;
  if (f?.kinds?.length) where.push(sql`f.kind = any(${[...f.kinds]}::text[])`);
  if (f?.units?.length) where.push(sql`upper(f.unit) = any(${f.units.map((u) => u.toUpperCase())}::text[])`);
  if (f?.min != null) where.push(sql`f.value >= ${f.min}::float8`);
  if (f?.max != null) where.push(sql`f.value <= ${f.max}::float8`);
  if (f?.approximate != null) where.push(sql`f.approximate = ${f.approximate}`);
  const entityCondition = mentionsAll(sql`f.article_id`, f?.entityIds);
  if (entityCondition) where.push(entityCondition);
  if (f?.search?.trim()) {
    where.push(sql`to_tsvector('spanish', teletipo_fold(f.context || ' ' || coalesce(f.subject, '')))
      @@ ${textQuery(f.search)}`);
  }
  if (f?.dateFrom) where.push(sql`f.date >= ${f.dateFrom}::date`);
  if (f?.dateTo) where.push(sql`f.date <= ${f.dateTo}::date`);
  const byDate = query.orderBy?.field === 'DATE';
  const order: OrderKey[] = byDate
    ? [
        { expr: sql`f.date`, type: 'date' },
        { expr: sql`f.id`, type: 'text' },
      ]
    : [
        // Money in several currencies is ranked within each currency, never as one number.
        ...(moneyInSeveralCurrencies(f)
          ? [{ expr: sql`coalesce(upper(f.unit), '')`, type: 'text' } as const]
          : []),
        { expr: sql`f.value`, type: 'float8' },
        { expr: sql`f.id`, type: 'text' },
      ];
  const direction = query.orderBy?.direction ?? (byDate ? 'DESC' : 'DESC');
  return paginate<FigureRow>(store, {
    select: COLUMNS,
    from: sql`figures f`,
    where,
    order,
    direction: direction === 'ASC' ? 'asc' : 'desc',
    first: query.first,
    after: query.after,
    maxFirst: query.maxFirst,
  });
}

export async function figuresOfArticles(
  db: Kysely<Database>,
  articleIds: readonly string[],
): Promise<FigureRow[]> {
  const { rows } = await sql<FigureRow>`
    select ${COLUMNS} from figures f where f.article_id = any(${[...articleIds]}::text[])
    order by f.article_id, f.position`.execute(db);
  return rows;
}
