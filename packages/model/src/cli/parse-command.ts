import { parseArgs } from 'node:util';
import { parseDocument } from '../formats/parse-document.js';
import type { Article } from '../types.js';
import { collectFiles, readText } from './files.js';

export const PARSE_USAGE = 'teletipo parse [--format json|jsonl] <file|dir>...';

/**
 * Parses every file named (directories: each `*.txt`, `*.json` and `*.xml` below, sorted), in the
 * plain format, ninjs or NewsML-G2 as its content says, and prints the articles:
 * `jsonl` one per line, `json` an indented array (a single file: the article itself).
 * A file that fails is reported on stderr as `path: message`; the others are still printed.
 */
export async function runParse(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'json' } },
  });
  const format = values.format;
  if (format !== 'json' && format !== 'jsonl') {
    err.write(`teletipo parse: unknown format "${format}" (use json or jsonl)\n`);
    return 2;
  }
  if (positionals.length === 0) {
    err.write(`usage: ${PARSE_USAGE}\n`);
    return 2;
  }

  let failed = false;
  const files: string[] = [];
  for (const path of positionals) {
    try {
      files.push(...(await collectFiles([path])));
    } catch (error) {
      err.write(`${path}: ${describe(error)}\n`);
      failed = true;
    }
  }
  const articles: Article[] = [];
  for (const file of files) {
    try {
      const { text, encoding } = await readText(file);
      if (encoding !== 'utf-8') err.write(`${file}: decoded as ${encoding}\n`);
      const article = parseDocument(text, { source: file });
      if (format === 'jsonl') out.write(`${JSON.stringify(article)}\n`);
      else articles.push(article);
    } catch (error) {
      err.write(`${file}: ${describe(error)}\n`);
      failed = true;
    }
  }
  if (format === 'json') {
    const single = positionals.length === 1 && files.length === 1 && files[0] === positionals[0];
    out.write(`${JSON.stringify(single ? (articles[0] ?? null) : articles, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}
