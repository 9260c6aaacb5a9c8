/** Why an article could not be parsed. Codes are stable; messages are for people. */
export type ArticleParseErrorCode =
  | 'NOT_TEXT'
  | 'EMPTY'
  | 'BINARY'
  | 'MISSING_HEADER'
  | 'MALFORMED_HEADER'
  | 'INVALID_DATE'
  | 'MISSING_TITLE'
  | 'NO_BODY'
  | 'TOO_LARGE';

export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
  readonly code: ArticleParseErrorCode;
  /** 1-based line of the input where the problem is, when there is one. */
  readonly line: number | undefined;

  constructor(code: ArticleParseErrorCode, message: string, line?: number) {
    super(message);
    this.code = code;
    this.line = line;
  }
}

export function isArticleParseError(error: unknown): error is ArticleParseError {
  return error instanceof ArticleParseError;
}
