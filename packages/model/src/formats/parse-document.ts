import { decodeText } from '../decode-text.js';
import { ArticleParseError } from '../errors.js';
import { MAX_ARTICLE_LENGTH, parseArticle } from '../parse.js';
import type { Article, ParseOptions } from '../types.js';
import { detectFormat } from './detect.js';
import { readNewsmlG2 } from './newsml-g2.js';
import { readNinjs } from './ninjs.js';
import { toPlainText, type WireDocument } from './wire-document.js';

/**
 * Parses one article in any format Teletipo reads (see `detectFormat`): the plain seed format, IPTC
 * ninjs 2.x or IPTC NewsML-G2. Bytes are decoded as files are (`decodeText`). An agency document is
 * turned into the seed format's text first, so the article's body and every offset in it are the
 * same as for the same story sent as plain text. Throws `ArticleParseError` naming the field at fault.
 */
export function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): Article {
  const text = typeof input === 'string' ? input : decodeText(input).text;
  if (typeof text !== 'string') throw new ArticleParseError('NOT_TEXT', 'the article must be a string');
  const format = detectFormat(text);
  if (format === 'plain') return parseArticle(text, options);
  if (text.length > MAX_ARTICLE_LENGTH) {
    throw new ArticleParseError(
      'TOO_LARGE',
      `the document has ${text.length} characters; the limit is ${MAX_ARTICLE_LENGTH}`,
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  const doc = format === 'ninjs' ? readNinjs(body) : readNewsmlG2(body);
  return withMetadataDateline(parseArticle(toPlainText(doc), options), doc);
}

/**
 * When the story's first paragraph has no dateline of its own, the metadata's place (and agency)
 * stand in for it. Its span is empty (start = end = 0): the dateline is not in the text, and the
 * text is not rewritten to hold one.
 */
function withMetadataDateline(article: Article, doc: WireDocument): Article {
  if (article.dateline || !doc.place) return article;
  return {
    ...article,
    dateline: { place: doc.place, ...(doc.agency && { agency: doc.agency }), start: 0, end: 0 },
  };
}
