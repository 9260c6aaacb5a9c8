import type { Dateline } from '../types.js';
import { DOLLAR_SIGN, PESO, PESO_COUNTRIES } from '../lexicon/currencies.js';
import {
  MEXICAN_INSTITUTIONS,
  MEXICAN_PLACES,
  MEXICAN_STATE_ABBREVIATIONS,
  MEXICAN_WORDS,
} from '../lexicon/mexico.js';
import { foldKey, type TokenView } from './token-view.js';

/**
 * Resolves the currencies a story leaves implicit: `pesos` (and `mdp`) are the pesos of the
 * country the story is about: Mexican pesos (MXN) in a Mexican story (dateline, places, demonyms,
 * institutions) or one that names no other peso country; `pesos argentinos`, or Argentina named
 * in the sentence or most often in the story, give ARS. `$` is the story's peso. The story's
 * signals are read once, on first need.
 */
export class CurrencyContext {
  private storyPeso: { code: string; evidence: boolean } | undefined;
  private unitedStates: boolean | undefined;
  private readonly sentencePesos = new Map<number, string | undefined>();

  constructor(
    private readonly view: TokenView,
    private readonly dateline: Dateline | undefined,
    private readonly title: string,
    /** The article's day, `YYYY-MM-DD`: currencies renamed over time take the code of that day. */
    private readonly date?: string,
  ) {}

  /** The ISO code for a currency word's code, with the sentence around token i as context. */
  resolve(code: string, i: number): string {
    if (code !== PESO && code !== DOLLAR_SIGN) return codeOnDay(code, this.date);
    const local = this.pesoNamedAround(i);
    if (local !== undefined) return local;
    const story = this.pesoOfStory();
    // `$` with no peso country in view: the dollar when the story is about the United States.
    if (code === DOLLAR_SIGN && !story.evidence && this.namesUnitedStates()) return 'USD';
    return story.code;
  }

  /** The one peso country named in the sentence around token i, if exactly one is; read once per sentence. */
  private pesoNamedAround(i: number): string | undefined {
    const sentence = this.view.sentenceOf(i);
    if (!this.sentencePesos.has(sentence)) {
      const [from, to] = this.view.sentenceAround(i);
      this.sentencePesos.set(sentence, this.pesoNamedIn(from, to));
    }
    return this.sentencePesos.get(sentence);
  }

  private pesoNamedIn(from: number, to: number): string | undefined {
    let found: string | undefined;
    for (let i = Math.max(0, from); i < Math.min(to, this.view.length); i++) {
      const code = pesoCountryOf(this.view.key(i));
      if (code === undefined || !this.view.isCapitalized(i)) continue;
      if (found !== undefined && found !== code) return undefined;
      found = code;
    }
    return found;
  }

  private pesoOfStory(): { code: string; evidence: boolean } {
    this.storyPeso ??= this.readStory();
    return this.storyPeso;
  }

  private namesUnitedStates(): boolean {
    if (this.unitedStates === undefined) {
      this.unitedStates = false;
      for (let i = 0; i < this.view.length && !this.unitedStates; i++)
        this.unitedStates = US_WORDS.has(this.view.key(i));
    }
    return this.unitedStates;
  }

  private readStory(): { code: string; evidence: boolean } {
    if (this.dateline && isMexicanPlace(this.dateline)) return { code: 'MXN', evidence: true };
    const counts = new Map<string, number>();
    const add = (code: string, n = 1): void => void counts.set(code, (counts.get(code) ?? 0) + n);
    if (/m[eé]xic/i.test(this.title)) add('MXN', 2);
    const view = this.view;
    for (let i = 0; i < view.length; i++) {
      const key = view.key(i);
      if (MEXICAN_WORDS.has(key) || MEXICAN_INSTITUTIONS.has(view.text(i))) add('MXN');
      else if (
        view.isCapitalized(i) &&
        (MEXICAN_PLACES.has(key) || MEXICAN_PLACES.has(`${key} ${view.key(i + 1)}`))
      )
        add('MXN');
      else {
        const code = pesoCountryOf(key);
        if (code !== undefined && code !== 'MXN' && view.isCapitalized(i)) add(code);
      }
    }
    // A story that names no peso country at all is read as Mexican: `pesos` and `$` without a
    // country are how the Mexican press writes its own currency.
    let best = 'MXN';
    let bestCount = 0;
    for (const [code, count] of counts) {
      // Ties go to Mexico: a Mexican paper writes `pesos` for its own.
      if (count > bestCount || (count === bestCount && code === 'MXN')) {
        best = code;
        bestCount = count;
      }
    }
    return { code: best, evidence: bestCount > 0 };
  }
}

const US_WORDS = new Set([
  'eu',
  'ee.uu.',
  'eeuu',
  'estadounidense',
  'estadounidenses',
  'estadunidense',
  'estadunidenses',
  'washington',
  'unidos',
]);

function isMexicanPlace(dateline: Dateline): boolean {
  const place = foldKey(dateline.place);
  const region = dateline.region ? foldKey(dateline.region).replace(/\.$/, '') : undefined;
  if (
    region !== undefined &&
    (MEXICAN_STATE_ABBREVIATIONS.has(region.replace(/\./g, '')) || MEXICAN_PLACES.has(region))
  ) {
    return true;
  }
  return MEXICAN_PLACES.has(place);
}

// Venezuela's bolívar was redenominated twice: the bolívar fuerte (VEF) from 2008, the bolívar
// soberano (VES) from 20 August 2018. The lexicon gives today's code.
const BOLIVAR_CODES: ReadonlyArray<readonly [until: string, code: string]> = [
  ['2008-01-01', 'VEB'],
  ['2018-08-20', 'VEF'],
];

function codeOnDay(code: string, date: string | undefined): string {
  if (code !== 'VES' || date === undefined) return code;
  for (const [until, old] of BOLIVAR_CODES) if (date < until) return old;
  return code;
}

function pesoCountryOf(key: string): string | undefined {
  if (key.length < 4) return undefined;
  for (const [stem, code] of PESO_COUNTRIES) if (key.startsWith(stem)) return code;
  return undefined;
}
