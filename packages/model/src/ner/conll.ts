import { bioSpans } from './labels.js';

export interface TaggedSentence {
  words: string[];
  labels: string[];
}

/** Reads CoNLL-2002 text: one `word label` per line (the label last), a blank line between sentences. */
export function readConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { words: [], labels: [] };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('-DOCSTART-')) {
      if (current.words.length) sentences.push(current);
      current = { words: [], labels: [] };
      continue;
    }
    const parts = trimmed.split(/\s+/);
    current.words.push(parts[0]!);
    current.labels.push(parts.at(-1)!);
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

function score(correct: number, predicted: number, gold: number): Score {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Precision, recall and F1 per type and overall, counting exact spans with their type (as conlleval). */
export function evaluate(gold: readonly string[][], predicted: readonly string[][]): Record<string, Score> {
  const counts = new Map<string, { correct: number; predicted: number; gold: number }>();
  const bump = (tag: string, key: 'correct' | 'predicted' | 'gold') => {
    for (const t of [tag, 'overall']) {
      const c = counts.get(t) ?? { correct: 0, predicted: 0, gold: 0 };
      c[key]++;
      counts.set(t, c);
    }
  };
  gold.forEach((labels, i) => {
    const g = bioSpans(labels);
    const p = bioSpans(predicted[i] ?? []);
    const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}:${s.tag}`));
    for (const s of g) bump(s.tag, 'gold');
    for (const s of p) {
      bump(s.tag, 'predicted');
      if (goldKeys.has(`${s.start}:${s.end}:${s.tag}`)) bump(s.tag, 'correct');
    }
  });
  const result: Record<string, Score> = {};
  for (const [tag, c] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    result[tag] = score(c.correct, c.predicted, c.gold);
  return result;
}
