import type { Sentence } from '../article/sentences.js';
import type { Entity, EntityType } from '../types.js';

/**
 * The entity of one of `types` mentioned last before offset `at`: what `esta zacatecana` or `la
 * funcionaria` point back at when no cue has made anybody salient yet (the story named her in a
 * sentence that quoted nobody).
 */
export function lastMentioned(
  entities: readonly Entity[],
  at: number,
  types: readonly EntityType[],
): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/** Where the sentence holding offset `at` starts (binary search: sentences are in order). */
export function sentenceStart(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = at;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (s.start <= at) {
      found = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
