import { describe, expect, it } from 'vitest';
import { combinedFeatures, fold, sentenceForms } from './features.js';
import { placeMarks } from './gazetteer.js';

const places = new Set(['tlaxcala', 'ciudad de panama', 'espana']);
const marks = (sentence: string) => {
  const words = sentence.split(' ');
  return placeMarks(words, words.map(fold), places, false);
};

describe('known places', () => {
  it('mark a capitalised place that makes up its whole name', () => {
    expect(marks('El gobernador viajó a Tlaxcala ayer')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'B',
      undefined,
    ]);
  });

  it('match multi-word names with lower-case connectors, ignoring accents', () => {
    expect(marks('Llegó a Ciudad de Panamá el lunes')).toEqual([
      undefined,
      undefined,
      'B',
      'I',
      'I',
      undefined,
      undefined,
    ]);
  });

  it('mark a place inside a longer name only as a part', () => {
    expect(marks('El Banco de España subió los tipos')).toEqual([
      undefined,
      undefined,
      undefined,
      'b',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ignore the same word in lower case', () => {
    expect(marks('la tlaxcala de siempre')).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('give the tagger a feature for a place the training data never showed', () => {
    const words = 'Los turistas llegaron a Tlaxcala'.split(' ');
    const lexicon = { common: new Set(['los']), names: new Map<string, string>(), places };
    expect(combinedFeatures(sentenceForms(words), 4, lexicon)).toContain('gz=LOC:B|new');
    expect(combinedFeatures(sentenceForms(words), 3, lexicon).some((f) => f.startsWith('gz='))).toBe(false);
  });

  it('add nothing when the model has no list of places', () => {
    const words = 'Los turistas llegaron a Tlaxcala'.split(' ');
    const lexicon = { common: new Set<string>(), names: new Map<string, string>() };
    expect(combinedFeatures(sentenceForms(words), 4, lexicon).some((f) => f.startsWith('gz='))).toBe(false);
  });
});
