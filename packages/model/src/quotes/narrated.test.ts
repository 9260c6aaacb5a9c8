import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-support/quotes-of.js';
import type { Quote } from '../types.js';

// A quotation with no cue inside a sentence that narrates what its subject did belongs to that
// subject, not to whoever spoke last. Our own fixture text.

const speakerOf = (quotes: Quote[], start: string): string | undefined =>
  quotes.find((q) => q.text.startsWith(start))?.speaker?.name;

const EARLIER = '«Esperamos lluvias normales este año en todo el valle», dijo Tomás Ruiz Peña.\n\n';

describe('quotations inside a narrated sentence', () => {
  it('gives the quotation to the person the sentence is about', () => {
    const quotes = quotesOf(
      EARLIER +
        'La geóloga Irene Salas Mora, que no firmó el estudio, vio en sus conclusiones «una lectura demasiado optimista de una región seca».',
      ['Tomás Ruiz Peña', 'Irene Salas Mora'],
    );
    expect(speakerOf(quotes, 'una lectura')).toBe('Irene Salas Mora');
  });

  it('gives it to a described subject rather than the last speaker', () => {
    const quotes = quotesOf(
      EARLIER +
        'Los autores del reglamento fundaron el cambio en «los riesgos que corren los pozos del norte».',
      ['Tomás Ruiz Peña'],
    );
    expect(speakerOf(quotes, 'los riesgos')).toBe('los autores del reglamento');
  });

  it('lets a quotation that opens its sentence continue the last speaker', () => {
    const quotes = quotesOf(EARLIER + 'No obstante, «habrá que vigilar las presas durante todo el verano».', [
      'Tomás Ruiz Peña',
    ]);
    expect(speakerOf(quotes, 'habrá que')).toBe('Tomás Ruiz Peña');
  });

  it('does not make the subject of `estar` or `ser` the speaker', () => {
    const quotes = quotesOf(
      EARLIER + 'Su hija, Lucía Ruiz Peña, estaba «muy tranquila y con ganas de volver a casa pronto».',
      ['Tomás Ruiz Peña', 'Lucía Ruiz Peña'],
    );
    expect(speakerOf(quotes, 'muy tranquila')).not.toBe('Lucía Ruiz Peña');
  });
});
