import { LABELS } from './labels.js';
import { labelFeatures, type Lexicon, shape, staticFeatures } from './features.js';

const L = LABELS.length;

/** The tagger's learned state: one weight per label for each feature string. */
export interface TaggerModel {
  weights: Map<string, Float32Array>;
  lexicon: Lexicon;
}

export function addScores(
  weights: Map<string, Float32Array>,
  features: readonly string[],
  scores: Float64Array,
): void {
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let k = 0; k < L; k++) scores[k]! += w[k]!;
  }
}

/**
 * Averaged perceptron training over tagged sentences (words with gold labels). `lexicon` goes into the
 * model; `trainingLexicon(i)` gives the word lists to use while learning from sentence i — lists built
 * without that sentence, so the tagger does not learn to trust them more than they deserve on new text.
 */
export function train(
  sentences: readonly { words: string[]; labels: string[] }[],
  lexicon: Lexicon,
  epochs: number,
  onEpoch?: (epoch: number, model: TaggerModel) => void,
  trainingLexicon: (index: number) => Lexicon = () => lexicon,
): TaggerModel {
  const weights = new Map<string, Float32Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (feature: string, label: number, delta: number) => {
    let w = weights.get(feature);
    if (!w) {
      w = new Float32Array(L);
      weights.set(feature, w);
      totals.set(feature, new Float64Array(L));
      stamps.set(feature, new Float64Array(L));
    }
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    total[label]! += (step - stamp[label]!) * w[label]!;
    stamp[label] = step;
    w[label]! += delta;
  };
  const averaged = (): TaggerModel => {
    const avg = new Map<string, Float32Array>();
    for (const [feature, w] of weights) {
      const total = totals.get(feature)!;
      const stamp = stamps.get(feature)!;
      const a = new Float32Array(L);
      let any = false;
      for (let k = 0; k < L; k++) {
        a[k] = (total[k]! + (step - stamp[k]!) * w[k]!) / Math.max(1, step);
        if (Math.abs(a[k]!) > 1e-3) any = true;
      }
      if (any) avg.set(feature, a);
    }
    return { weights: avg, lexicon };
  };

  const order = sentences.map((_, i) => i);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scores = new Float64Array(L);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { words, labels: gold } = sentences[index]!;
      const feats = staticFeatures(words, trainingLexicon(index));
      const guess: string[] = [];
      for (let i = 0; i < words.length; i++) {
        step++;
        // Learn from gold history (the labels the reference would have chosen so far).
        const prev = gold[i - 1] ?? '<s>';
        const prev2 = gold[i - 2] ?? '<s>';
        const all = [...feats[i]!, ...labelFeatures(words[i]!, shape(words[i]!), prev, prev2)];
        scores.fill(0);
        addScores(weights, all, scores);
        let best = 0;
        for (let k = 1; k < L; k++) if (scores[k]! > scores[best]!) best = k;
        const truth = LABELS.indexOf(gold[i] as (typeof LABELS)[number]);
        if (best !== truth) {
          for (const feature of all) {
            update(feature, truth, 1);
            update(feature, best, -1);
          }
        }
        guess.push(LABELS[best]!);
      }
    }
    onEpoch?.(epoch, averaged());
  }
  return averaged();
}
