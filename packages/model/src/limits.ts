/**
 * Bounds that keep the parser's time linear in the article's length on hostile input. Real wire
 * copy stays far inside each of them (the corpus's longest sentence has 178 tokens, its busiest
 * article 74 entities and 225 mentions), so they change nothing on real text; they only stop a
 * pathological article (one endless sentence, thousands of made-up names) from stalling the parse.
 */
export const LIMITS = {
  /**
   * Longest sentence, in tokens: a run without a sentence end is cut here. The quotation
   * attributor reads each sentence with scans that look ahead to its end, so an endless sentence
   * would make it quadratic.
   */
  maxSentenceTokens: 400,
  /** Longest run of sentences read as one because a quotation spans them, in tokens. */
  maxFrameTokens: 800,
  /** Longest surname whose one-vowel spelling variants (`Morsi`, `Mursi`) are looked for, in letters. */
  maxVariantWordLength: 40,
} as const;
