import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { isWorkOrLaw } from './works.js';

// Our own fixture texts, written for these tests.
const at = (text: string, name: string, type: EntityType = 'LOCATION') => {
  const start = text.indexOf(name);
  return isWorkOrLaw(text, { start, end: start + name.length, text: name, type });
};

describe('names of works and laws', () => {
  it('reads a name dated in brackets as a work', () => {
    expect(at('la actriz de Tormenta Gris (1994) volvió al cine', 'Tormenta Gris')).toBe(true);
    expect(at('las matanzas de Qarun y Dalmira (1976) siguen impunes', 'Dalmira')).toBe(false);
  });

  it('reads the subject of a law as part of its title, not a person or place', () => {
    expect(at('aprobaron la ley de Amnistía ayer', 'Amnistía', 'ORGANIZATION')).toBe(true);
    expect(at('derogaron la ley de Zapatero', 'Zapatero', 'PERSON')).toBe(false);
    expect(at('según las leyes de Texas', 'Texas')).toBe(false);
  });

  it('reads a programme or campaign named after its noun, not an acronym', () => {
    expect(at('se sumó al programa federal Huertos Vivos este año', 'Huertos Vivos', 'ORGANIZATION')).toBe(
      true,
    );
    expect(at('la campaña Manos Limpias', 'Manos Limpias', 'ORGANIZATION')).toBe(true);
    expect(at('el proyecto UNPA del gobierno', 'UNPA', 'ORGANIZATION')).toBe(false);
  });
});
