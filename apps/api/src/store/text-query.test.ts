import { describe, expect, it } from 'vitest';
import { parseSearch, searchWords, undotAcronyms, wordForms } from './text-query.js';

describe('a search as typed', () => {
  it('keeps letters and digits only, so operators typed by people are plain text', () => {
    expect(searchWords(`Energía  solar & | !(:*`)).toEqual(['energía', 'solar']);
  });

  it('reads words written together with punctuation as a phrase', () => {
    expect(parseSearch(`o'higgins`)).toEqual([{ any: [{ phrase: ['o', 'higgins'] }], exclude: false }]);
  });

  it('marks words written with a leading minus as excluded', () => {
    expect(parseSearch('tranvía -metro')).toEqual([
      { any: [{ word: 'tranvía' }], exclude: false },
      { any: [{ word: 'metro' }], exclude: true },
    ]);
  });

  it('joins the terms on each side of OR, before the implicit AND', () => {
    expect(parseSearch('lima tranvía OR metro')).toEqual([
      { any: [{ word: 'lima' }], exclude: false },
      { any: [{ word: 'tranvía' }, { word: 'metro' }], exclude: false },
    ]);
    // A dangling OR is a no-op, and an excluded term is never OR-ed.
    expect(parseSearch('OR lima or')).toEqual([{ any: [{ word: 'lima' }], exclude: false }]);
    expect(parseSearch('-lima OR quito')).toHaveLength(2);
  });

  it('reads quoted words as a phrase, even with the closing quote missing', () => {
    expect(parseSearch('"línea 2" -"tren ligero')).toEqual([
      { any: [{ phrase: ['línea', '2'] }], exclude: false },
      { any: [{ phrase: ['tren', 'ligero'] }], exclude: true },
    ]);
  });

  it('reads dotted acronyms as one word, with or without the space', () => {
    expect(searchWords('EE.UU.')).toEqual(['eeuu']);
    expect(searchWords('ee. uu. y la O.N.U')).toEqual(['eeuu', 'y', 'la', 'onu']);
    expect(undotAcronyms('Fin.El acuerdo')).toBe('Fin.El acuerdo');
  });

  it('reads at most sixteen terms', () => {
    expect(parseSearch('a '.repeat(100))).toHaveLength(16);
  });

  it('refuses a search longer than 200 characters, naming the field', () => {
    expect(() => parseSearch('x'.repeat(201))).toThrow(/"search" must be at most 200 characters, got 201/);
  });
});

describe('word forms', () => {
  it('tries the singular and the plural of each word', () => {
    expect(wordForms('amistades')).toEqual(expect.arrayContaining(['amistades', 'amistad']));
    expect(wordForms('particular')).toEqual(expect.arrayContaining(['particular', 'particulares']));
    expect(wordForms('tranvías')).toEqual(expect.arrayContaining(['tranvías', 'tranvía']));
  });
});
