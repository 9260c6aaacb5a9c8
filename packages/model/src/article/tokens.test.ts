import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('keeps hyphenated names, acronyms with dots and grouped numbers whole', () => {
    expect(tokenize('Kasim-Yomart viajó a EE.UU. con 30.000 y 2,216.6 dólares.').map((t) => t.text)).toEqual([
      'Kasim-Yomart',
      'viajó',
      'a',
      'EE.UU.',
      'con',
      '30.000',
      'y',
      '2,216.6',
      'dólares',
      '.',
    ]);
  });

  it('splits punctuation and quotation marks into their own tokens', () => {
    expect(tokenize('«Sí», dijo.').map((t) => t.text)).toEqual(['«', 'Sí', '»', ',', 'dijo', '.']);
  });

  it('gives offsets that slice the text, shifted by the offset given', () => {
    const text = 'El G20 se reúne (hoy).';
    for (const token of tokenize(text, 100)) {
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
    }
  });
});
