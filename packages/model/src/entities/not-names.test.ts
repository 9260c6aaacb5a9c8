import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import type { Cluster } from './merge.js';
import { namesNothing } from './not-names.js';

// Our own fixture texts, written for these tests.
const cluster = (body: string, text: string, type: EntityType = 'ORGANIZATION'): Cluster => {
  const start = body.indexOf(text);
  return {
    name: text,
    type,
    typeRule: 'entity.type.tagger',
    mentions: [{ start, end: start + text.length, text, type }],
  };
};

describe('capitalised words that name nothing', () => {
  it('drops an office someone runs for or reaches, keeps the body spoken of with `de`', () => {
    const body = 'Quiere volver a la Presidencia. Lo dijo el vocero de la Presidencia.';
    expect(namesNothing(cluster(body, 'Presidencia'), body)).toBe(true);
    const other = 'Lo dijo el vocero de la Presidencia.';
    expect(namesNothing(cluster(other, 'Presidencia'), other)).toBe(false);
  });

  it('drops an era and a field of study, but not a place where one studies', () => {
    const era = 'La vasija data del siglo III antes de Cristo.';
    expect(namesNothing(cluster(era, 'Cristo', 'PERSON'), era)).toBe(true);
    const field = 'Tiene un doctorado en Paleontología por una universidad suiza.';
    expect(namesNothing(cluster(field, 'Paleontología', 'LOCATION'), field)).toBe(true);
    const long =
      'Se inscribió en la Maestría en Ciencias de la Comunicación y en la Especialidad en Redes Digitales.';
    expect(namesNothing(cluster(long, 'Ciencias de la Comunicación', 'LOCATION'), long)).toBe(true);
    expect(namesNothing(cluster(long, 'Redes Digitales', 'LOCATION'), long)).toBe(true);
    const place = 'Cursó un posgrado en Francia.';
    expect(namesNothing(cluster(place, 'Francia', 'LOCATION'), place)).toBe(false);
  });

  it('drops concepts and English words left from titles, not acronyms', () => {
    const body = 'Defendió el Estado de Derecho y cantó Always y Tonight ante la firma AT.';
    expect(namesNothing(cluster(body, 'Estado de Derecho'), body)).toBe(true);
    const cup = 'Ganó la Bundesliga y el día de San Valentín lo celebró.';
    expect(namesNothing(cluster(cup, 'Bundesliga', 'LOCATION'), cup)).toBe(true);
    expect(namesNothing(cluster(cup, 'San Valentín', 'LOCATION'), cup)).toBe(true);
    expect(namesNothing(cluster(body, 'Always', 'PERSON'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'AT'), body)).toBe(false);
  });

  it('drops acronyms in the plural, which count things, and keeps a body ending in capital S', () => {
    const body = 'La empresa envió los datos en DVDs y no en USBs, explicó la CNS.';
    expect(namesNothing(cluster(body, 'DVDs', 'LOCATION'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'USBs'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'CNS'), body)).toBe(false);
  });

  it('drops feasts and English leftovers of several words, keeps an English name', () => {
    const body = 'Por Navidad cantó If I, At 42 y Yesterday’s en el club The Blue Moon.';
    expect(namesNothing(cluster(body, 'Navidad', 'LOCATION'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'If I'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'At 42'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'Yesterday’s', 'PERSON'), body)).toBe(true);
    expect(namesNothing(cluster(body, 'The Blue Moon'), body)).toBe(false);
  });
});
