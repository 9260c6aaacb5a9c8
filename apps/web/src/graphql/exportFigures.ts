import type { ApolloClient } from '@apollo/client';
import { toCsv } from '../csv';
import { FigureListDocument } from './generated/graphql';
import type { FigureFilter, FigureListQuery, FigureOrder, FigureRowFragment } from './generated/graphql';

const PAGE = 100;

/**
 * Every figure matching the filter, page by page (the API caps a page at 100), straight from the
 * network so the export is complete even when the table has only shown the first page.
 */
export async function fetchAllFigures(
  client: ApolloClient,
  variables: { filter: FigureFilter; orderBy: FigureOrder },
  onProgress?: (loaded: number, total: number) => void,
): Promise<FigureRowFragment[]> {
  const rows: FigureRowFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const result: ApolloClient.QueryResult<FigureListQuery> = await client.query({
      query: FigureListDocument,
      variables: { ...variables, first: PAGE, after },
      fetchPolicy: 'network-only',
    });
    const { data } = result;
    if (!data) throw new Error('La API no devolvió datos');
    rows.push(...data.figures.edges.map((e) => e.node));
    onProgress?.(rows.length, data.figures.totalCount);
    const { hasNextPage, endCursor } = data.figures.pageInfo;
    if (!hasNextPage || !endCursor) return rows;
    after = endCursor;
  }
}

export function figuresCsv(figures: FigureRowFragment[]): string {
  return toCsv(
    [
      'value',
      'unit',
      'kind',
      'approximate',
      'qualifier',
      'text',
      'subject',
      'sentence',
      'article_id',
      'article_title',
      'date',
    ],
    figures.map((f) => [
      f.value,
      f.unit,
      f.kind,
      f.approximate,
      f.qualifier,
      f.text,
      f.subject,
      f.context,
      f.article.id,
      f.article.title,
      f.article.date,
    ]),
  );
}
