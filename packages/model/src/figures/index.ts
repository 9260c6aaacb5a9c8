import type { ArticleDocument } from '../article/document.js';
import type { Figure } from '../types.js';
import { extractDrafts } from './extract.js';

/**
 * Every number that states a quantity, with its normalized value: money in ISO 4217 currencies,
 * percentages, counts, physical quantities, ages, years, durations and dates. Spans are offsets
 * into `doc.body`, `text === body.slice(start, end)`, in reading order and never overlapping.
 * A DATE figure's `value` is the day as the number `yyyymmdd` and its `date` the ISO day.
 */
export function extractFigures(doc: ArticleDocument): Figure[] {
  const { tokens, body } = doc;
  return extractDrafts(doc).map((draft) => {
    const start = (tokens[draft.first] as { start: number }).start;
    const end = (tokens[draft.end - 1] as { end: number }).end;
    const { first: _first, end: _end, ...rest } = draft;
    return { id: `figure:${start}`, start, end, text: body.slice(start, end), ...rest };
  });
}
