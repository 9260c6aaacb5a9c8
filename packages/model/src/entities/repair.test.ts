import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import {
  type Candidate,
  companySuffixes,
  gazetteerPlaces,
  joinSplitNames,
  splitJoinedNames,
} from './repair.js';

const span = (text: string, piece: string, type: EntityType, from = 0): Candidate => {
  const start = text.indexOf(piece, from);
  return { start, end: start + piece.length, text: piece, type };
};
const texts = (spans: Candidate[]) => spans.map((s) => [s.text, s.type]);

describe('re-joining names the tagger split', () => {
  it('joins a body or thing and its complement across `de la`', () => {
    const text = 'Lo prevé el Código Civil de la Provincia desde hace años.';
    const spans = [span(text, 'Código Civil', 'MISC'), span(text, 'Provincia', 'ORGANIZATION')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Código Civil de la Provincia', 'MISC']]);
  });

  it('joins a facility or body head to the person it is named after', () => {
    const text = 'El torneo se jugó en el Gimnasio Rosa Quiroga y lo organizó la Escuela Tomás Elizalde.';
    const spans = [
      span(text, 'Gimnasio', 'LOCATION'),
      span(text, 'Rosa Quiroga', 'PERSON'),
      span(text, 'Escuela', 'ORGANIZATION'),
      span(text, 'Tomás Elizalde', 'PERSON'),
    ];
    expect(texts(joinSplitNames(spans, text))).toEqual([
      ['Gimnasio Rosa Quiroga', 'LOCATION'],
      ['Escuela Tomás Elizalde', 'ORGANIZATION'],
    ]);
  });

  it('joins a settlement named for a saint across `del`, but not a person or a known place', () => {
    const text =
      'Vive en San Mateo del Encino; fue a San Mateo del Oro y a Santa Rosa de Perú con Luis Páez.';
    const spans = [
      span(text, 'San Mateo', 'LOCATION'),
      span(text, 'Encino', 'LOCATION'),
      span(text, 'Santa Rosa', 'LOCATION'),
      span(text, 'Perú', 'LOCATION'),
    ];
    expect(texts(joinSplitNames(spans, text))).toEqual([
      ['San Mateo del Encino', 'LOCATION'],
      ['Santa Rosa', 'LOCATION'],
      ['Perú', 'LOCATION'],
    ]);
  });

  it('keeps a settlement named for a saint whole when the rest is no place or body', () => {
    const text = 'Nació en San Francisco del Encinal y trabajó en San Francisco de la UNAM.';
    const spans = [
      span(text, 'San Francisco del Encinal', 'LOCATION'),
      span(text, 'San Francisco de la UNAM', 'LOCATION'),
    ];
    expect(texts(splitJoinedNames(spans, text))).toEqual([
      ['San Francisco del Encinal', 'LOCATION'],
      ['San Francisco', 'LOCATION'],
      ['UNAM', 'ORGANIZATION'],
    ]);
  });

  it('joins English names across `of`', () => {
    const text = 'Lo dijo Bank of Patagonia Holdings ayer.';
    const spans = [span(text, 'Bank', 'ORGANIZATION'), span(text, 'Patagonia Holdings', 'ORGANIZATION')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Bank of Patagonia Holdings', 'ORGANIZATION']]);
  });

  it('joins a body name the tagger cut at `y` when the rest opens with an ordinary word', () => {
    const text = 'La Secretaría de Pesca y Recursos Marinos del Sur abrió la veda.';
    const spans = [
      span(text, 'Secretaría de Pesca', 'ORGANIZATION'),
      span(text, 'Recursos Marinos del Sur', 'ORGANIZATION'),
    ];
    expect(texts(joinSplitNames(spans, text))).toEqual([
      ['Secretaría de Pesca y Recursos Marinos del Sur', 'ORGANIZATION'],
    ]);
  });

  it('joins a body and the field it works in after `en`, but not a place after `en`', () => {
    const text =
      'Enseña en el Instituto Regional en Estudios Rurales y trabaja con la Policía Estatal en Saltillo.';
    const spans = [
      span(text, 'Instituto Regional', 'ORGANIZATION'),
      span(text, 'Estudios Rurales', 'LOCATION'),
      span(text, 'Policía Estatal', 'ORGANIZATION'),
      span(text, 'Saltillo', 'LOCATION'),
    ];
    expect(texts(joinSplitNames(spans, text))).toEqual([
      ['Instituto Regional en Estudios Rurales', 'ORGANIZATION'],
      ['Policía Estatal', 'ORGANIZATION'],
      ['Saltillo', 'LOCATION'],
    ]);
  });

  it('keeps two bodies coordinated with `y` apart', () => {
    const text = 'La Secretaría de Salud y Aerolíneas Mexicanas firmaron.';
    const spans = [
      span(text, 'Secretaría de Salud', 'ORGANIZATION'),
      span(text, 'Aerolíneas Mexicanas', 'ORGANIZATION'),
    ];
    expect(joinSplitNames(spans, text)).toHaveLength(2);
  });

  it("joins a person's name cut at a middle initial", () => {
    const text = 'Lo recordó Mary K. Lindqvist en su discurso.';
    const spans = [span(text, 'Mary K', 'PERSON'), span(text, 'Lindqvist', 'PERSON')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Mary K. Lindqvist', 'PERSON']]);
  });

  it("gives back a person's given name that a body's span swallowed", () => {
    const text = 'Lo dijo el Gobierno de Julio Andrade Paz ayer.';
    const spans = [span(text, 'Gobierno de Julio', 'ORGANIZATION'), span(text, 'Andrade Paz', 'PERSON')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Julio Andrade Paz', 'PERSON']]);
  });

  it('joins a name cut at an initial even when the tagger read it as a place', () => {
    const text = 'Lo dijo la directora, Alma R. Villaseñor, en Lima.';
    const spans = [span(text, 'Alma R', 'LOCATION'), span(text, 'Villaseñor', 'LOCATION')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Alma R. Villaseñor', 'PERSON']]);
  });

  it('joins a name cut at a given name written short (Ma. for María)', () => {
    const text = 'Lo informó Luis Ma. Sotomayor Pinto en la junta.';
    const spans = [span(text, 'Luis Ma', 'PERSON'), span(text, 'Sotomayor Pinto', 'PERSON')];
    expect(texts(joinSplitNames(spans, text))).toEqual([['Luis Ma. Sotomayor Pinto', 'PERSON']]);
  });

  it("cuts a well-known body's office for a place back to the body", () => {
    const text = 'Lo dijo el director del Fondo Monetario Internacional para Chile y Perú.';
    const spans = [span(text, 'Fondo Monetario Internacional para Chile', 'ORGANIZATION')];
    expect(texts(splitJoinedNames(spans, text))).toEqual([
      ['Fondo Monetario Internacional', 'ORGANIZATION'],
      ['Chile', 'LOCATION'],
    ]);
  });

  it('leaves a country after a full body name apart', () => {
    const text = 'La Secretaría de Pesca de Chile lo negó.';
    const spans = [span(text, 'Secretaría de Pesca', 'ORGANIZATION'), span(text, 'Chile', 'LOCATION')];
    expect(joinSplitNames(spans, text)).toHaveLength(2);
  });
});

describe('splitting spans that hold two names', () => {
  it('cuts a place from the body or acronym after it', () => {
    const text = 'dijo el representante en Perú de MSF ayer';
    expect(texts(splitJoinedNames([span(text, 'Perú de MSF', 'LOCATION')], text))).toEqual([
      ['Perú', 'LOCATION'],
      ['MSF', 'ORGANIZATION'],
    ]);
  });

  it('cuts a landmark from the known place after `del`', () => {
    const text = 'en el Zócalo del Distrito Federal hubo un mitin';
    expect(texts(splitJoinedNames([span(text, 'Zócalo del Distrito Federal', 'LOCATION')], text))).toEqual([
      ['Zócalo', 'LOCATION'],
      ['Distrito Federal', 'LOCATION'],
    ]);
  });

  it('splits coordinated places and people, but not a country named with `y`', () => {
    const text = 'Viajó a Chile y Perú con Ana Sol y Luis Mar; luego a Trinidad y Tobago.';
    const spans = [
      span(text, 'Chile y Perú', 'LOCATION'),
      span(text, 'Ana Sol y Luis Mar', 'PERSON'),
      span(text, 'Trinidad y Tobago', 'LOCATION'),
    ];
    expect(splitJoinedNames(spans, text).map((s) => s.text)).toEqual([
      'Chile',
      'Perú',
      'Ana Sol',
      'Luis Mar',
      'Trinidad y Tobago',
    ]);
  });

  it('cuts the place a company or person is from', () => {
    const text = 'quebró Hudson Partners de Nueva York y habló Ana Ruiz de Phoenix';
    const spans = [
      span(text, 'Hudson Partners de Nueva York', 'ORGANIZATION'),
      span(text, 'Ana Ruiz de Phoenix', 'PERSON'),
    ];
    expect(texts(splitJoinedNames(spans, text))).toEqual([
      ['Hudson Partners', 'ORGANIZATION'],
      ['Nueva York', 'LOCATION'],
      ['Ana Ruiz', 'PERSON'],
      ['Phoenix', 'LOCATION'],
    ]);
    const university = 'la Universidad Autónoma de Zacatecas';
    expect(
      splitJoinedNames([span(university, 'Universidad Autónoma de Zacatecas', 'ORGANIZATION')], university),
    ).toHaveLength(1);
  });

  it('cuts a dateline place from the name run into it', () => {
    const text = 'Belgrado Ana Petrović, guitarrista, dijo';
    expect(texts(splitJoinedNames([span(text, 'Belgrado Ana Petrović', 'PERSON')], text))).toEqual([
      ['Belgrado', 'LOCATION'],
      ['Ana Petrović', 'PERSON'],
    ]);
  });
});

describe('places from the gazetteer', () => {
  it('grows a span that holds part of a known place', () => {
    const text = 'Estados Unidos negó el acuerdo.';
    expect(texts(gazetteerPlaces([span(text, 'Estados', 'ORGANIZATION')], text))).toEqual([
      ['Estados Unidos', 'LOCATION'],
    ]);
  });

  it('adds a known place the tagger missed, and leaves one inside a longer name', () => {
    const text = 'El Banco de Chile abrió una oficina en Kazajistán.';
    const found = gazetteerPlaces([span(text, 'Banco de Chile', 'ORGANIZATION')], text);
    expect(found.map((s) => s.text)).toEqual(['Banco de Chile', 'Kazajistán']);
  });
});

describe('company suffixes', () => {
  it('extend the name and make it an organisation', () => {
    const text = 'las facturas de Lunaria S.L. y de Brisa S.A. de C.V. fueron falsas';
    const spans = [span(text, 'Lunaria', 'PERSON'), span(text, 'Brisa', 'LOCATION')];
    expect(texts(companySuffixes(spans, text))).toEqual([
      ['Lunaria S.L.', 'ORGANIZATION'],
      ['Brisa S.A. de C.V.', 'ORGANIZATION'],
    ]);
  });

  it('complete a suffix the tagger cut after its first letter', () => {
    const text = 'la auditoría a Lunaria S.L”.';
    expect(texts(companySuffixes([span(text, 'Lunaria S', 'PERSON')], text))).toEqual([
      ['Lunaria S.L', 'ORGANIZATION'],
    ]);
  });
});

describe('a body named with a list', () => {
  it('is one name when the tagger kept its pieces apart', () => {
    const text = 'Lo aprobó la Comisión de Apoyo a Artes Escénicas, Plásticas y Visuales del cabildo.';
    const spans = [
      span(text, 'Comisión de Apoyo', 'ORGANIZATION'),
      span(text, 'Artes Escénicas', 'MISC'),
      span(text, 'Plásticas', 'ORGANIZATION'),
      span(text, 'Visuales', 'ORGANIZATION'),
    ];
    expect(joinSplitNames(spans, text).map((s) => s.text)).toEqual([
      'Comisión de Apoyo a Artes Escénicas, Plásticas y Visuales',
    ]);
  });
});
