import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { atSentenceStart, cleanSpan, isNameLike, splitAtQuotes } from './clean.js';

/** The span of `piece` in `text`, as the tagger would hand it over. */
const span = (text: string, piece: string, type: EntityType = 'ORGANIZATION') => {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length, text: piece, type };
};
const cleaned = (text: string, piece: string) => cleanSpan(span(text, piece), text)?.text;

describe('cleaning a tagged span', () => {
  it('drops an article or preposition that opens a sentence', () => {
    const text = 'Lima. La Oficina Nacional de Pesca cerró el puerto. Según Marta Oyarzún, fue un error.';
    expect(cleaned(text, 'La Oficina Nacional de Pesca')).toBe('Oficina Nacional de Pesca');
    expect(cleaned(text, 'Según Marta Oyarzún')).toBe('Marta Oyarzún');
  });

  it('drops the English link words a span ends with', () => {
    const text = 'Tocarán Nora Lind & The Wolves y Peter Holm and Friends.';
    expect(cleaned(text, 'Nora Lind & The')).toBe('Nora Lind');
    expect(cleaned(text, 'Peter Holm and')).toBe('Peter Holm');
  });

  it('drops the bullet that opens a subheading', () => {
    const text = 'Cierre del puerto\n■ Julia Ferrer pide calma a los pescadores.';
    expect(cleaned(text, '■ Julia Ferrer')).toBe('Julia Ferrer');
  });

  it('keeps a role noun that heads a body name before an adjective', () => {
    const text = 'Marcharon con la Coordinadora Regional de Pescadores del Sur y la Directora Ana Gil.';
    expect(cleaned(text, 'Coordinadora Regional de Pescadores del Sur')).toBe(
      'Coordinadora Regional de Pescadores del Sur',
    );
    expect(cleaned(text, 'Directora Ana Gil')).toBe('Ana Gil');
  });

  it('keeps a capitalised article inside a sentence and in known places', () => {
    const text = 'Lo publicó el diario La Voz del Sur. El Cairo amaneció en calma.';
    expect(cleaned(text, 'La Voz del Sur')).toBe('La Voz del Sur');
    expect(cleaned(text, 'El Cairo')).toBe('El Cairo');
  });

  it('trims trailing punctuation and quotation marks but keeps the dots of an abbreviation', () => {
    const text = 'Viajó a EE.UU. y luego habló con «Tomás Elizalde», sin éxito.';
    expect(cleaned(text, 'EE.UU.')).toBe('EE.UU.');
    expect(cleaned(text, '«Tomás Elizalde»,')).toBe('Tomás Elizalde');
  });

  it('drops a final period that ends the sentence', () => {
    const text = 'La reunión fue en Quito.';
    expect(cleaned(text, 'Quito.')).toBe('Quito');
  });

  it('takes a capitalised role off the name it precedes', () => {
    const text = 'Ayer, el Alcalde Tomás Elizalde y el Director de la Casa de la Cultura hablaron.';
    expect(cleaned(text, 'Alcalde Tomás Elizalde')).toBe('Tomás Elizalde');
    expect(cleaned(text, 'Director de la Casa de la Cultura')).toBe('Casa de la Cultura');
  });

  it('keeps titles that are how a person is named', () => {
    const text = 'Ayer la Infanta Leonor visitó la escuela.';
    expect(cleaned(text, 'Infanta Leonor')).toBe('Infanta Leonor');
  });

  it('cuts a span where a new sentence starts without a period', () => {
    const text = 'Tandil El alcalde inauguró la feria.';
    expect(cleaned(text, 'Tandil El alcalde')).toBe('Tandil');
  });

  it('finds nothing name-like in openers, role nouns and demonyms', () => {
    expect(isNameLike('Además')).toBe(false);
    expect(isNameLike('Presidente')).toBe(false);
    expect(isNameLike('Mexicanos')).toBe(false);
    expect(isNameLike('Lunes')).toBe(false);
    expect(isNameLike('Marta Oyarzún')).toBe(true);
  });
});

describe('sentence starts', () => {
  it('are the text start, after a period or a line break, and after opening quotes', () => {
    const text = 'Uno dijo. «Dos vino»\nTres';
    expect(atSentenceStart(text, 0)).toBe(true);
    expect(atSentenceStart(text, text.indexOf('Dos'))).toBe(true);
    expect(atSentenceStart(text, text.indexOf('Tres'))).toBe(true);
    expect(atSentenceStart(text, text.indexOf('dijo'))).toBe(false);
  });
});

describe('a span with a quotation mark inside', () => {
  it('is cut into its pieces', () => {
    const text = 'Ganó «Mejor Obra» en Festival de Otoño';
    const pieces = splitAtQuotes(span(text, 'Mejor Obra» en Festival de Otoño', 'MISC'), text);
    expect(pieces.map((p) => p.text.trim())).toEqual(['Mejor Obra', 'en Festival de Otoño']);
  });
});
