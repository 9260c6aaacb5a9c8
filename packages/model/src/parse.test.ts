import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle } from './index.js';

// Our own fixture text, written for these tests.
const STORY = [
  ' date 2024-03-05 Lima estrena un tranvía eléctrico',
  '',
  'Lima, 5 mar (EFE).- La alcaldesa de Lima, Rosa Quispe, inauguró este martes la primera línea de tranvía.',
  '',
  '«Es un día importante para la ciudad», dijo Quispe ante cientos de vecinos.',
  '',
].join('\n');

function parseError(text: string): ArticleParseError {
  try {
    parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleParseError) return error;
    throw error;
  }
  throw new Error('expected an ArticleParseError');
}

describe('parseArticle', () => {
  it('reads the header line into date and title', () => {
    const article = parseArticle(STORY);
    expect(article.date).toBe('2024-03-05');
    expect(article.title).toBe('Lima estrena un tranvía eléctrico');
  });

  it('splits the body into paragraphs whose spans slice the body', () => {
    const article = parseArticle(STORY);
    expect(article.paragraphs).toHaveLength(2);
    const texts = article.paragraphs.map((p) => article.body.slice(p.start, p.end));
    expect(texts[0]).toMatch(/^Lima, 5 mar \(EFE\)\.- La alcaldesa/);
    expect(texts[1]).toBe('«Es un día importante para la ciudad», dijo Quispe ante cientos de vecinos.');
    expect(article.body).toBe(texts.join('\n\n'));
  });

  it('finds the dateline with its place, date and agency', () => {
    const { dateline, body } = parseArticle(STORY);
    expect(dateline).toMatchObject({ place: 'Lima', date: '5 mar', agency: 'EFE' });
    expect(body.slice(dateline!.start, dateline!.end)).toBe('Lima, 5 mar (EFE).-');
  });

  it('counts words and copies the source', () => {
    const article = parseArticle(STORY, { source: 'seeds/lima.txt' });
    expect(article.source).toBe('seeds/lima.txt');
    expect(article.wordCount).toBe(31);
  });

  it('gives the same id to the same text and another id to other text', () => {
    expect(parseArticle(STORY).id).toBe(parseArticle(STORY).id);
    expect(parseArticle(STORY).id).not.toBe(parseArticle(STORY.replace('martes', 'miércoles')).id);
    expect(parseArticle(STORY).id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tolerates CRLF, a BOM, trailing spaces, extra blank lines and no-break spaces', () => {
    const messy =
      '\uFEFF' +
      STORY.replace(/\n/g, '  \r\n')
        .replace('\r\n\r\n', '\r\n\r\n\r\n\r\n')
        .replace(/ de /g, '\u00A0de\u00A0');
    const clean = parseArticle(STORY);
    const parsed = parseArticle(messy);
    expect(parsed.body).toBe(clean.body);
    expect(parsed.id).toBe(clean.id);
  });

  it('joins lines of one paragraph with a space', () => {
    const article = parseArticle(' date 2024-03-05 T\n\nUna línea\nque sigue.\n\nOtra.');
    expect(article.body).toBe('Una línea que sigue.\n\nOtra.');
  });

  it.each([
    ['', 'EMPTY'],
    ['   \n\n  ', 'EMPTY'],
    ['Lima estrena un tranvía\n\nTexto.', 'MISSING_HEADER'],
    [' date 05/03/2024 Lima\n\nTexto.', 'MALFORMED_HEADER'],
    [' date 2025-02-30 Lima\n\nTexto.', 'INVALID_DATE'],
    [' date 2024-13-01 Lima\n\nTexto.', 'INVALID_DATE'],
    [' date 2024-03-05\n\nTexto.', 'MISSING_TITLE'],
    [' date 2024-03-05 Lima estrena un tranvía', 'NO_BODY'],
    [' date 2024-03-05 Lima estrena un tranvía\n\n   \n', 'NO_BODY'],
    [' date 2024-03-05 Lima\n\nTex\u0000to.', 'BINARY'],
  ])('rejects %j with %s', (text, code) => {
    const error = parseError(text);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('accepts a leap day and names the impossible date in its message', () => {
    expect(parseArticle(' date 2024-02-29 Bisiesto\n\nTexto.').date).toBe('2024-02-29');
    expect(parseError(' date 2025-02-30 Lima\n\nTexto.').message).toContain('2025-02-30');
  });
});
