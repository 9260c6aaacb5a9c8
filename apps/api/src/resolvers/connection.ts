import type { Count } from '../store/paginate.js';

// Connections compute `totalCount` only when a query asks for it (it is a separate COUNT query, run once
// for both fields). It is exact up to EXACT_COUNT_LIMIT and a lower bound above.
type Counted = { totalCount: () => Promise<Count> };
const totalCount = {
  totalCount: (c: Counted) => c.totalCount().then((t) => t.value),
  totalCountIsExact: (c: Counted) => c.totalCount().then((t) => t.exact),
};

export const ArticleConnection = totalCount;
export const EntityConnection = totalCount;
export const QuoteConnection = totalCount;
export const FigureConnection = totalCount;
