import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArticleParseError, MAX_ARTICLE_LENGTH, parseArticle } from './index.js';
import type { Article } from './types.js';

// Whatever the input, the parser returns an Article or throws an ArticleParseError, and every span
// it reports is a slice of the body. The 1M-case run of the same property is in `npm run bench`.

/** Every span of an article, with the text it claims to cover where it has one. */
function spansOf(article: Article): { start: number; end: number; text?: string }[] {
  return [
    ...article.paragraphs,
    ...article.quotes,
    ...article.figures,
    ...article.entities.flatMap((e) => e.mentions),
  ];
}

function expectSpansInBody(article: Article): void {
  for (const span of spansOf(article)) {
    expect(0 <= span.start && span.start <= span.end && span.end <= article.body.length).toBe(true);
    if (span.text !== undefined) expect(article.body.slice(span.start, span.end)).toBe(span.text);
  }
  for (const figure of article.figures) expect(Number.isFinite(figure.value)).toBe(true);
}

/** Parses, or returns the parse error; any other exception fails the test. */
function attempt(text: string): Article | undefined {
  try {
    return parseArticle(text);
  } catch (error) {
    if (isArticleParseError(error)) return undefined;
    throw error;
  }
}

// Article-shaped text from pieces that reach every extractor: marks, names, numbers, cues.
const PIECES = [
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\uFEFF',
  '\u00A0',
  '.',
  ',',
  '.-',
  '(EFE)',
  'Lima, 3 mar',
  'dijo',
  'según',
  'que',
  'Ana Ruiz',
  'el presidente peruano',
  'EE.UU.',
  'ONU',
  '30.000',
  '4,5',
  '2 mil 216.6 millones de dólares',
  'casi',
  'por ciento',
  '%',
  'entre 8 y 10',
  'tres',
  'la mitad',
  '1995',
  'ayer',
  '12 de noviembre',
  'ÁÉÍÓÚ',
  'ñ',
  '😀',
  '\u0301',
  '-',
  '—',
];
const articleLike = fc
  .tuple(
    fc.constantFrom(' date 2024-03-05 ', ' date 2025-02-30 ', ' date 2024-02-29 ', '', ' date x '),
    fc.string({ maxLength: 20 }),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }),
  )
  .map(([header, title, body]) => `${header}${title}\n\n${body.join('')}`);

// 400 random articles take a few seconds on a busy two-core machine: room beyond vitest's default 5 s.
describe('any input', { timeout: 60_000 }, () => {
  it('gives an Article or an ArticleParseError, with every span a slice of the body', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), articleLike), (text) => {
        const article = attempt(text);
        if (article) expectSpansInBody(article);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same article, id included, every time', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const first = attempt(text);
        if (first) expect(parseArticle(text)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile files', () => {
  const header = ' date 2024-03-05 Una prueba de aguante\n\n';

  it('refuses an article over the size limit at once, saying how large it is', () => {
    const huge = header + 'palabra '.repeat(Math.ceil((50 * 1024 * 1024) / 8));
    let error: unknown;
    try {
      parseArticle(huge);
    } catch (e) {
      error = e;
    }
    expect(isArticleParseError(error) && error.code).toBe('TOO_LARGE');
    expect((error as Error).message).toContain(String(MAX_ARTICLE_LENGTH));
  });

  it('parses an article of 5,000 paragraphs, just under the size limit', () => {
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => `Párrafo ${i}.`);
    const text = header + paragraphs.join('\n\n');
    expect(text.length).toBeLessThan(MAX_ARTICLE_LENGTH);
    const article = parseArticle(text);
    expect(article.paragraphs).toHaveLength(5_000);
    expect(article.body.slice(article.paragraphs[4_999]!.start, article.paragraphs[4_999]!.end)).toBe(
      'Párrafo 4999.',
    );
  });

  it('takes an article of exactly the limit and refuses one character more', () => {
    const sentences = 'Una frase corta más. '.repeat(MAX_ARTICLE_LENGTH / 20);
    const atLimit = (header + sentences).slice(0, MAX_ARTICLE_LENGTH);
    expect(parseArticle(atLimit).paragraphs).toHaveLength(1);
    expect(() => parseArticle(atLimit + '.')).toThrow(`the limit is ${MAX_ARTICLE_LENGTH}`);
  });

  it('survives quotation marks nested ten thousand deep, and unbalanced ones', () => {
    const nested = '«'.repeat(10_000) + 'hola' + '»'.repeat(10_000);
    const article = parseArticle(
      `${header}${nested}, dijo Ana Ruiz.\n\n«Sin cierre, dijo.\n\n«Esto sí se cierra», afirmó Luis Gil.`,
    );
    expectSpansInBody(article);
    // An open mark never swallows what follows: the last paragraph's quote is still found whole.
    expect(article.quotes.map((q) => q.text)).toContain('Esto sí se cierra');
  });
});
