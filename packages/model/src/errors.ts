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
  | 'TOO_LARGE'
  // Agency documents (ninjs, NewsML-G2): see formats/.
  | 'MALFORMED_JSON'
  | 'MALFORMED_XML'
  | 'SCHEMA_VIOLATION'
  | 'MISSING_FIELD'
  | 'UNSUPPORTED_DOCUMENT';

export interface ArticleParseErrorDetails {
  /** 1-based column of the input where the problem is, when there is one. */
  column?: number;
  /** The document field at fault: a JSON pointer (`/headlines/0/value`) or an XML path (`contentMeta/headline`). */
  field?: string;
}

export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
  readonly code: ArticleParseErrorCode;
  /** 1-based line of the input where the problem is, when there is one. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;

  constructor(
    code: ArticleParseErrorCode,
    message: string,
    line?: number,
    details: ArticleParseErrorDetails = {},
  ) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = details.column;
    this.field = details.field;
  }
}

export function isArticleParseError(error: unknown): error is ArticleParseError {
  return error instanceof ArticleParseError;
}
