import { readFile } from 'node:fs/promises';
import { evaluate, readConll } from '../ner/conll.js';
import { tagWords } from '../ner/index.js';

export const EVAL_NER_USAGE = 'teletipo eval-ner <conll-file>...   precision, recall and F1 of the tagger';

/** Tags each CoNLL file with the shipped model and prints conlleval-style scores per type and overall. */
export async function runEvalNer(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  if (args.length === 0) {
    err.write(`usage: ${EVAL_NER_USAGE}\n`);
    return 2;
  }
  for (const path of args) {
    const sentences = readConll(await readFile(path, 'utf8'));
    const started = process.hrtime.bigint();
    const predicted = sentences.map((s) => tagWords(s.words));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
    const scores = evaluate(
      sentences.map((s) => s.labels),
      predicted,
    );
    out.write(
      `${path}: ${sentences.length} sentences, ${tokens} tokens, ${Math.round(tokens / seconds)} tokens/s\n`,
    );
    out.write('type       precision  recall     F1        gold  predicted\n');
    for (const [tag, s] of Object.entries(scores)) {
      out.write(
        `${tag.padEnd(10)} ${s.precision.toFixed(4).padEnd(10)} ${s.recall.toFixed(4).padEnd(10)} ` +
          `${s.f1.toFixed(4).padEnd(9)} ${String(s.gold).padEnd(5)} ${s.predicted}\n`,
      );
    }
  }
  return 0;
}
