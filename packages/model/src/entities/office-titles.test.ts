import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import type { Cluster } from './merge.js';
import { isOfficeTitle } from './office-titles.js';

// Our own fixture texts, written for these tests.
const cluster = (body: string, text: string, type: EntityType): Cluster => {
  const start = body.indexOf(text);
  return {
    name: text,
    type,
    typeRule: 'entity.type.tagger',
    mentions: [{ start, end: start + text.length, text, type }],
  };
};

describe('an office title read as a name', () => {
  it('drops the capitalised rest of a title after its noun', () => {
    const body = 'Lo firmó Ana Ruiz, directora General de los Archivos Estatales.';
    expect(isOfficeTitle(cluster(body, 'General de los Archivos Estatales', 'ORGANIZATION'), body)).toBe(
      true,
    );
  });

  it('drops an office the tagger read as a person, keeps people and bodies', () => {
    const body = 'Llegó el Consejero Jurídico de la Gobernación, y también el Papa Benedicto de Roma.';
    expect(isOfficeTitle(cluster(body, 'Consejero Jurídico de la Gobernación', 'PERSON'), body)).toBe(true);
    expect(isOfficeTitle(cluster(body, 'Papa Benedicto de Roma', 'PERSON'), body)).toBe(false);
    const general = 'Visitó General Lázaro Cárdenas y el municipio de General Escobedo.';
    expect(isOfficeTitle(cluster(general, 'General Escobedo', 'LOCATION'), general)).toBe(false);
  });
});
