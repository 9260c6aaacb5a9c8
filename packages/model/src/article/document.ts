import type { Dateline, Span } from '../types.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/**
 * One article's text, analysed once and shared by every extractor (entities, quotes, figures):
 * the extractors read it and never re-tokenize.
 */
export interface ArticleDocument {
  /** ISO date of the article, the anchor for relative dates. */
  date: string;
  title: string;
  body: string;
  paragraphs: Span[];
  dateline: Dateline | undefined;
  tokens: Token[];
  sentences: Sentence[];
}

export function analyze(
  date: string,
  title: string,
  body: string,
  paragraphs: Span[],
  dateline?: Dateline,
): ArticleDocument {
  const tokens = tokenize(body);
  const sentences = splitSentences(tokens, paragraphs, body);
  return { date, title, body, paragraphs, dateline, tokens, sentences };
}
