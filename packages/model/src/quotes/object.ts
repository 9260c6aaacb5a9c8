import { cueVerb } from '../lexicon/cue-verbs.js';
import { DETERMINERS } from '../lexicon/spanish-function-words.js';
import { looksFinite } from './phrases.js';
import type { TokenView } from './view.js';

/** Verbs that take their object after `de`: `calificó de «estadista»`, `tildó al rival de «…»`. */
export const WITH_DE: ReadonlySet<string> = new Set(['calificar', 'tildar', 'tachar', 'acusar']);

// Longest object (in tokens, its linking `como`/`de` included) between a verb and its quotation.
const MAX_OBJECT = 7;

/**
 * Whether tokens `[from, to)`, between a verb and a quotation, are the object the quotation
 * qualifies: `definió [a Sharon como] «…»`, `llamó [a los medios] «…»`, `calificó [la reforma de]
 * «…»`, `tachó [al rival de un] «…»`. The verb's subject says the quoted words. A thing named by a
 * determiner needs `como` (or `de` after `calificar` and kin) before the quotation: `anunció la
 * fecha «…»` is not predicative, and in `informa el portal de «…»` the quotation names the portal.
 */
export function objectBefore(view: TokenView, from: number, to: number): boolean {
  let last = to;
  if (/^(?:un|una)$/.test(view.lower[last - 1] ?? '')) last--;
  if (last - from < 2 || last - from > MAX_OBJECT) return false;
  const opener = view.lower[from] as string;
  const personal = opener === 'a' || opener === 'al';
  if (!personal && !DETERMINERS.has(opener)) return false;
  const linker = view.lower[last - 1] ?? '';
  const verb = cueVerb(view.lower[from - 1] ?? '');
  const linked = linker === 'como' || (linker === 'de' && verb !== undefined && WITH_DE.has(verb.lemma));
  if (!linked && (!personal || last < to)) return false;
  for (let i = from + 1; i < (linked ? last - 1 : last); i++) {
    const w = view.lower[i] as string;
    // A name is no verb, whatever its ending (`Sharon` ends like `llegaron`).
    if (view.q(i) >= 0 || !view.isWord(i) || w === 'que' || (looksFinite(w) && !view.isName(i))) return false;
  }
  return true;
}

/** The first token of the quotation that follows token `from` within an object's reach, or -1. */
export function quoteAfter(view: TokenView, from: number): number {
  for (let k = from; k < from + MAX_OBJECT + 2 && k < view.tokens.length; k++) {
    if (view.q(k) >= 0) return k;
    if (!view.isWord(k)) return -1;
  }
  return -1;
}
