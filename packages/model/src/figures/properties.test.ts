import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { parseDateline } from '../article/dateline.js';
import { buildBody } from '../article/paragraphs.js';
import { extractFigures } from './index.js';

// Fragments that exercise the scanner's paths: digits in both styles, scales, words, units,
// qualifiers, dates, signs, codes and punctuation, stitched together in any order.
const FRAGMENTS = [
  '30.000',
  '4,5',
  '2,216.6',
  '1.2.3',
  '999999999999999999999999',
  '0',
  '1995',
  '2012-2013',
  '18:00',
  '-',
  '+',
  '−',
  '(',
  ')',
  '$',
  'US$',
  '€',
  '%',
  'por ciento',
  'puntos base',
  'mil',
  'millones',
  'billones',
  'mil millones',
  'y medio',
  'un',
  'una',
  'dos',
  'veinticinco',
  'treinta y',
  'cien',
  'doscientos',
  'media docena',
  'la mitad',
  'dos tercios',
  'una tercera parte',
  'de',
  'a',
  'entre',
  'y',
  'casi',
  'más de',
  'alrededor de los',
  'hasta',
  'dólares',
  'pesos',
  'mdd',
  'euros',
  'km',
  'barriles diarios',
  'años',
  'de edad',
  'semanas',
  'personas',
  'el',
  'este',
  'pasado',
  'próximo',
  'lunes',
  'mañana',
  'ayer',
  'hoy',
  'de noviembre',
  'nov',
  'del mismo mes',
  '1o',
  'las',
  'horas',
  'artículo',
  'Grupo de los',
  'Apolo',
  '«',
  '»',
  '"',
  ',',
  '.',
  '\n\n',
  '/',
  ':',
  "'90",
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 1e7 }).map(String),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(' '));

const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('extractFigures on any input', () => {
  it('gives finite values and spans inside the body that slice to their text, in order', () => {
    fc.assert(
      fc.property(text, date, (raw, iso) => {
        const { body, paragraphs } = buildBody(raw);
        const first = paragraphs[0];
        const dateline = first ? parseDateline(body.slice(first.start, first.end), first.start) : undefined;
        const figures = extractFigures(analyze(iso, 'Prueba', body, paragraphs, dateline));
        let last = 0;
        const ids = new Set<string>();
        for (const figure of figures) {
          expect(Number.isFinite(figure.value)).toBe(true);
          expect(figure.start).toBeGreaterThanOrEqual(last);
          expect(figure.end).toBeGreaterThan(figure.start);
          expect(figure.end).toBeLessThanOrEqual(body.length);
          expect(figure.text).toBe(body.slice(figure.start, figure.end));
          expect(ids.has(figure.id)).toBe(false);
          if (figure.kind === 'DATE') expect(figure.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          ids.add(figure.id);
          last = figure.end;
        }
      }),
      { numRuns: 600 },
    );
  });
});
