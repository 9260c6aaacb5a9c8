import { type PlaceMark, placeMarks } from './gazetteer.js';

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

export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface Lexicon {
  /** Folded words seen in lower case in running text: capitalised, they are more likely openers than names. */
  common: ReadonlySet<string>;
  /** Folded words seen inside names of each CoNLL type (PER, ORG, LOC, MISC). */
  names: ReadonlyMap<string, string>;
  /** Folded names of known places (countries, cities), from npm data packages: see gazetteer.ts. */
  places?: ReadonlySet<string>;
}

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

/** Where a neighbour sits relative to the word: its features are cached per neighbour form. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

/** What stands beyond either end of a sentence, in place of a neighbour's lower-case form and shape. */
export const BOUNDARY = { before: '<s>', after: '</s>' } as const;

/** Features that depend on one neighbour alone (its offset, lower-case form and shape). */
export function neighbourFeatures(offset: NeighbourOffset, lower: string, wordShape: string): string[] {
  switch (offset) {
    case -1:
      return [`l-1=${lower}`, `s-1=${wordShape}`, `x3-1=${lower.slice(-3)}`];
    case 1:
      return [`l+1=${lower}`, `s+1=${wordShape}`, `x3+1=${lower.slice(-3)}`];
    case -2:
      return [`l-2=${lower}`];
    case 2:
      return [`l+2=${lower}`];
  }
}

/** A sentence's words in the forms the context features read, computed once per sentence. */
export interface SentenceForms {
  words: readonly string[];
  lower: readonly string[];
  shapes: readonly string[];
  folded: readonly string[];
  /** In all-caps text, case says nothing; the folded word and its commonness must do. */
  allCaps: boolean;
  /** Known-place marks per word, matched once per sentence on first use. */
  placeMarks?: readonly PlaceMark[];
}

function marksOf(forms: SentenceForms, places: ReadonlySet<string>): readonly PlaceMark[] {
  return (forms.placeMarks ??= placeMarks(forms.words, forms.folded, places, forms.allCaps));
}

export function sentenceForms(
  words: readonly string[],
  lower: readonly string[] = words.map((w) => w.toLowerCase()),
  shapes: readonly string[] = words.map(shape),
  folded: readonly string[] = words.map(fold),
): SentenceForms {
  const allCaps = words.filter((w) => /\p{L}{2}/u.test(w)).every((w) => w === w.toUpperCase());
  return { words, lower, shapes, folded, allCaps };
}

/** Context features that combine the word with its neighbours, and the word lists. */
export function combinedFeatures(forms: SentenceForms, i: number, lexicon: Lexicon): string[] {
  const { words, lower, shapes, folded } = forms;
  const n = words.length;
  const at = (arr: readonly string[], j: number) =>
    j < 0 ? BOUNDARY.before : j >= n ? BOUNDARY.after : arr[j]!;
  const word = words[i]!;
  const lw = lower[i]!;
  const fw = folded[i]!;
  const s = shapes[i]!;
  const cap = /^\p{Lu}/u.test(word);
  const f = [
    `s-1s=${at(shapes, i - 1)}|${s}`,
    `ss+1=${s}|${at(shapes, i + 1)}`,
    `l-1l=${at(lower, i - 1)}|${lw}`,
    `ll+1=${lw}|${at(lower, i + 1)}`,
    `l-1l+1=${at(lower, i - 1)}|${at(lower, i + 1)}`,
    `l-1s=${at(lower, i - 1)}|${s}`,
    `sl+1=${s}|${at(lower, i + 1)}`,
    `l-2l-1s=${at(lower, i - 2)}|${at(lower, i - 1)}|${s}`,
    `s-2s-1s=${at(shapes, i - 2)}|${at(shapes, i - 1)}|${s}`,
    `ss+1s+2=${s}|${at(shapes, i + 1)}|${at(shapes, i + 2)}`,
  ];
  if (i === 0) f.push(`first|${s}`);
  if (cap && lexicon.common.has(fw)) f.push(i === 0 ? 'cap-common-first' : 'cap-common');
  const gaz = lexicon.names.get(fw);
  if (gaz && cap) f.push(`gaz=${gaz}`, `gaz|s=${gaz}|${s}`);
  const prevGaz = i > 0 ? lexicon.names.get(folded[i - 1]!) : undefined;
  if (prevGaz && /^\p{Lu}/u.test(words[i - 1]!)) f.push(`gaz-1=${prevGaz}`);
  if (cap && i > 0 && !lexicon.common.has(fw) && !gaz) f.push('cap-unknown');
  const nextGaz = i + 1 < n ? lexicon.names.get(folded[i + 1]!) : undefined;
  if (nextGaz && /^\p{Lu}/u.test(words[i + 1]!)) f.push(`gaz+1=${nextGaz}`);
  const marks = lexicon.places && marksOf(forms, lexicon.places);
  const place = marks?.[i];
  if (place) {
    // Joined with what the training data says of the word (a type, a common word, or nothing): the list
    // of places counts most for words the data never showed, and cannot overrule a club named Valencia.
    f.push(`gz=LOC:${place}|${gaz ?? (lexicon.common.has(fw) ? 'common' : 'new')}`);
  }
  if (forms.allCaps) f.push(`caps-sentence|${lexicon.common.has(fw) ? 'common' : 'other'}`);
  return f;
}

/** Features of each word's neighbourhood and of the word lists. `words` is one sentence. */
export function contextFeatures(words: readonly string[], lexicon: Lexicon): string[][] {
  const forms = sentenceForms(words);
  const n = words.length;
  return words.map((_, i) => {
    const neighbours = NEIGHBOUR_OFFSETS.flatMap((offset) => {
      const j = i + offset;
      const edge = j < 0 ? BOUNDARY.before : j >= n ? BOUNDARY.after : undefined;
      return neighbourFeatures(offset, edge ?? forms.lower[j]!, edge ?? forms.shapes[j]!);
    });
    return [...neighbours, ...combinedFeatures(forms, i, lexicon)];
  });
}

/** Features of the labels already chosen to the left. */
export function labelFeatures(word: string, wordShape: string, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${word}`, `t-1s=${prev}|${wordShape}`];
}
