import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode } from './decode.js';
import { labelFeatures, shape, staticFeatures } from './features.js';
import { allowed, LABELS } from './labels.js';
import { nerModel } from './model.js';
import { addScores, type TaggerModel } from './perceptron.js';

// The reference: every feature string of every word scored afresh, as training sees them.
function decodeByFeatureStrings(model: TaggerModel, words: readonly string[]): string[] {
  const feats = staticFeatures(words, model.lexicon);
  const labels: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const prev = labels[i - 1] ?? '<s>';
    const prev2 = labels[i - 2] ?? '<s>';
    const scores = new Float64Array(LABELS.length);
    addScores(
      model.weights,
      [...feats[i]!, ...labelFeatures(words[i]!, shape(words[i]!), prev, prev2)],
      scores,
    );
    let best = 0;
    for (let k = 1; k < LABELS.length; k++)
      if (scores[k]! > scores[best]! + 1e-9 && allowed(prev, LABELS[k]!)) best = k;
    if (!allowed(prev, LABELS[best]!)) best = 0;
    labels.push(LABELS[best]!);
  }
  return labels;
}

const vocabulary = [
  'El',
  'presidente',
  'Marta',
  'Quiroga',
  'visitó',
  'Lima',
  'y',
  'la',
  'ONU',
  'EE.UU.',
  'de',
  'Banco',
  'Central',
  'del',
  'Perú',
  ',',
  '.',
  '«',
  '»',
  'dijo',
  'SEGÚN',
  'Kasim-Yomart',
  '1995',
  'Además',
];

describe('decoding with cached partial scores', () => {
  it('labels every sentence exactly as scoring each feature string would', () => {
    const model = nerModel();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ minLength: 1, maxLength: 8 })), {
          maxLength: 30,
        }),
        (words) => {
          expect(decode(model, words)).toEqual(decodeByFeatureStrings(model, words));
        },
      ),
      { numRuns: 300 },
    );
  });
});
