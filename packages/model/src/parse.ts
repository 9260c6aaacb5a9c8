import { analyze } from './article/document.js';
import { parseDateline } from './article/dateline.js';
import { parseHeader } from './article/header.js';
import { looksBinary, normalizeText } from './article/normalize.js';
import { buildBody } from './article/paragraphs.js';
import { countWords } from './article/tokens.js';
import { extractEntities } from './entities/index.js';
import { ArticleParseError } from './errors.js';
import { extractFigures } from './figures/index.js';
import { hash64 } from './hash.js';
import { extractQuotes } from './quotes/index.js';
import type { Article, ParseOptions } from './types.js';

/**
 * Longest text accepted, in UTF-16 code units. Wire stories run to a few thousand (the corpus's
 * longest is under 25,000); the parser is linear in the text (limits.ts), and at this length even a
 * hostile article parses in about a second here, so a server never stalls on one. Longer text is
 * refused at once with `TOO_LARGE`.
 */
export const MAX_ARTICLE_LENGTH = 100_000;

/**
 * Parses one article in the seed format: a header line ` date YYYY-MM-DD Title`, a blank line,
 * then paragraphs separated by blank lines. Throws `ArticleParseError` on input it cannot read.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (typeof text !== 'string') throw new ArticleParseError('NOT_TEXT', 'the article must be a string');
  if (text.length > MAX_ARTICLE_LENGTH) {
    throw new ArticleParseError(
      'TOO_LARGE',
      `the article has ${text.length} characters; the limit is ${MAX_ARTICLE_LENGTH}`,
    );
  }
  if (looksBinary(text)) {
    throw new ArticleParseError('BINARY', 'the file holds binary data (NUL or control bytes), not text');
  }
  const normalized = normalizeText(text);
  if (normalized.trim() === '') throw new ArticleParseError('EMPTY', 'the article is empty');

  // The header is the first non-blank line; blank lines before it are forgiven.
  const lead = /^\n*/.exec(normalized)?.[0].length ?? 0;
  const lineEnd = normalized.indexOf('\n', lead);
  const headerLine = normalized.slice(lead, lineEnd < 0 ? undefined : lineEnd);
  const { date, title } = parseHeader(headerLine);

  const { body, paragraphs } = buildBody(lineEnd < 0 ? '' : normalized.slice(lineEnd + 1));
  if (paragraphs.length === 0) {
    throw new ArticleParseError('NO_BODY', 'the article has a header line but no body text after it', 2);
  }

  const first = paragraphs.find((p) => !/^[■•▪*-]/.test(body.slice(p.start, p.start + 1)));
  const dateline = first ? parseDateline(body.slice(first.start, first.end), first.start) : undefined;
  const doc = analyze(date, title, body, paragraphs, dateline);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  const figures = extractFigures(doc);

  return {
    id: hash64(`${date}\n${title}\n${body}`),
    ...(options.source !== undefined && { source: options.source }),
    date,
    title,
    ...(dateline && { dateline }),
    body,
    paragraphs,
    wordCount: countWords(body),
    quotes,
    entities,
    figures,
  };
}
