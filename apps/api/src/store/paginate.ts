import { type RawBuilder, sql } from 'kysely';
import { badInput } from '../errors.js';
import type { Store } from './connect.js';

export const MAX_PAGE_SIZE = 100;

/**
 * Counts stop here: counting every match of a broad filter costs a scan that grows with the archive
 * (seconds at a million articles), and past ten thousand a reader needs no exact figure. Above it a
 * count says 10,000 and that it is a lower bound (`totalCountIsExact: false`).
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** A count of matches, exact up to EXACT_COUNT_LIMIT. */
export interface Count {
  value: number;
  exact: boolean;
}

/** Reads `n`, counted with a LIMIT of EXACT_COUNT_LIMIT + 1, as a Count. */
export const boundedCount = (n: number): Count =>
  n > EXACT_COUNT_LIMIT ? { value: EXACT_COUNT_LIMIT, exact: false } : { value: n, exact: true };

/** One column of a keyset ordering, with the SQL type its cursor value is cast back to. */
export interface OrderKey {
  expr: RawBuilder<unknown>;
  type: 'text' | 'date' | 'int' | 'float8';
}

export interface PageSpec {
  /** Select list and FROM/WHERE clauses; `where` entries are ANDed. */
  select: RawBuilder<unknown>;
  from: RawBuilder<unknown>;
  /** FROM for `totalCount`, when `from` joins tables only to fetch columns (default: `from`). */
  countFrom?: RawBuilder<unknown>;
  where: RawBuilder<unknown>[];
  /** The ordering; the last key must make it total (an id). All keys run in one direction. */
  order: OrderKey[];
  direction: 'asc' | 'desc';
  first: number | null | undefined;
  after: string | null | undefined;
  /** Largest `first` allowed (default MAX_PAGE_SIZE); exports read larger pages. */
  maxFirst?: number;
}

export interface Page<Row> {
  rows: Row[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<Count>;
}

// Cursors are opaque to clients: base64url JSON of the ordering values of the last row seen.
// Keyset pagination (`after` this row) keeps pages stable while articles are being added.
const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

// Each value must cast to its column's type, or PostgreSQL fails the query (an internal error, not the
// client's): ints within int4, real calendar days, text without NUL.
const INT4 = 2 ** 31 - 1;
function fits(value: unknown, type: OrderKey['type']): boolean {
  switch (type) {
    case 'int':
      return Number.isSafeInteger(value) && Math.abs(value as number) <= INT4;
    case 'float8':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && isCalendarDay(value);
    case 'text':
      return typeof value === 'string' && value.length < 1000 && !value.includes('\u0000');
  }
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function decodeCursor(cursor: string, keys: OrderKey[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`"after" is not a cursor this API issued: ${cursor.slice(0, 40)}`, 'after');
  }
  const ok =
    Array.isArray(values) && values.length === keys.length && values.every((v, i) => fits(v, keys[i]!.type));
  if (!ok)
    throw badInput('"after" is not a cursor this API issued (or it belongs to another ordering)', 'after');
  return values as unknown[];
}

export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(`"first" must be between 0 and ${max}, got ${size}`, 'first');
  }
  return size;
}

export const and = (conditions: RawBuilder<unknown>[]) =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);

/**
 * Runs one page of a keyset-paginated query; `totalCount` is only computed when asked for, and taken
 * from the store's aggregate cache when the same count was just computed.
 */
export async function paginate<Row>(store: Store, spec: PageSpec): Promise<Page<Row>> {
  const { db } = store;
  const size = pageSize(spec.first, 20, spec.maxFirst);
  const where = [...spec.where];
  if (spec.after) {
    const values = decodeCursor(spec.after, spec.order);
    const left = sql.join(spec.order.map((k) => k.expr));
    const right = sql.join(values.map((v, i) => sql`cast(${v} as ${sql.raw(spec.order[i]!.type)})`));
    where.push(spec.direction === 'desc' ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
  }
  const dir = sql.raw(spec.direction);
  const keyColumns = sql.join(spec.order.map((k, i) => sql`${k.expr} as ${sql.id(`_k${i}`)}`));
  const orderBy = sql.join(spec.order.map((k) => sql`${k.expr} ${dir}`));
  const { rows } = await sql<Row & Record<string, unknown>>`
    select ${spec.select}, ${keyColumns} from ${spec.from} where ${and(where)}
    order by ${orderBy} limit ${size + 1}`.execute(db);
  const hasNextPage = rows.length > size;
  const kept = rows.slice(0, size);
  let total: Promise<Count> | undefined;
  return {
    rows: kept,
    cursors: kept.map((row) => encodeCursor(spec.order.map((_, i) => row[`_k${i}`]))),
    hasNextPage,
    hasPreviousPage: Boolean(spec.after),
    totalCount: () => {
      if (total) return total;
      // The LIMIT inside stops the scan at the first EXACT_COUNT_LIMIT + 1 matches.
      const count = sql<{ n: number }>`
        select count(*)::int as n from (
          select 1 from ${spec.countFrom ?? spec.from} where ${and(spec.where)} limit ${EXACT_COUNT_LIMIT + 1}) c`;
      const { sql: text, parameters } = count.compile(db);
      total = store.cache.get(`count:${text}:${JSON.stringify(parameters)}`, () =>
        count.execute(db).then((r) => boundedCount(Number(r.rows[0]?.n ?? 0))),
      );
      return total;
    },
  };
}

/** A Relay connection object for a page of nodes. */
export function connection<Row, Node = Row>(
  page: Page<Row>,
  toNode: (row: Row) => Node = (r) => r as unknown as Node,
) {
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    edges: page.rows.map((row, i) => ({ cursor: page.cursors[i]!, node: toNode(row) })),
  };
}
