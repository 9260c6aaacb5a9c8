// @teletipo/model: turns one Spanish news article into quotes, entities and figures.
export { parseArticle, MAX_ARTICLE_LENGTH } from './parse.js';
export { ArticleParseError, isArticleParseError, type ArticleParseErrorCode } from './errors.js';
export type * from './types.js';
export {
  decodeText,
  TextDecodingError,
  type TextDecodingErrorCode,
  type TextEncodingName,
} from './decode-text.js';
export { explain, RULES, RULE_STAGES, type RuleId } from './explain/rules.js';
