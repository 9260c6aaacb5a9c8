import { ArticleParseError } from '../errors.js';

/** What a format reader takes from an agency document: the article and the metadata kept beside it. */
export interface WireDocument {
  title: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  paragraphs: string[];
  /** Where the story was filed from, from the metadata (`located`). */
  place?: string;
  /** The agency that supplied it, from the metadata (provider, info source, copyright holder). */
  agency?: string;
}

/**
 * The document in the seed format, which `parseArticle` reads: so every offset of the article is an
 * offset into this plain text, the text the API serves, whatever format it came in.
 */
export function toPlainText(doc: WireDocument): string {
  return ` date ${doc.date} ${doc.title}\n\n${doc.paragraphs.join('\n\n')}\n`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The calendar date of an ISO 8601 date-time as written (`2026-03-05T23:30:00-05:00` → `2026-03-05`):
 * the day where the story was filed, not the day in UTC.
 */
export function dateOf(value: string, field: string): string {
  const match = DATE_TIME.exec(value.trim());
  const [, y, m, d] = (match ?? []).map(Number);
  if (!match || !y || !m || !d || m > 12 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) {
    throw new ArticleParseError(
      'INVALID_DATE',
      `${field} "${value}" is not an ISO 8601 date-time`,
      undefined,
      {
        field,
      },
    );
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

export function missing(field: string, what: string): ArticleParseError {
  return new ArticleParseError('MISSING_FIELD', `${field} is missing: ${what}`, undefined, { field });
}
