import { ArticleParseError } from '../errors.js';

export interface Header {
  date: string;
  title: string;
}

// ` date 2025-11-12 Title`: the leading space is the format's, but a missing one is forgiven.
const HEADER = /^\s*date\s+(\S+)(?:\s+(.*))?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseHeader(line: string): Header {
  const match = HEADER.exec(line);
  if (!match) {
    const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
    throw new ArticleParseError(
      'MISSING_HEADER',
      `the first line must be " date YYYY-MM-DD Title", found "${shown}"`,
      1,
    );
  }
  const rawDate = match[1] ?? '';
  const title = (match[2] ?? '').trim().replace(/\s+/g, ' ');
  const date = ISO_DATE.exec(rawDate);
  if (!date) {
    throw new ArticleParseError(
      'MALFORMED_HEADER',
      `the header date "${rawDate}" is not in the form YYYY-MM-DD`,
      1,
    );
  }
  const [, y, m, d] = date.map(Number) as [number, number, number, number];
  if (!isRealDate(y, m, d)) {
    throw new ArticleParseError('INVALID_DATE', `the header date ${rawDate} does not exist`, 1);
  }
  if (!title) throw new ArticleParseError('MISSING_TITLE', 'the header line has a date but no title', 1);
  return { date: rawDate, title };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
