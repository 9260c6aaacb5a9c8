import { SCALES } from '../lexicon/number-words.js';

/**
 * Collective nouns count like scale words: `media docena` is 6, `un millar de personas` 1000,
 * `dos centenas` 200. Alone they are no number (`decenas de heridos`): a scale needs something
 * before it to multiply.
 */
const COLLECTIVES: ReadonlyMap<string, number> = new Map([
  ['docena', 12],
  ['docenas', 12],
  ['decena', 10],
  ['decenas', 10],
  ['centena', 100],
  ['centenas', 100],
  ['centenar', 100],
  ['centenares', 100],
  ['millar', 1000],
  ['millares', 1000],
]);

/** The multiplier of a scale word (`mil`, `millones`, `billón`, `docena`, `millar`), by folded key. */
export function scaleOf(key: string): number | undefined {
  return SCALES.get(key) ?? COLLECTIVES.get(key);
}

/**
 * Applies a scale to the chunks of a number read so far, as Spanish groups them: the scale
 * multiplies every trailing chunk smaller than itself. `dos mil millones` is (2 × 1000) × 10^6;
 * `tres millones quinientos mil` is 3 × 10^6 + 500 × 1000. Returns false when nothing precedes
 * the scale to multiply (only `mil` stands alone, as 1000).
 */
export function applyScale(chunks: number[], scale: number, bareAllowed: boolean): boolean {
  let sum = 0;
  let popped = false;
  while (chunks.length > 0 && (chunks[chunks.length - 1] as number) < scale) {
    sum += chunks.pop() as number;
    popped = true;
  }
  if (!popped) {
    if (chunks.length > 0 || !bareAllowed) return false;
    sum = 1;
  }
  chunks.push(sum * scale);
  return true;
}
