import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-support/quotes-of.js';

// Sentences that hold a reporting verb yet report nothing: a gerund meaning `given that`, a verb
// inside a title, a narrator's clause before a quotation. Our own fixture text.

describe('reporting verbs that report nothing', () => {
  it('does not read `considerando que` as a cue', () => {
    const quotes = quotesOf(
      'La alcaldesa Nora Gil Peña subió el impuesto predial, considerando que los vecinos ya no pagarían más, explicó.',
      ['Nora Gil Peña'],
    );
    expect(quotes.some((q) => q.cue === 'considerando')).toBe(false);
  });

  it('keeps `considerando … como «…»` as a view', () => {
    const quotes = quotesOf(
      'Nora Gil Peña presentó su informe, considerando el momento como «una ocasión para rendir cuentas».',
      ['Nora Gil Peña'],
    );
    expect(quotes.find((q) => q.text.startsWith('una ocasión'))?.cue).toBe('considerando');
  });

  it('does not read a capitalised verb inside a title as a cue', () => {
    const quotes = quotesOf(
      'En la muestra destacan Dije que volvería, de la chilena Marta Ríos Paz, y otros tres filmes.',
      ['Marta Ríos Paz'],
    );
    expect(quotes.filter((q) => !q.direct)).toEqual([]);
  });

  it('does not report the narrator’s clause before a semicolon and a quotation', () => {
    const quotes = quotesOf(
      'Hace ocho años que Lidia Soto Ruiz no abraza a su hijo; «se marchó sin despedirse», contó esta jalisciense.',
      ['Lidia Soto Ruiz'],
    );
    expect(quotes.filter((q) => !q.direct)).toEqual([]);
    expect(quotes.find((q) => q.direct)?.speaker?.name).toBe('Lidia Soto Ruiz');
  });

  it('does not report the apposition describing the source after `según`', () => {
    const quotes = quotesOf(
      'Según Iván Morales Gil, el abogado que defiende a la familia, el juez «todavía no ha fijado fecha».',
      ['Iván Morales Gil'],
    );
    expect(quotes.some((q) => !q.direct && q.text.startsWith('el abogado'))).toBe(false);
  });

  it('reports the statement whose subject is a role right after `según X,`', () => {
    const quotes = quotesOf('Según Iván Morales Gil, sus tres socios votarán a favor del acuerdo.', [
      'Iván Morales Gil',
    ]);
    expect(quotes.find((q) => !q.direct)?.text).toBe('sus tres socios votarán a favor del acuerdo');
  });

  it('does not report what somebody did not say', () => {
    const quotes = quotesOf('Hasta ahora Pedro Vela Ruiz no ha dicho que piense renunciar a su cargo.', [
      'Pedro Vela Ruiz',
    ]);
    expect(quotes).toEqual([]);
  });

  it('does not make who did not speak the speaker of the next cue', () => {
    const text = [
      '«Vi caer el techo», declaró el vecino Óscar Luna Gil.',
      'Los bomberos que llegaron no confirmaron el balance.',
      '«Fue horrible, pero todos salieron a tiempo», añadió.',
    ].join('\n\n');
    const quote = quotesOf(text, ['Óscar Luna Gil']).find((q) => q.text.startsWith('Fue horrible'));
    expect(quote?.speaker?.name).toBe('Óscar Luna Gil');
  });

  it('reads `que` after the subject of a closing verb as a relative, and reports what came before', () => {
    const quotes = quotesOf(
      'El acuerdo llegará antes del verano, dijo el periodista que reveló las conversaciones, en una entrevista.',
      ['Hugo Paz Leal'],
    );
    const reported = quotes.filter((q) => !q.direct).map((q) => q.text);
    expect(reported).toEqual(['El acuerdo llegará antes del verano']);
  });

  it('still reports the clause of `dijo el ministro que …` opening a sentence', () => {
    const quotes = quotesOf('Ayer dijo el ministro Hugo Paz Leal que el acuerdo llegará antes del verano.', [
      'Hugo Paz Leal',
    ]);
    expect(quotes.find((q) => !q.direct)?.text).toBe('el acuerdo llegará antes del verano');
  });

  it('reads `La demanda que…` opening a sentence as a noun, not a cue', () => {
    const quotes = quotesOf('La denuncia que firmó la cooperativa fue archivada por la fiscalía.', []);
    expect(quotes).toHaveLength(0);
  });

  it('reads `lo cual indica que` as a fact, not somebody speaking', () => {
    const quotes = quotesOf(
      'La encuesta halló más quejas en el sur, lo cual indica que el servicio empeoró.',
      [],
    );
    expect(quotes).toHaveLength(0);
  });

  it('gives a quotation closed by an impersonal `según se dijo` to nobody', () => {
    const quotes = quotesOf(
      '«Nadie nos avisó de nada», dijo Nora Gil Peña.\n\nLos fondos buscan «mejorar la vida de los pueblos de la sierra», según se dijo en la ceremonia.',
      ['Nora Gil Peña'],
    );
    expect(quotes.find((q) => q.text.startsWith('mejorar'))?.speaker).toBeFalsy();
  });

  it('gives `según` a thing as source rather than the last speaker', () => {
    const quotes = quotesOf(
      '«Nadie nos avisó de nada», dijo Nora Gil Peña.\n\nSegún los cálculos del municipio, la presa está al 40 por ciento. Informó que el agua alcanza.',
      ['Nora Gil Peña'],
    );
    expect(quotes.find((q) => q.text.startsWith('la presa'))?.speaker?.name).toBe(
      'los cálculos del municipio',
    );
    // …but a later cue without subject still goes back to the person.
    expect(quotes.find((q) => q.text.startsWith('el agua'))?.speaker?.name).toBe('Nora Gil Peña');
  });
});
