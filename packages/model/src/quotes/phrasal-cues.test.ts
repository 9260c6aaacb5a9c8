import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-support/quotes-of.js';
import type { Quote } from '../types.js';

// Reporting verbs of several words and infinitive cues behind a finite verb. Our own fixture text.

const reported = (quotes: Quote[], start: string): Quote | undefined =>
  quotes.find((q) => !q.direct && q.text.startsWith(start));

describe('reporting verbs of several words', () => {
  it('reads `dio a conocer que` as a cue of its subject', () => {
    const quotes = quotesOf('La jueza Carmen Olid Ruiz dio a conocer que el expediente sigue abierto.', [
      'Carmen Olid Ruiz',
    ]);
    expect(reported(quotes, 'el expediente')?.speaker?.name).toBe('Carmen Olid Ruiz');
  });

  it('lets that speaker carry on to a later cue without subject', () => {
    const quotes = quotesOf(
      'La jueza Carmen Olid Ruiz dio a conocer que el expediente es uno de los que la aseguradora demandó en 2011. Recordó que el plazo vence en junio.',
      ['Carmen Olid Ruiz'],
    );
    expect(reported(quotes, 'el plazo')?.speaker?.name).toBe('Carmen Olid Ruiz');
  });

  it('does not read `dio a conocer` with a plain object as a cue', () => {
    const quotes = quotesOf('Carmen Olid Ruiz, titular del juzgado, dio a conocer las cifras del año.', [
      'Carmen Olid Ruiz',
    ]);
    expect(quotes).toHaveLength(0);
  });
});

describe('an infinitive cue after a finite verb', () => {
  it('takes the subject of `quiso` in `quiso dejar claro que`', () => {
    const quotes = quotesOf(
      '«El puerto no cerrará», dijo Luis Ferrer Gil.\n\nLa alcaldesa Nuria Paz Soto quiso dejar claro que no habrá despidos.',
      ['Luis Ferrer Gil', 'Nuria Paz Soto'],
    );
    expect(reported(quotes, 'no habrá')?.speaker?.name).toBe('Nuria Paz Soto');
  });

  it('does not read `es decir` as a cue', () => {
    const quotes = quotesOf(
      'Luis Ferrer Gil dijo que uno de cada cuatro, es decir, el 25 por ciento, que llega tarde.',
      ['Luis Ferrer Gil'],
    );
    expect(quotes.some((q) => q.cue === 'es decir')).toBe(false);
  });

  it('needs `que` after the infinitive when the verb before it is not a reporting one', () => {
    const quotes = quotesOf('Luis Ferrer Gil visitó el año en que la empresa deberá informar sus cuentas.', [
      'Luis Ferrer Gil',
    ]);
    expect(quotes).toHaveLength(0);
  });
});
