import { readFile, stat } from 'node:fs/promises';
import { decodeText, MAX_ARTICLE_LENGTH, type TextEncodingName } from '@teletipo/model';

/** Bytes above which a file cannot hold an article of the longest length (4 bytes per character). */
const MAX_FILE_BYTES = MAX_ARTICLE_LENGTH * 4;

/**
 * Reads an article file the way the CLI does (the model's `decodeText`): UTF-8, or windows-1252 when
 * the file plainly is that; anything else fails with the offset of the first bad byte. A file too
 * large to be an article is refused before it is read.
 */
export async function readArticleFile(path: string): Promise<{ text: string; encoding: TextEncodingName }> {
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) {
    throw new Error(
      `the file has ${size} bytes, more than an article of ${MAX_ARTICLE_LENGTH} characters can`,
    );
  }
  return decodeText(await readFile(path));
}
