import { PhraseTable } from './phrase-table.js';
import type { TokenView } from './token-view.js';

// Words before a number that make it approximate or a bound: `casi 30.000`, `más de 20 mil`.
const QUALIFIERS = [
  'casi',
  'unos',
  'unas',
  'aproximadamente',
  'aproximadamente unos',
  'aproximadamente unas',
  'aprox',
  'alrededor de',
  'alrededor de los',
  'alrededor de las',
  'alrededor del',
  'en torno a',
  'en torno a los',
  'en torno a las',
  'en torno al',
  'cerca de',
  'cerca de los',
  'cerca de las',
  'cerca del',
  'del orden de',
  'mas de',
  'poco mas de',
  'un poco mas de',
  'algo mas de',
  'mas',
  'menos de',
  'poco menos de',
  'algo menos de',
  'al menos',
  'por lo menos',
  'cuando menos',
  'hasta',
  'hasta unos',
  'hasta unas',
  'arriba de',
  'por encima de',
  'por debajo de',
  'superior a',
  'superiores a',
  'inferior a',
  'inferiores a',
  'mayor a',
  'mayor de',
  'menor a',
  'practicamente',
];

// `más del 60 por ciento`, `superior al 27%`: the contracted article joins the qualifier's `de`/`a`.
const CONTRACTED = QUALIFIERS.flatMap((q) =>
  q.endsWith(' de') ? [`${q}l`] : q.endsWith(' a') ? [`${q}l`] : [],
);
const BEFORE = new PhraseTable<true>(
  [...new Set([...QUALIFIERS, ...CONTRACTED])].map((q) => [q, true] as const),
);

// An article may stand between a qualifier and its number: `casi el 50 por ciento`, `hasta un 30%`.
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una']);

const AFTER = new PhraseTable<true>([
  ['aproximadamente', true],
  ['o mas', true],
]);

export interface Qualifier {
  /** First token of the qualifier. */
  start: number;
  /** The qualifier as printed: `alrededor de los`. */
  text: string;
}

/** The approximating qualifier that ends just before token i, if any. */
export function qualifierBefore(view: TokenView, i: number): Qualifier | undefined {
  let match = BEFORE.matchBefore(view, i);
  if (match) {
    // `de más 200 metros` qualifies; `3 más 200` does not: bare `más` needs no number before it.
    if (match.start === i - 1 && view.key(i - 1) === 'mas' && view.isDigits(i - 2)) return undefined;
  } else if (ARTICLES.has(view.key(i - 1)) && !view.startsSentence(i - 1)) {
    match = BEFORE.matchBefore(view, i - 1);
    // Bare `más` before an article adds rather than bounds: `el IVA más el 16 por ciento`.
    if (!match || (match.start === i - 2 && view.key(i - 2) === 'mas')) return undefined;
  }
  if (!match) return undefined;
  return { start: match.start, text: view.body.slice(view.start(match.start), view.end(i - 1)) };
}

/** A qualifier after the figure (`30 millones aproximadamente`): its end token, if any. */
export function qualifierAfter(view: TokenView, i: number): { end: number; text: string } | undefined {
  const match = AFTER.matchAt(view, i);
  if (!match) return undefined;
  return { end: match.end, text: view.body.slice(view.start(i), view.end(match.end - 1)) };
}
