import { cueVerb } from '../lexicon/cue-verbs.js';
import { NAMING_WORDS, PERFORMING_VERBS, TITLE_NOUNS } from '../lexicon/title-nouns.js';
import type { MarkedSpan } from './marks.js';
import type { TokenView } from './view.js';

const NAMING = (w: string): boolean => TITLE_NOUNS.has(w) || NAMING_WORDS.has(w);

const STANDS_OUT = /^(?:destaca|destacan|destacó|destacaron|sobresale|sobresalen|figura|figuran|figuró)$/;

// Whether the sentence before token `p` says that things stand out among others (`Entre sus libros
// destacan`): every title listed after that verb is one of them (`«A», que ganó…; «B» y «C»`).
function standsOutAmong(view: TokenView, p: number): boolean {
  for (let i = p - 1; i >= 0 && i >= p - 80; i--) {
    if (view.q(i) >= 0) continue;
    if (/^[.:]$/.test(view.text(i))) return false;
    if (!STANDS_OUT.test(view.lower[i] ?? '')) continue;
    // `Entre otros puntos, destacó: «…»` is somebody speaking: no comma after `entre`, no colon.
    if (view.text(i + 1) === ':') return false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && view.text(k) !== ','; k--)
      if (view.lower[k] === 'entre') return true;
    return false;
  }
  return false;
}

/**
 * Number of words in a span of text, counted up to `atMost`: callers only compare it with small
 * numbers, and a long quotation is read once per sentence it spans.
 */
export function wordCount(text: string, atMost = Infinity): number {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < atMost && word.exec(text)) count++;
  return count;
}

/**
 * Whether a span in quotation marks names something rather than reports words: a title or a name
 * after a naming word (`el programa "Dishfire"`, `conocido como «el Chapo»`, `cantó "Llorar"`), or
 * a short capitalised span in the middle of a sentence that no cue attaches to (`con "Presente"`).
 */
export function isName(
  view: TokenView,
  span: MarkedSpan,
  from: number,
  attached: boolean,
  listed = false,
): boolean {
  const text = view.doc.body.slice(span.start, span.end);
  // The first token of the span, found from where the caller says it is.
  let p = from;
  while (p > 0 && (view.tokens[p - 1]?.end ?? 0) > span.open) p--;
  while (p < view.tokens.length && (view.tokens[p]?.end ?? 0) <= span.open) p++;
  // Tokens just before the opening mark, outside any quotation.
  const before = (k: number): string => {
    const i = p - k;
    return i >= 0 && view.q(i) !== view.q(p) ? (view.lower[i] ?? '') : '';
  };
  const p1 = before(1);
  const p2 = before(2);
  const capitalised = /^[\p{Lu}\p{N}]/u.test(text);
  const words = wordCount(text, 9);
  // `el llamado «caso Avena»`, `conocido como "Madiba"`: always a name.
  if (NAMING_WORDS.has(p1) || ((p1 === 'de' || p1 === 'como') && NAMING_WORDS.has(p2))) return true;
  // After a title noun, a title is capitalised or short; `el barco «puede demorar una semana…»`,
  // with a cue, is somebody's words.
  const titleLike = !attached && (capitalised || words <= 3);
  if (titleLike && (TITLE_NOUNS.has(p1) || ((p1 === 'de' || p1 === 'como') && TITLE_NOUNS.has(p2))))
    return true;
  if (capitalised && !attached && NAMING(p2) && /^\p{Ll}/u.test(p1) && !cueVerb(p1)) return true;
  if (capitalised && PERFORMING_VERBS.has(p1)) return true;
  // `Entre sus libros destacan «Relatos…»`, `entre los que destaca «El…»`: what stands out among
  // things is one of them, a title, not words anybody said.
  if (capitalised && words <= 8 && standsOutAmong(view, p)) return true;
  if (attached || words > 8 || /[.?!]\s/.test(text)) return false;
  if (listed) return true;
  if (!capitalised) return false;
  // A capitalised span read in the middle of a sentence, after an ordinary word.
  return /^[\p{L}\p{N}]/u.test(p1) && p1 !== 'que' && !cueVerb(p1);
}
