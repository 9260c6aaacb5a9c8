import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../types.js';
import { entityId } from './ids.js';
import { resolveRoleMention, roleCore } from './resolve-role.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

const entity = (
  name: string,
  type: EntityType,
  descriptors: string[],
  at: number[] = [0],
  aliases: string[] = [],
): Entity => ({
  id: entityId(type, name),
  explanation: GIVEN_EXPLANATION,
  name,
  type,
  aliases,
  descriptors,
  mentions: at.map((start) => ({ start, end: start + name.length, text: name })),
});

describe('resolving a role phrase to a person', () => {
  const entities = [
    entity('Ilyá Sorokin', 'PERSON', ['presidente de Rusia'], [0, 400]),
    entity('Nurlán Abenov', 'PERSON', ['homólogo kazajo'], [50, 300]),
    entity('Marta Oyarzún', 'PERSON', ['presidenta del Partido Azul'], [100]),
    entity('Luis Mar', 'PERSON', ['ministro de Pesca peruano'], [150]),
    entity('Partido Azul', 'ORGANIZATION', [], [120], ['PA', 'Azul']),
  ];
  const who = (phrase: string, position?: number) =>
    resolveRoleMention(phrase, entities, position === undefined ? {} : { position })?.name;

  it('finds the person tied to a demonym, with or without the determiner', () => {
    expect(who('el presidente kazajo')).toBe('Nurlán Abenov');
    expect(who('mandatario ruso')).toBe('Ilyá Sorokin');
    expect(who('el ministro peruano')).toBe('Luis Mar');
  });

  it('reads regional adjectives as any of their countries', () => {
    expect(who('el mandatario centroasiático')).toBe('Nurlán Abenov');
  });

  it('finds the person tied to a party, by name, short form or affiliation adjective', () => {
    expect(who('la líder del Partido Azul')).toBe('Marta Oyarzún');
    expect(who('la dirigente del PA')).toBe('Marta Oyarzún');
  });

  it('gives a bare role to a person holding one of its kind, the nearest before when asked', () => {
    expect(who('el mandatario', 60)).toBe('Nurlán Abenov');
    expect(who('el mandatario', 420)).toBe('Ilyá Sorokin');
  });

  it('returns nothing for a phrase that is no role or that fits nobody', () => {
    expect(who('la ciudad rusa')).toBeUndefined();
    expect(who('el presidente chileno')).toBeUndefined();
  });
});

describe('the core of a role phrase', () => {
  it('is the role noun and what follows, without determiners', () => {
    expect(roleCore('el mandatario kazajo')).toEqual({ noun: 'mandatario', rest: 'kazajo' });
    expect(roleCore('su expresidente')).toEqual({ noun: 'expresidente', rest: '' });
    expect(roleCore('la ciudad')).toBeUndefined();
  });
});
