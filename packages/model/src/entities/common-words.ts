import type { Lexicon } from '../ner/features.js';
import { nerModel } from '../ner/model.js';
import { fold } from './fold.js';

// English words that open titles and slogans quoted in Spanish text (`Always`, `Where`): never names alone.
const ENGLISH = new Set(
  `the a an it its we you he she they i this that these those where when what who why how always never
  here there go get let push come all my your our their is are was be not no yes and or of in on for to
  with from by at as but if so do thursday monday tuesday wednesday friday saturday sunday love
  somewhere nothing everything something forever tonight yesterday tomorrow`.split(/\s+/),
);

/** Is this word an English function word or date word, which opens song and film titles, never a name? */
export const isEnglishWord = (word: string) => ENGLISH.has(fold(word));

/**
 * Is this word, on its own, an ordinary word rather than a name? The tagger's training data knows
 * which words run in lower case through Spanish text (`salud`, `estrategia`); English function words
 * and Spanish gerunds (`Alcanzando`) are ordinary too.
 */
export function isOrdinaryWord(word: string): boolean {
  const f = fold(word);
  if (ENGLISH.has(f) || /(?:ando|iendo|yendo)$/u.test(f)) return true;
  // The lexicon ships inside the tagger's model file; a model without one makes no word ordinary.
  const lexicon = (nerModel() as { lexicon?: Partial<Lexicon> }).lexicon;
  return (lexicon?.common?.has(f) ?? false) && !(lexicon?.names?.has(f) ?? false);
}
