// @teletipo/model: turns one Spanish news article into quotes, entities and figures.
export { parseArticle, MAX_ARTICLE_LENGTH } from './parse.js';
export { parseDocument } from './formats/parse-document.js';
export {
  detectFormat,
  isArticleFileName,
  ARTICLE_FILE_EXTENSIONS,
  type DocumentFormat,
} from './formats/detect.js';
export {
  ArticleParseError,
  isArticleParseError,
  type ArticleParseErrorCode,
  type ArticleParseErrorDetails,
} from './errors.js';
export type * from './types.js';
export {
  decodeText,
  TextDecodingError,
  type TextDecodingErrorCode,
  type TextEncodingName,
} from './decode-text.js';
export { explain, RULES, RULE_STAGES, type RuleId } from './explain/rules.js';
