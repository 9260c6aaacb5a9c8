import { createRequire } from 'node:module';
import type { TaggerModel } from './perceptron.js';
import { fromModelFile, type ModelFile } from './serialize.js';

// The trained weights ship with the package (models/ner-es.json, provenance in models/README.md).
// They are loaded like a module, once, on first use: the extractors themselves do no I/O.
let cached: TaggerModel | undefined;

export function nerModel(): TaggerModel {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = fromModelFile(require('../../models/ner-es.json') as ModelFile);
  }
  return cached;
}
