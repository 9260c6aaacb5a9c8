/** The input formats Teletipo reads. */
export type DocumentFormat = 'plain' | 'ninjs' | 'newsml-g2';

/** File names read from folders (seeds, bulk ingest, `teletipo parse DIR`); the content decides the format. */
export const ARTICLE_FILE_EXTENSIONS = ['.txt', '.json', '.xml'] as const;

export const isArticleFileName = (name: string) =>
  ARTICLE_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * The format of a document, by its content, not its file name: the first character that is not
 * white space (or a byte-order mark) is `{` for ninjs, `<` for NewsML-G2; anything else is the plain
 * seed format, whose header line starts with ` date`.
 */
export function detectFormat(text: string): DocumentFormat {
  const first = /[^\s\uFEFF]/.exec(text.slice(0, 4096))?.[0];
  if (first === '{') return 'ninjs';
  if (first === '<') return 'newsml-g2';
  return 'plain';
}
