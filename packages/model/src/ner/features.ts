// Features of a word in its sentence, for the tagger. Static features depend only on the words and are
// computed once per sentence; the decoder adds features of the labels already chosen.

/** Word shape with runs collapsed: `Kasim-Yomart` → `Xx-Xx`, `EE.UU.` → `X.X.`, `1995` → `d`. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface Lexicon {
  /** Folded words seen in lower case in running text: capitalised, they are more likely openers than names. */
  common: ReadonlySet<string>;
  /** Folded words seen inside names of each CoNLL type (PER, ORG, LOC, MISC). */
  names: ReadonlyMap<string, string>;
}

/** Number of features that depend on the word alone: they come first, so a decoder can cache them. */
export const WORD_FEATURES = 10;

/** Features of the word by itself (cacheable per word form). */
export function wordFeatures(word: string): string[] {
  const lw = word.toLowerCase();
  return [
    'b',
    `w=${word}`,
    `l=${lw}`,
    `s=${shape(word)}`,
    `p3=${lw.slice(0, 3)}`,
    `x2=${lw.slice(-2)}`,
    `x3=${lw.slice(-3)}`,
    `x4=${lw.slice(-4)}`,
    `p2=${lw.slice(0, 2)}`,
    `x1=${lw.slice(-1)}`,
  ];
}

/** Per-word features that do not depend on labels: the word's own, then its context. */
export function staticFeatures(words: readonly string[], lexicon: Lexicon): string[][] {
  const context = contextFeatures(words, lexicon);
  return words.map((word, i) => [...wordFeatures(word), ...context[i]!]);
}

/** Features of each word's neighbourhood and of the word lists. `words` is one sentence. */
export function contextFeatures(words: readonly string[], lexicon: Lexicon): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const folded = words.map(fold);
  const at = (arr: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : arr[i]!);
  const allCaps = words.filter((w) => /\p{L}{2}/u.test(w)).every((w) => w === w.toUpperCase());
  return words.map((word, i) => {
    const lw = lower[i]!;
    const fw = folded[i]!;
    const cap = /^\p{Lu}/u.test(word);
    const f = [
      `l-1=${at(lower, i - 1)}`,
      `l+1=${at(lower, i + 1)}`,
      `l-2=${at(lower, i - 2)}`,
      `l+2=${at(lower, i + 2)}`,
      `s-1=${at(shapes, i - 1)}`,
      `s+1=${at(shapes, i + 1)}`,
      `s-1s=${at(shapes, i - 1)}|${shapes[i]}`,
      `ss+1=${shapes[i]}|${at(shapes, i + 1)}`,
      `l-1l=${at(lower, i - 1)}|${lw}`,
      `ll+1=${lw}|${at(lower, i + 1)}`,
      `l-1l+1=${at(lower, i - 1)}|${at(lower, i + 1)}`,
      `l-1s=${at(lower, i - 1)}|${shapes[i]}`,
      `sl+1=${shapes[i]}|${at(lower, i + 1)}`,
      `l-2l-1s=${at(lower, i - 2)}|${at(lower, i - 1)}|${shapes[i]}`,
      `s-2s-1s=${at(shapes, i - 2)}|${at(shapes, i - 1)}|${shapes[i]}`,
      `ss+1s+2=${shapes[i]}|${at(shapes, i + 1)}|${at(shapes, i + 2)}`,
      `x3-1=${at(lower, i - 1).slice(-3)}`,
      `x3+1=${at(lower, i + 1).slice(-3)}`,
    ];
    if (i === 0) f.push(`first|${shapes[i]}`);
    if (cap && lexicon.common.has(fw)) f.push(i === 0 ? 'cap-common-first' : 'cap-common');
    const gaz = lexicon.names.get(fw);
    if (gaz && cap) f.push(`gaz=${gaz}`, `gaz|s=${gaz}|${shapes[i]}`);
    const prevGaz = i > 0 ? lexicon.names.get(folded[i - 1]!) : undefined;
    if (prevGaz && /^\p{Lu}/u.test(words[i - 1]!)) f.push(`gaz-1=${prevGaz}`);
    if (cap && i > 0 && !lexicon.common.has(fw) && !gaz) f.push('cap-unknown');
    const nextGaz = i + 1 < n ? lexicon.names.get(folded[i + 1]!) : undefined;
    if (nextGaz && /^\p{Lu}/u.test(words[i + 1]!)) f.push(`gaz+1=${nextGaz}`);
    // In all-caps text, case says nothing; the folded word and its commonness must do.
    if (allCaps) f.push(`caps-sentence|${lexicon.common.has(fw) ? 'common' : 'other'}`);
    return f;
  });
}

/** Features of the labels already chosen to the left. */
export function labelFeatures(word: string, wordShape: string, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${word}`, `t-1s=${prev}|${wordShape}`];
}
