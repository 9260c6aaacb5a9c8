import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';
import { lexicalType } from './typing.js';

// Our own fixture text, written for these tests.
const story = (...paragraphs: string[]) =>
  parseArticle([' date 2024-05-10 Crónica de prueba', '', ...paragraphs].join('\n\n')).entities;
const typeOf = (entities: ReturnType<typeof story>, name: string) =>
  entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('names of facilities and geographic features', () => {
  it('are places by their head, whoever they are named after', () => {
    expect(lexicalType('Estadio Santiago Bernabéu', true)).toBe('LOCATION');
    expect(lexicalType('Puente Río Claro', false)).toBe('LOCATION');
    expect(lexicalType('Parque Nacional Cumbres Altas', false)).toBe('LOCATION');
    expect(lexicalType('Aeropuerto Internacional Ángel Soto', true)).toBe('LOCATION');
  });

  it('know the best-known mountains, ranges and deserts', () => {
    expect(lexicalType('Aconcagua', false)).toBe('LOCATION');
    expect(lexicalType('Himalaya', false)).toBe('LOCATION');
    expect(lexicalType('Popocatépetl', false)).toBe('LOCATION');
  });

  it('are places by an English tail, and a party by its own', () => {
    expect(lexicalType('Grafton Street', false)).toBe('LOCATION');
    expect(lexicalType('Liberty Party', false)).toBe('ORGANIZATION');
  });

  it('stay places when the article abbreviates them', () => {
    const found = story(
      'Tres astronautas viajaron a la Estación Espacial Internacional (ISS) el martes.',
      'La ISS recibirá otra nave en junio.',
    );
    expect(found.find((e) => e.name === 'Estación Espacial Internacional')).toMatchObject({
      type: 'LOCATION',
      aliases: ['ISS'],
    });
  });

  it('are places after a lower-case facility noun, even when a person gives the name', () => {
    const found = story('Miles de aficionados llenaron el estadio Tomás Urrutia para la final del torneo.');
    expect(typeOf(found, 'Tomás Urrutia')).toBe('LOCATION');
  });

  it('leave a person after a noun of territory a person', () => {
    const found = story('La protesta fue contra el gobernador del estado Tomás Urrutia, que no respondió.');
    expect(typeOf(found, 'Tomás Urrutia')).toBe('PERSON');
  });

  it('are places after a territory noun or before an apposition that says so', () => {
    const found = story(
      'Los vecinos del barrio Xochitenco protestaron por el agua.',
      'La cosecha creció en Tanamé, una región del norte donde llueve poco.',
    );
    // The tagger may take in the lower-case noun: `barrio Xochitenco` is still a place.
    expect(found.find((e) => e.name.endsWith('Xochitenco'))?.type).toBe('LOCATION');
    expect(typeOf(found, 'Tanamé')).toBe('LOCATION');
  });

  it('take their last word as a short form', () => {
    const found = story(
      'El Puente Tlacotal unirá los dos valles en 2026.',
      'Los ingenieros dicen que el Tlacotal resistirá sismos fuertes.',
    );
    expect(found.find((e) => e.name === 'Puente Tlacotal')).toMatchObject({ type: 'LOCATION' });
    expect(found.some((e) => e.name === 'Tlacotal')).toBe(false);
  });
});

describe('names run together', () => {
  it('name each place of a dateline filed from two', () => {
    const found = story('Lima/Quito. Los cancilleres de ambos países firmaron un acuerdo.');
    expect(typeOf(found, 'Lima')).toBe('LOCATION');
    expect(typeOf(found, 'Quito')).toBe('LOCATION');
    expect(found.some((e) => e.name.includes('/'))).toBe(false);
  });

  it('keep a place after `en` inside a name the article abbreviates', () => {
    const found = story(
      'El Círculo de Periodistas Extranjeros en Chile (CPEC) protestó por la detención.',
      'El CPEC pidió explicaciones.',
    );
    expect(found.find((e) => e.name === 'Círculo de Periodistas Extranjeros en Chile')).toMatchObject({
      type: 'ORGANIZATION',
    });
  });
});

describe('a name that opens a line', () => {
  it('keeps a given name the lexicon lacks: it cannot be a verb', () => {
    const found = story(
      'Ermanno Velasco, portavoz de la cooperativa, habló con la prensa.',
      'Velasco añadió que la cosecha fue buena.',
    );
    expect(found.find((e) => e.name === 'Ermanno Velasco')?.aliases).toContain('Velasco');
  });
});
