#!/usr/bin/env node
import { EVAL_NER_USAGE, runEvalNer } from './eval-ner-command.js';
import { EXPLAIN_USAGE, runExplain } from './explain-command.js';
import { PARSE_USAGE, runParse } from './parse-command.js';

const USAGE = `usage:
  ${PARSE_USAGE}
  ${EVAL_NER_USAGE}
  ${EXPLAIN_USAGE}
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  parse: (args) => runParse(args, process.stdout, process.stderr),
  'eval-ner': (args) => runEvalNer(args, process.stdout, process.stderr),
  explain: (args) => runExplain(args, process.stdout, process.stderr),
};

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(name && name !== '--help' ? `teletipo: unknown command "${name}"\n${USAGE}` : USAGE);
  process.exitCode = name === '--help' ? 0 : 2;
} else {
  command(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`teletipo ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
