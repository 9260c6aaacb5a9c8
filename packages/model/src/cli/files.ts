import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText, type TextEncodingName } from '../decode-text.js';
import { isArticleFileName } from '../formats/detect.js';

/**
 * Expands each argument: a file stays itself, a directory gives every `*.txt`, `*.json` and `*.xml`
 * below it, sorted.
 */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) files.push(...(await textFilesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isArticleFileName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads an article file as UTF-8, or windows-1252 when it is plainly that (see `decodeText`), failing
 * with the offset of the first bad byte when it is neither.
 */
export async function readText(path: string): Promise<{ text: string; encoding: TextEncodingName }> {
  return decodeText(await readFile(path));
}
