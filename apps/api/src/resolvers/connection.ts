// Connections compute `totalCount` only when a query asks for it (it is a separate COUNT query).
const totalCount = { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() };

export const ArticleConnection = totalCount;
export const EntityConnection = totalCount;
export const QuoteConnection = totalCount;
export const FigureConnection = totalCount;
