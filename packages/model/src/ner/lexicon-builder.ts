import type { TaggedSentence } from './conll.js';
import type { Lexicon } from './features.js';

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Word lists learned from the training data, baked into the model file: words that occur in lower case
 * (so a capitalised one opening a sentence is probably not a name) and the type of name each
 * capitalised word usually belongs to.
 */
export function buildLexicon(sentences: readonly TaggedSentence[], minCount = 2): Lexicon {
  const lowerCounts = new Map<string, number>();
  const nameCounts = new Map<string, Map<string, number>>();
  for (const { words, labels } of sentences) {
    words.forEach((word, i) => {
      if (/\p{Ll}/u.test(word) && word === word.toLowerCase()) {
        const f = fold(word);
        lowerCounts.set(f, (lowerCounts.get(f) ?? 0) + 1);
      }
      const label = labels[i]!;
      if (label !== 'O' && /^\p{Lu}/u.test(word)) {
        const f = fold(word);
        const byTag = nameCounts.get(f) ?? new Map<string, number>();
        byTag.set(label.slice(2), (byTag.get(label.slice(2)) ?? 0) + 1);
        nameCounts.set(f, byTag);
      }
    });
  }
  const common = new Set([...lowerCounts].filter(([, n]) => n >= minCount).map(([w]) => w));
  const names = new Map<string, string>();
  for (const [word, byTag] of nameCounts) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= minCount && count / total >= 0.6 && !common.has(word)) names.set(word, tag);
  }
  return { common, names };
}
