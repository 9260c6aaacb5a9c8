import { describe, expect, it } from 'vitest';
import type { Candidate } from './repair.js';
import { splitRunTogether } from './split.js';

/** One tagged span over `name` inside `text`. */
function span(text: string, name: string, type: Candidate['type'] = 'MISC'): Candidate {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}
const pieces = (text: string, name: string, type?: Candidate['type']) =>
  splitRunTogether([span(text, name, type)], text).map((s) => [s.text, s.type]);

describe('names run together in one span', () => {
  it('cuts two places at a slash', () => {
    const text = 'Lima/Quito. Los ministros se reunieron ayer.';
    expect(pieces(text, 'Lima/Quito', 'LOCATION')).toEqual([
      ['Lima', 'LOCATION'],
      ['Quito', 'LOCATION'],
    ]);
  });

  it('cuts two known places left side by side by a lost comma', () => {
    const text = 'Habrá sedes en Dallas Houston y Denver.';
    expect(pieces(text, 'Dallas Houston', 'LOCATION')).toEqual([
      ['Dallas', 'LOCATION'],
      ['Houston', 'LOCATION'],
    ]);
  });

  it('cuts a known place or medium from the person who follows it', () => {
    const text = 'Lo contó el corresponsal del Washington Post Peter Varga desde Kiev.';
    expect(pieces(text, 'Washington Post Peter Varga')).toEqual([
      ['Washington Post', 'ORGANIZATION'],
      ['Peter Varga', 'PERSON'],
    ]);
  });

  it('takes a name whose surname stands alone elsewhere as a person even with an unknown given name', () => {
    const text = 'Habló la enviada en Chile Oriana Kessel. Kessel dijo que volverá.';
    expect(pieces(text, 'Chile Oriana Kessel', 'LOCATION')).toEqual([
      ['Chile', 'LOCATION'],
      ['Oriana Kessel', 'PERSON'],
    ]);
  });

  it('keeps a festival after a place whole: its last word is an ordinary word', () => {
    const text = 'Ganó en el Lima Summer Festival. El Festival cerró ayer.';
    expect(pieces(text, 'Lima Summer Festival')).toEqual([['Lima Summer Festival', 'MISC']]);
  });

  it('takes a known place after `en` out of a name', () => {
    const text = 'Habló el Consejo Regional en Sonora sobre el agua.';
    expect(pieces(text, 'Consejo Regional en Sonora', 'ORGANIZATION')).toEqual([
      ['Consejo Regional', 'ORGANIZATION'],
      ['Sonora', 'LOCATION'],
    ]);
  });

  it('leaves known places and organisations alone', () => {
    const text = 'Viajó a San Juan y leyó The Wall Street Journal.';
    expect(pieces(text, 'San Juan', 'LOCATION')).toEqual([['San Juan', 'LOCATION']]);
  });

  it('cuts the holder of a role from the body or award that qualifies it', () => {
    const text =
      'Ganó el piloto español de Aurora Racing Andrés Lozano, y lo felicitó el Nobel de la Paz Marta Quiroga.';
    expect(pieces(text, 'Aurora Racing Andrés Lozano', 'ORGANIZATION')).toEqual([
      ['Aurora Racing', 'ORGANIZATION'],
      ['Andrés Lozano', 'PERSON'],
    ]);
    expect(pieces(text, 'Nobel de la Paz Marta Quiroga')).toEqual([
      ['Nobel de la Paz', 'MISC'],
      ['Marta Quiroga', 'PERSON'],
    ]);
  });

  it('keeps whole a body named after a person and a place named after a saint', () => {
    const text = 'Habló la directora del Teatro Julia Serrano y el párroco de San Pedro Tlaxcoapan.';
    expect(pieces(text, 'Teatro Julia Serrano', 'ORGANIZATION')).toEqual([
      ['Teatro Julia Serrano', 'ORGANIZATION'],
    ]);
    expect(pieces(text, 'San Pedro Tlaxcoapan', 'LOCATION')).toEqual([['San Pedro Tlaxcoapan', 'LOCATION']]);
  });

  it('cuts a channel from its city, and a known place from a person a role follows', () => {
    const text = 'Lo dijo al Canal N de Quito. Habló desde Belgrado Duda Ristić, un guitarrista veterano.';
    expect(pieces(text, 'Canal N de Quito', 'ORGANIZATION')).toEqual([
      ['Canal N', 'ORGANIZATION'],
      ['Quito', 'LOCATION'],
    ]);
    expect(pieces(text, 'Belgrado Duda Ristić', 'PERSON')).toEqual([
      ['Belgrado', 'LOCATION'],
      ['Duda Ristić', 'PERSON'],
    ]);
  });
});
