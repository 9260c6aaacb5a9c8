import { describe, expect, it } from 'vitest';
import { asClub } from './clubs.js';

// Our own fixture texts, written for these tests.
const at = (body: string, text: string, from = 0) => {
  const start = body.indexOf(text, from);
  return asClub(body, { start, end: start + text.length, text, type: 'LOCATION' }).type;
};

describe('a city after a masculine article', () => {
  it('is the club named after it', () => {
    const body = 'El Sevilla ganó 2-0 al Valencia y alcanzó al Milán en la tabla del Madrid.';
    expect(at(body, 'Sevilla')).toBe('ORGANIZATION');
    expect(at(body, 'Valencia')).toBe('ORGANIZATION');
    expect(at(body, 'Milán')).toBe('ORGANIZATION');
  });

  it('leaves the city itself, a city with a complement and a country', () => {
    const body = 'Vive en Sevilla. Recorrió el Madrid de los Austrias y el Perú. Visitó El Cairo.';
    expect(at(body, 'Sevilla')).toBe('LOCATION');
    expect(at(body, 'Madrid')).toBe('LOCATION');
    expect(at(body, 'Perú')).toBe('LOCATION');
    expect(at(body, 'Cairo')).toBe('LOCATION');
  });

  it('reads every item of a list of teams as a club', () => {
    const body = 'Dirigió a los equipos chilenos Valparaíso, Sevilla y Halcones Rojos.';
    expect(at(body, 'Valparaíso')).toBe('ORGANIZATION');
    expect(at(body, 'Sevilla')).toBe('ORGANIZATION');
    expect(at(body, 'Halcones Rojos')).toBe('ORGANIZATION');
  });
});
