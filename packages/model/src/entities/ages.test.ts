import { describe, expect, it } from 'vitest';
import { withAge } from './ages.js';

// Our own fixture texts, written for these tests.
const at = (body: string, text: string, type: 'LOCATION' | 'PERSON' = 'LOCATION') => {
  const start = body.indexOf(text);
  return withAge(body, { start, end: start + text.length, text, type });
};

describe('a name given an age', () => {
  it('is a person, even when spelled like a city', () => {
    const body = 'Viajó con sus nietas, Florencia, de 9 años; Victoria, de 7, y su yerno.';
    expect(at(body, 'Florencia').forced).toBe('PERSON');
    expect(at(body, 'Victoria').type).toBe('PERSON');
  });

  it('is read as a person, not forced, when no place is so spelled', () => {
    const body = 'Lo dijo Sorokin, de 52 años, en Kiev.';
    expect(at(body, 'Sorokin').type).toBe('PERSON');
    expect(at(body, 'Sorokin').forced).toBeUndefined();
  });

  it('leaves years, counts and the tagger’s people alone', () => {
    const year = 'Vivió en Monterrey, de 2010 a 2012.';
    expect(at(year, 'Monterrey').forced).toBeUndefined();
    const count = 'Recorrió Puebla, de 15 municipios afectados.';
    expect(at(count, 'Puebla').forced).toBeUndefined();
    const person = 'Habló Ana Ruiz, de 40 años.';
    expect(at(person, 'Ana Ruiz', 'PERSON').forced).toBeUndefined();
  });
});
