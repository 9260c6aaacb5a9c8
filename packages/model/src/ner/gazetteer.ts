// Matches a sentence's capitalised spans against a list of known place names (countries in Spanish,
// world cities), so a city the training data never mentions still looks like a place to the tagger.

/** Words that may sit inside a multi-word name without a capital (Ciudad de Panamá, Trinidad y Tobago). */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y']);
/** Longest place name looked up, in words. */
export const MAX_PLACE_WORDS = 4;

/**
 * How a word stands to the known places: `B`/`I` when the whole capitalised span it belongs to is a
 * known place (begins or continues it), `b`/`i` when only part of a longer span is (España in Banco de
 * España, Madrid in Real Madrid: weaker evidence, since names of firms and clubs are built on places).
 */
export type PlaceMark = 'B' | 'I' | 'b' | 'i' | undefined;

/**
 * Marks for each word, by greedy longest match left to right over folded words (lower case, no
 * accents). A match starts and ends on a capitalised word (any word, in all-caps text), so common
 * nouns that are also town names do not match in lower case.
 */
export function placeMarks(
  words: readonly string[],
  folded: readonly string[],
  places: ReadonlySet<string>,
  allCaps: boolean,
): PlaceMark[] {
  const n = words.length;
  const marks: PlaceMark[] = new Array<PlaceMark>(n).fill(undefined);
  const capital = (j: number) => j >= 0 && j < n && (allCaps || /^\p{Lu}/u.test(words[j]!));
  const connector = (j: number) => j >= 0 && j < n && CONNECTORS.has(folded[j]!);
  // Whether word j belongs to the same capitalised span as the word before it (or after it).
  const joinsBefore = (j: number) => capital(j - 1) || (connector(j - 1) && capital(j - 2));
  const joinsAfter = (j: number) => capital(j + 1) || (connector(j + 1) && capital(j + 2));
  for (let i = 0; i < n;) {
    let length = 0;
    if (capital(i)) {
      let phrase = '';
      for (let j = i; j < Math.min(n, i + MAX_PLACE_WORDS); j++) {
        if (!capital(j) && !connector(j)) break;
        phrase = j === i ? folded[j]! : `${phrase} ${folded[j]!}`;
        if (capital(j) && places.has(phrase)) length = j - i + 1;
      }
    }
    if (length === 0) {
      i++;
      continue;
    }
    // In all-caps text (sports results, headlines) spans cannot be told apart: a match is only a part.
    const whole = !allCaps && !joinsBefore(i) && !joinsAfter(i + length - 1);
    marks[i] = whole ? 'B' : 'b';
    for (let j = i + 1; j < i + length; j++) marks[j] = whole ? 'I' : 'i';
    i += length;
  }
  return marks;
}
