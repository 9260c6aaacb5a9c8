import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';

// Our own fixture texts, written for these tests.
const STORY = [
  ' date 2024-03-12 Firma Elizalde pacto pesquero con Sorokin en Lima',
  '',
  'Lima, 12 mar (EFE).- El presidente de Perú, Tomás Elizalde, y su homólogo ruso, Ilyá Sorokin, firmaron hoy en el Palacio de Gobierno un acuerdo de pesca.',
  '',
  'El mandatario ruso dijo que la petrolera rusa Volganeft invertirá en la costa. Elizalde agradeció el gesto de Sorokin.',
  '',
  'La Organización de Pesca del Pacífico Sur (OPPS) celebró el acuerdo. Según la OPPS, EE.UU. y EEUU no son dos países: Estados Unidos pidió información.',
  '',
  'Además, el Senado de la República debe ratificarlo; el Senado votará en abril.',
].join('\n');

const article = parseArticle(STORY);
const names = article.entities.map((e) => e.name);
const byName = (name: string) => article.entities.find((e) => e.name === name);

describe('the entities of an article', () => {
  it('lists each referent once, under its fullest name, with the other forms as aliases', () => {
    expect(byName('Tomás Elizalde')?.aliases).toEqual(['Elizalde']);
    expect(byName('Ilyá Sorokin')?.aliases).toEqual(['Sorokin']);
    expect(names.filter((n) => /Elizalde|Sorokin/.test(n))).toHaveLength(2);
  });

  it('merges a defined acronym and the common short forms of a country', () => {
    expect(byName('Organización de Pesca del Pacífico Sur')?.aliases).toContain('OPPS');
    expect(byName('Estados Unidos')).toMatchObject({ type: 'LOCATION', id: 'location:estados-unidos' });
    expect(byName('Estados Unidos')?.aliases).toEqual(expect.arrayContaining(['EE.UU.', 'EEUU']));
  });

  it('merges a bare head into the one body it names', () => {
    expect(byName('Senado de la República')?.aliases).toContain('Senado');
    expect(names).not.toContain('Senado');
  });

  it('types places, bodies and companies', () => {
    expect(byName('Lima')?.type).toBe('LOCATION');
    expect(byName('Perú')?.type).toBe('LOCATION');
    expect(byName('Volganeft')?.type).toBe('ORGANIZATION');
    expect(byName('EFE')?.type).toBe('ORGANIZATION');
  });

  it('keeps the verb that opens the headline and the adverb that opens a sentence out of names', () => {
    expect(names.some((n) => /Firma|Además|Según/.test(n))).toBe(false);
  });

  it('gives people and companies the roles stated next to them and by role phrases elsewhere', () => {
    expect(byName('Tomás Elizalde')?.descriptors).toContain('presidente de Perú');
    expect(byName('Ilyá Sorokin')?.descriptors).toEqual(
      expect.arrayContaining(['homólogo ruso', 'mandatario ruso']),
    );
    expect(byName('Volganeft')?.descriptors).toContain('petrolera rusa');
  });

  it('lists body mentions with their offsets, and none for the title', () => {
    for (const e of article.entities)
      for (const m of e.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.text);
    expect(byName('Ilyá Sorokin')?.mentions.map((m) => m.text)).toEqual(['Ilyá Sorokin', 'Sorokin']);
  });
});

describe('an acronym defined inside a longer name', () => {
  const text = [
    ' date 2024-05-02 Premio a un instituto',
    '',
    'El Instituto de Suelos de la Universidad Autónoma del Litoral (UAL) ganó el premio. La UAL lo celebró.',
  ].join('\n');

  it('names the inner body apart, with its acronym', () => {
    const entities = parseArticle(text).entities;
    expect(entities.find((e) => e.name === 'Universidad Autónoma del Litoral')?.aliases).toEqual(['UAL']);
    expect(entities.find((e) => e.name.startsWith('Instituto de Suelos'))?.aliases).toEqual([]);
  });
});

describe('a dateline with a state abbreviation', () => {
  const text = [
    ' date 2024-05-02 Llueve en el norte',
    '',
    'Calera, Zac. Las lluvias de ayer inundaron el centro de Zacatecas.',
  ].join('\n');

  it('names the state as a place, with the abbreviation as an alias', () => {
    const states = parseArticle(text).entities.filter((e) => e.aliases.includes('Zac.') || e.name === 'Zac.');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ name: 'Zacatecas', type: 'LOCATION' });
  });
});

describe('words capitalised as pieces of longer names', () => {
  const text = [
    ' date 2024-05-02 Foro en la capital',
    '',
    'El foro reunió a la Secretaría de Salud con expertos en Estrategia y en Geografía, y el Congreso lo aplaudió.',
  ].join('\n');

  it('are no entities on their own, while a body known by one noun is', () => {
    const names = parseArticle(text).entities.map((e) => e.name);
    expect(names).toContain('Secretaría de Salud');
    expect(names).toContain('Congreso');
    expect(names).not.toContain('Estrategia');
  });
});
