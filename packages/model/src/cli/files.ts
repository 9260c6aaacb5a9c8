import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Expands each argument: a file stays itself, a directory gives every `*.txt` below it, sorted. */
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
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8, failing with a readable message when it is not. */
export async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('the file is not valid UTF-8 text');
  }
}
