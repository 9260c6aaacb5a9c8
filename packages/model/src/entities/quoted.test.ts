import { describe, expect, it } from 'vitest';
import { quotedTitle } from './quoted.js';

// Our own fixture texts, written for these tests.
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return quotedTitle(text, { start, end: start + name.length, text: name, type: 'PERSON' });
};

describe('names inside quoted titles', () => {
  it('takes a name that opens a title after a noun for works', () => {
    expect(at('Escribió el libro "Sal de Roca" en 1990.', 'Sal de Roca')).toBe(true);
  });

  it('takes names further inside the same title', () => {
    const text = 'Es autora del libro "Desert Roads: Kings and Traders of the Early Period", ya traducido.';
    expect(at(text, 'Kings and Traders')).toBe(true);
    expect(at(text, 'Early Period')).toBe(true);
  });

  it('leaves names in quoted speech that opens in lower case', () => {
    const text = 'La oposición se muestra “como un fiel servidor de Ramiro Tello” ante todos.';
    expect(at(text, 'Ramiro Tello')).toBe(false);
  });

  it('leaves names after a closed title', () => {
    const text = 'Publicó el libro "Sal de Roca" con Ana Fierro en 1990.';
    expect(at(text, 'Ana Fierro')).toBe(false);
  });
});
