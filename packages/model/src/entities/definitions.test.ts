import { describe, expect, it } from 'vitest';
import { findDefinitions } from './definitions.js';

const defined = (text: string) => findDefinitions(text).map((d) => [d.short, d.long]);

describe('acronyms an article defines', () => {
  it('keeps a company suffix inside the expansion', () => {
    expect(defined('La firma Minerales del Sur S.A. (Minsur) cerró una mina.')).toEqual([
      ['Minsur', 'Minerales del Sur S.A.'],
    ]);
  });

  it('reads the expansion before the acronym in brackets', () => {
    expect(defined('Ayer habló la Comisión Nacional del Agua (CNA) sobre la sequía.')).toEqual([
      ['CNA', 'Comisión Nacional del Agua'],
    ]);
  });

  it('accepts an acronym from another language when the text says so', () => {
    const text = 'según la Oficina Federal de Investigación (FBI, por sus siglas en inglés).';
    expect(defined(text)).toEqual([['FBI', 'Oficina Federal de Investigación']]);
  });

  it('starts the expansion where the initials fit, not at an earlier name', () => {
    const text = 'dijo la portavoz en Chile de Médicos del Mundo (MM).';
    expect(defined(text)).toEqual([['MM', 'Médicos del Mundo']]);
  });

  it('reads syllabic acronyms by their letters', () => {
    const text = 'La Comisión Económica para América Latina (Cepal) publicó su informe.';
    expect(defined(text)).toEqual([['Cepal', 'Comisión Económica para América Latina']]);
  });

  it('reads the reverse order, acronym first', () => {
    const text = 'Según la Cepal (Comisión Económica para América Latina), el comercio crece.';
    expect(defined(text)).toEqual([['Cepal', 'Comisión Económica para América Latina']]);
  });

  it('keeps lower-case linking words inside the expansion', () => {
    const text = 'El acuerdo de la Oficina contra la Droga y el Delito (ONDD) llegó tarde.';
    expect(defined(text)).toEqual([['ONDD', 'Oficina contra la Droga y el Delito']]);
  });

  it('reads `por su sigla`, in the singular, as a foreign acronym', () => {
    const text = 'lo vigila la Oficina de Control Aduanero (OCA, por su sigla en inglés) desde marzo.';
    expect(defined(text)).toEqual([['OCA', 'Oficina de Control Aduanero']]);
  });

  it("does not take a party or city after a person's or an award's name for its acronym", () => {
    expect(defined('Lo propuso el diputado Ramiro Solís Vega (PRD) en la tribuna.')).toEqual([]);
    expect(defined('Ganó en los Luna Llena Film Awards (NYC) el año pasado.')).toEqual([]);
  });

  it('accepts a foreign acronym that shares an initial with the name', () => {
    expect(defined('Lo apoyó la Liga Verde Cristiana (CGL) en la votación.')).toEqual([
      ['CGL', 'Liga Verde Cristiana'],
    ]);
  });

  it('does not take a place in brackets for an acronym', () => {
    expect(defined('Nació en Rosario (Argentina) y vive en la Ciudad de Mendoza (Argentina).')).toEqual([]);
  });
});
