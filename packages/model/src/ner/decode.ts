import {
  BOUNDARY,
  combinedFeatures,
  fold,
  labelFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  sentenceForms,
  shape,
  wordFeatures,
} from './features.js';
import { allowed, LABELS } from './labels.js';
import { addScores, type TaggerModel } from './perceptron.js';

const L = LABELS.length;
/** Label history as indexes: 0 is the sentence start (`<s>`), k + 1 is LABELS[k]. */
const HISTORY = ['<s>', ...LABELS] as const;

// Most of a feature vector depends on one word form at a time: the word itself, a neighbour at a
// given offset, the previous label with the word or its shape. Those partial scores are cached per
// model and word form, so decoding a token builds and looks up only the features that combine
// several words. The sums are the same as scoring every feature string.

interface WordScores {
  lower: string;
  shape: string;
  folded: string;
  own: Float64Array;
  /** Scores of this word's features as the neighbour at NEIGHBOUR_OFFSETS[k] of another word. */
  asNeighbour: (Float64Array | undefined)[];
  /** Scores of `t-1w` with this word after each history label. */
  afterLabel: (Float64Array | undefined)[];
}

class ScoreCache {
  private readonly words = new Map<string, WordScores>();
  private readonly shapeAfterLabel = new Map<string, (Float64Array | undefined)[]>();
  private readonly labelPairs: Float64Array[];
  readonly before: WordScores;
  readonly after: WordScores;

  constructor(private readonly model: TaggerModel) {
    const edge = (form: string): WordScores => ({
      lower: form,
      shape: form,
      folded: form,
      own: new Float64Array(L),
      asNeighbour: [],
      afterLabel: [],
    });
    this.before = edge(BOUNDARY.before);
    this.after = edge(BOUNDARY.after);
    // `t-1` and `t-2t-1` depend on the two previous labels only: 10 × 10 sums, computed once.
    this.labelPairs = [];
    for (const prev2 of HISTORY)
      for (const prev of HISTORY)
        this.labelPairs.push(this.score(labelFeatures('', '', prev, prev2).slice(0, 2)));
  }

  private score(features: readonly string[]): Float64Array {
    const scores = new Float64Array(L);
    addScores(this.model.weights, features, scores);
    return scores;
  }

  word(form: string): WordScores {
    let entry = this.words.get(form);
    if (!entry) {
      // Bounded, so a stream of novel words cannot grow it without limit.
      if (this.words.size > 200_000) this.words.clear();
      entry = {
        lower: form.toLowerCase(),
        shape: shape(form),
        folded: fold(form),
        own: this.score(wordFeatures(form)),
        asNeighbour: [],
        afterLabel: [],
      };
      this.words.set(form, entry);
    }
    return entry;
  }

  neighbour(entry: WordScores, k: number): Float64Array {
    return (entry.asNeighbour[k] ??= this.score(
      neighbourFeatures(NEIGHBOUR_OFFSETS[k]!, entry.lower, entry.shape),
    ));
  }

  /** `t-1`, `t-2t-1`, `t-1w`, `t-1s` for a word after the history labels `prev2`, `prev`. */
  history(form: string, entry: WordScores, prev2: number, prev: number): Float64Array[] {
    // labelFeatures gives [t-1, t-2t-1, t-1w, t-1s]; strings are built only on a cache miss.
    const features = () => labelFeatures(form, entry.shape, HISTORY[prev]!, HISTORY[prev2]!);
    let byShape = this.shapeAfterLabel.get(entry.shape);
    if (!byShape) this.shapeAfterLabel.set(entry.shape, (byShape = []));
    return [
      this.labelPairs[prev2 * HISTORY.length + prev]!,
      (entry.afterLabel[prev] ??= this.score([features()[2]!])),
      (byShape[prev] ??= this.score([features()[3]!])),
    ];
  }
}

const caches = new WeakMap<TaggerModel, ScoreCache>();

/**
 * Greedy left-to-right decoding: each word takes the best label allowed after the previous one, with
 * the labels already chosen as features (a structured perceptron's usual trade: fast, nearly as good
 * as Viterbi for BIO tagging).
 */
export function decode(model: TaggerModel, words: readonly string[]): string[] {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new ScoreCache(model)));
  const n = words.length;
  const entries = words.map((w) => cache.word(w));
  const forms = sentenceForms(
    words,
    entries.map((e) => e.lower),
    entries.map((e) => e.shape),
    entries.map((e) => e.folded),
  );
  const labels: string[] = [];
  const history: number[] = [];
  const scores = new Float64Array(L);
  const add = (part: Float64Array) => {
    for (let k = 0; k < L; k++) scores[k]! += part[k]!;
  };
  for (let i = 0; i < n; i++) {
    scores.set(entries[i]!.own);
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      add(cache.neighbour(j < 0 ? cache.before : j >= n ? cache.after : entries[j]!, k));
    });
    addScores(model.weights, combinedFeatures(forms, i, model.lexicon), scores);
    const prev = history[i - 1] ?? 0;
    const prev2 = history[i - 2] ?? 0;
    for (const part of cache.history(words[i]!, entries[i]!, prev2, prev)) add(part);
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < L; k++) {
      if (scores[k]! > bestScore && allowed(HISTORY[prev]!, LABELS[k]!)) {
        best = k;
        bestScore = scores[k]!;
      }
    }
    labels.push(LABELS[best]!);
    history.push(best + 1);
  }
  return labels;
}
