import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { clusterMentions } from './merge.js';
import type { Candidate } from './repair.js';

// Our own fixture texts, written for these tests.
const mention = (text: string, piece: string, type: EntityType, from = 0): Candidate => {
  const start = text.indexOf(piece, from);
  return { start, end: start + piece.length, text: piece, type };
};

describe('grouping the mentions of one referent', () => {
  it('does not take the word after `de` in a longer name for a surname', () => {
    const body = 'Lo dijo Ana Ruiz de Lanzhou en Xiantao. Lanzhou queda lejos.';
    const clusters = clusterMentions(
      [mention(body, 'Ana Ruiz de Lanzhou', 'PERSON'), mention(body, 'Lanzhou', 'PERSON', 30)],
      new Map(),
      body,
    );
    expect(clusters).toHaveLength(2);
  });

  it('still takes a plain surname for the person', () => {
    const body = 'Lo dijo Ana Ruiz Tello en Xiantao. Ruiz Tello lo repitió.';
    const clusters = clusterMentions(
      [mention(body, 'Ana Ruiz Tello', 'PERSON'), mention(body, 'Ruiz Tello', 'PERSON', 20)],
      new Map(),
      body,
    );
    expect(clusters.map((c) => c.name)).toEqual(['Ana Ruiz Tello']);
  });

  it('takes the first word of a well-known club for the club', () => {
    const body = 'El Borussia Dortmund ganó. Después el Borussia perdió en casa.';
    const clusters = clusterMentions(
      [mention(body, 'Borussia Dortmund', 'ORGANIZATION'), mention(body, 'Borussia', 'PERSON', 20)],
      new Map(),
      body,
    );
    expect(clusters.map((c) => [c.name, c.type])).toEqual([['Borussia Dortmund', 'ORGANIZATION']]);
  });

  it('takes the last word of a well-known body for the body', () => {
    const body = 'Lo prevé BBVA Bancomer. Después Bancomer abrió sucursales.';
    const clusters = clusterMentions(
      [mention(body, 'BBVA Bancomer', 'ORGANIZATION'), mention(body, 'Bancomer', 'PERSON', 20)],
      new Map(),
      body,
    );
    expect(clusters.map((c) => c.name)).toEqual(['BBVA Bancomer']);
  });

  it('takes a misspelt acronym for the known one the article prints', () => {
    const body = 'La ONU publicó el informe. Según la UNO, la cifra creció.';
    const clusters = clusterMentions(
      [mention(body, 'ONU', 'ORGANIZATION'), mention(body, 'UNO', 'ORGANIZATION')],
      new Map(),
      body,
    );
    expect(clusters.map((c) => c.name)).toEqual(['ONU']);
  });

  it('takes a surname spelt with one vowel changed for the person', () => {
    const body = 'Habló Karim Yusri. Luego los seguidores de Yasri marcharon.';
    const clusters = clusterMentions(
      [mention(body, 'Karim Yusri', 'PERSON'), mention(body, 'Yasri', 'LOCATION')],
      new Map(),
      body,
    );
    expect(clusters.map((c) => [c.name, c.type])).toEqual([['Karim Yusri', 'PERSON']]);
  });

  it('joins a company by its unlisted acronym and a club by its first word or its city', () => {
    const body = 'La firma KDT Media demandó a Celta de Vigo. KDT lo confirmó y el Celta calló.';
    const clusters = clusterMentions(
      [
        mention(body, 'KDT Media', 'ORGANIZATION'),
        mention(body, 'Celta de Vigo', 'ORGANIZATION'),
        mention(body, 'KDT', 'ORGANIZATION', 30),
        mention(body, 'Celta', 'ORGANIZATION', 50),
      ],
      new Map(),
      body,
    );
    expect(clusters.map((c) => c.name).sort()).toEqual(['Celta de Vigo', 'KDT Media']);
    const club = 'Jugó en el Real Sevilla y luego dejó el Sevilla.';
    const sevilla = { ...mention(club, 'Sevilla', 'ORGANIZATION', 30), forced: 'ORGANIZATION' as const };
    const grouped = clusterMentions(
      [mention(club, 'Real Sevilla', 'ORGANIZATION'), sevilla],
      new Map(),
      club,
    );
    expect(grouped.map((c) => c.name)).toEqual(['Real Sevilla']);
  });

  it('keeps a listed acronym apart from a longer name it opens', () => {
    const body = 'La ONU Mujeres y la ONU firmaron.';
    const clusters = clusterMentions(
      [mention(body, 'ONU Mujeres', 'ORGANIZATION'), mention(body, 'ONU', 'ORGANIZATION', 15)],
      new Map(),
      body,
    );
    expect(clusters).toHaveLength(2);
  });

  it('keeps a well-known body apart from an office named after it, not from its own full name', () => {
    const body =
      'Según Naciones Unidas, la Oficina de las Naciones Unidas contra el Hambre y la Organización de las Naciones Unidas lo dicen.';
    const office = clusterMentions(
      [
        mention(body, 'Oficina de las Naciones Unidas contra el Hambre', 'ORGANIZATION'),
        mention(body, 'Naciones Unidas', 'ORGANIZATION'),
      ],
      new Map(),
      body,
    );
    expect(office).toHaveLength(2);
    const itself = clusterMentions(
      [
        mention(body, 'Organización de las Naciones Unidas', 'ORGANIZATION'),
        mention(body, 'Naciones Unidas', 'ORGANIZATION'),
      ],
      new Map(),
      body,
    );
    expect(itself).toHaveLength(1);
  });

  it('joins the Barça to the club of its city, never to the city', () => {
    const club = 'El Barcelona ganó. El Barça sigue líder.';
    const barcelona = { ...mention(club, 'Barcelona', 'ORGANIZATION'), forced: 'ORGANIZATION' as const };
    const joined = clusterMentions([barcelona, mention(club, 'Barça', 'ORGANIZATION')], new Map(), club);
    expect(joined.map((c) => c.name)).toEqual(['Barcelona']);
    const city = 'Llegó a Barcelona. El Barça sigue líder.';
    const apart = clusterMentions(
      [mention(city, 'Barcelona', 'LOCATION'), mention(city, 'Barça', 'ORGANIZATION')],
      new Map(),
      city,
    );
    expect(apart).toHaveLength(2);
  });
});
