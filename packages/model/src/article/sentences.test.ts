import { describe, expect, it } from 'vitest';
import { analyze } from './document.js';

function sentencesOf(body: string): string[] {
  const doc = analyze('2024-01-01', 'T', body, [{ start: 0, end: body.length }]);
  return doc.sentences.map((s) => body.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('ends sentences at periods followed by a capital', () => {
    expect(sentencesOf('Llovió mucho. La ciudad quedó inundada.')).toEqual([
      'Llovió mucho.',
      'La ciudad quedó inundada.',
    ]);
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(sentencesOf('El Sr. Gómez habló con John F. Kennedy Jr. ayer. Luego se fue.')).toEqual([
      'El Sr. Gómez habló con John F. Kennedy Jr. ayer.',
      'Luego se fue.',
    ]);
  });

  it('keeps closing quotation marks with their sentence', () => {
    expect(sentencesOf('Dijo: «Vamos a ganar.» Después calló.')).toEqual([
      'Dijo: «Vamos a ganar.»',
      'Después calló.',
    ]);
  });

  it('does not split acronyms with dots or decimal numbers', () => {
    expect(sentencesOf('Viajó a EE.UU. con 4.5 millones. Volvió.')).toEqual([
      'Viajó a EE.UU. con 4.5 millones.',
      'Volvió.',
    ]);
  });

  it('treats question and exclamation marks as ends', () => {
    expect(sentencesOf('¿Quién paga? ¡Nadie! Eso dijo.')).toEqual(['¿Quién paga?', '¡Nadie!', 'Eso dijo.']);
  });
});
