import { describe, expect, it } from 'vitest';
import { searchWords, wordForms } from './text-query.js';

describe('search words', () => {
  it('keeps letters and digits only, so operators typed by people are plain text', () => {
    expect(searchWords(`"Energía  solar" & o'higgins | !(:*`).map((w) => w.word)).toEqual([
      'energía',
      'solar',
      'o',
      'higgins',
    ]);
  });

  it('marks words written with a leading minus as excluded', () => {
    expect(searchWords('tranvía -metro')).toEqual([
      { word: 'tranvía', exclude: false },
      { word: 'metro', exclude: true },
    ]);
  });

  it('reads at most sixteen words', () => {
    expect(searchWords('a '.repeat(100))).toHaveLength(16);
  });
});

describe('word forms', () => {
  it('tries the singular and the plural of each word', () => {
    expect(wordForms('amistades')).toEqual(expect.arrayContaining(['amistades', 'amistad']));
    expect(wordForms('particular')).toEqual(expect.arrayContaining(['particular', 'particulares']));
    expect(wordForms('tranvías')).toEqual(expect.arrayContaining(['tranvías', 'tranvía']));
  });
});
