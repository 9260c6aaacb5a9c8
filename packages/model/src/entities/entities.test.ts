import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';
import type { Entity } from '../types.js';
import { entityId } from './ids.js';
import { resolveRoleMention } from './resolve-role.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Our own fixture text, written for these tests.
const STORY = [
  ' date 2024-06-03 Rivas y Okonkwo firman un acuerdo comercial',
  '',
  'Quito, 3 jun (EFE).- El presidente de Ecuador, Daniel Rivas, y su homólogo nigeriano, Chidi Okonkwo, firmaron este lunes un acuerdo comercial en el Palacio de Carondelet.',
  '',
  'El mandatario nigeriano recordó que la Comisión Económica para América Latina (Cepal) prevé un crecimiento del comercio entre ambos países.',
  '',
  'Rivas dijo que Ecuador exportará más cacao a Nigeria, mientras que Okonkwo elogió a la petrolera estatal Petroecuador.',
  '',
  'La Cepal publicará un informe. Mientras tanto, EE.UU. y Estados Unidos no son dos países distintos.',
].join('\n');

const entities = parseArticle(STORY).entities;
const byName = (name: string) => entities.find((e) => e.name === name);

describe('entities of an article', () => {
  it('merges a surname into the full name and keeps the short form as an alias', () => {
    const rivas = byName('Daniel Rivas');
    expect(rivas).toMatchObject({ type: 'PERSON', id: 'person:daniel-rivas' });
    expect(rivas?.aliases).toContain('Rivas');
    expect(entities.filter((e) => e.name === 'Rivas')).toEqual([]);
  });

  it('reads roles from appositions', () => {
    expect(byName('Daniel Rivas')?.descriptors).toContain('presidente de Ecuador');
    expect(byName('Chidi Okonkwo')?.descriptors).toContain('homólogo nigeriano');
  });

  it('resolves a role with a demonym to the person it describes', () => {
    expect(byName('Chidi Okonkwo')?.descriptors).toContain('mandatario nigeriano');
  });

  it('merges an acronym the article defines with its expansion', () => {
    const cepal = entities.filter((e) => /Cepal|Comisión Económica/.test(e.name));
    expect(cepal).toHaveLength(1);
    expect(cepal[0]?.aliases).toContain('Cepal');
  });

  it('merges common short forms from a table', () => {
    const us = entities.filter((e) => e.name === 'Estados Unidos' || e.aliases.includes('EE.UU.'));
    expect(us).toHaveLength(1);
    expect(us[0]?.type).toBe('LOCATION');
  });

  it('lists each mention with offsets into the body', () => {
    const article = parseArticle(STORY);
    for (const e of article.entities)
      for (const m of e.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entity ids', () => {
  it('are the type and the folded name', () => {
    expect(entityId('PERSON', 'Vladímir Putin')).toBe('person:vladimir-putin');
    expect(entityId('LOCATION', 'Estados Unidos')).toBe('location:estados-unidos');
  });
});

describe('resolving a role phrase', () => {
  const person = (name: string, descriptors: string[]): Entity => ({
    id: entityId('PERSON', name),
    explanation: GIVEN_EXPLANATION,
    name,
    type: 'PERSON',
    aliases: [],
    descriptors,
    mentions: [{ start: 0, end: 1, text: name }],
  });
  const people = [
    person('Ana Sol', ['presidenta de Chile']),
    person('Luis Mar', ['ministro de Hacienda peruano']),
  ];

  it('finds the person tied to the demonym', () => {
    expect(resolveRoleMention('la mandataria chilena', people)?.name).toBe('Ana Sol');
    expect(resolveRoleMention('el ministro peruano', people)?.name).toBe('Luis Mar');
  });

  it('returns nothing for a phrase that is not a role', () => {
    expect(resolveRoleMention('la ciudad chilena', people)).toBeUndefined();
  });
});

describe('the dateline place and its state', () => {
  const story = (first: string) =>
    parseArticle(` date 2024-02-05 Obras en la sierra\n\n${first}\n\nLos trabajos durarán un año.`).entities;

  it('reads a place printed in capitals as a location under its ordinary spelling', () => {
    const found = story('TEPEACA, PUE.- El ayuntamiento abrió un mercado nuevo.');
    expect(found).toContainEqual(expect.objectContaining({ name: 'Tepeaca', type: 'LOCATION' }));
    expect(found.map((e) => e.name)).not.toContain('TEPEACA');
  });

  it('names a state given only by its abbreviation, keeping the abbreviation as an alias', () => {
    const found = story('Taxco, Gro. El ayuntamiento abrió un mercado nuevo.');
    const state = found.find((e) => e.name === 'Guerrero');
    expect(state).toMatchObject({ type: 'LOCATION', aliases: ['Gro.'] });
  });
});

describe('verb forms heading a line', () => {
  it('are nobody, whatever the tagger reads', () => {
    const text = [
      ' date 2024-05-02 Un coro en la plaza',
      '',
      'Lima. El coro de Ana Ruiz cantó ayer en la plaza.',
      '',
      'Cantando',
      '',
      'Decidir',
      '',
      'Ruiz dijo que volverán pronto.',
    ].join('\n');
    const names = parseArticle(text).entities.map((e) => e.name);
    expect(names).not.toContain('Cantando');
    expect(names).not.toContain('Decidir');
    expect(names).toContain('Ana Ruiz');
  });
});
