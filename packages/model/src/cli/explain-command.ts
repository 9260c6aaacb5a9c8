import { parseArticle } from '../parse.js';
import { explainLines } from './explain-lines.js';
import { collectFiles, readText } from './files.js';
import { describe } from './parse-command.js';

export const EXPLAIN_USAGE = 'teletipo explain <file|dir>...';

/**
 * Parses every file named (directories: each `*.txt` below, sorted) and prints, under a `# path`
 * line per file, every quote, entity and figure with the rule that decided it. A file that fails
 * is reported on stderr as `path: message`; the others are still printed.
 */
export async function runExplain(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream) {
  if (args.length === 0 || args.some((a) => a.startsWith('-'))) {
    err.write(`usage: ${EXPLAIN_USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const path of args) {
    let files: string[];
    try {
      files = await collectFiles([path]);
    } catch (error) {
      err.write(`${path}: ${describe(error)}\n`);
      failed = true;
      continue;
    }
    for (const file of files) {
      try {
        const { text } = await readText(file);
        const lines = explainLines(parseArticle(text, { source: file }));
        out.write(`# ${file}\n${lines.map((l) => `${l}\n`).join('')}`);
      } catch (error) {
        err.write(`${file}: ${describe(error)}\n`);
        failed = true;
      }
    }
  }
  return failed ? 1 : 0;
}
