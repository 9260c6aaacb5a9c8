import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

describe('parseDateline', () => {
  it.each([
    [
      'Quito, 3 abr (EFE).- El ministro…',
      { place: 'Quito', date: '3 abr', agency: 'EFE' },
      'Quito, 3 abr (EFE).-',
    ],
    [
      'Sídney (Australia), 8 jul (EFE).- Las…',
      { place: 'Sídney', region: 'Australia', agency: 'EFE' },
      'Sídney (Australia), 8 jul (EFE).-',
    ],
    ['Chilpancingo, Gro. El gobernador…', { place: 'Chilpancingo', region: 'Gro' }, 'Chilpancingo, Gro.'],
    ['México, DF. La Cámara…', { place: 'México', region: 'DF' }, 'México, DF.'],
    ['Oaxaca Oax. Maestros…', { place: 'Oaxaca', region: 'Oax' }, 'Oaxaca Oax.'],
    ['Ottawa. La primera ministra…', { place: 'Ottawa' }, 'Ottawa.'],
    [
      'San Juan de los Lagos, Jal. Miles…',
      { place: 'San Juan de los Lagos', region: 'Jal' },
      'San Juan de los Lagos, Jal.',
    ],
    ['Santa Fe. “No habrá cambios”, dijo…', { place: 'Santa Fe' }, 'Santa Fe.'],
    ['TORREÓN, COAH.- Vecinos…', { place: 'Torreón', region: 'COAH' }, 'TORREÓN, COAH.-'],
    [
      'Tepic, Nay., 4 de mayo. Productores…',
      { place: 'Tepic', region: 'Nay', date: '4 de mayo' },
      'Tepic, Nay., 4 de mayo.',
    ],
    [
      'PUEBLA, PUE., 9 de enero.- Comerciantes…',
      { place: 'Puebla', region: 'PUE', date: '9 de enero' },
      'PUEBLA, PUE., 9 de enero.-',
    ],
    ['León, D.F. Vecinos…', { place: 'León', region: 'D.F' }, 'León, D.F.'],
    ['Valparaíso El puerto chileno amaneció…', { place: 'Valparaíso' }, 'Valparaíso'],
    ['Naciones Unidas, Tras dos semanas de debate…', { place: 'Naciones Unidas' }, 'Naciones Unidas,'],
  ])('reads %j', (paragraph, expected, printed) => {
    const dateline = parseDateline(paragraph);
    expect(dateline).toMatchObject(expected);
    expect(paragraph.slice(dateline!.start, dateline!.end)).toBe(printed);
  });

  it('offsets the span by where the paragraph starts', () => {
    expect(parseDateline('Ottawa. La…', 40)).toMatchObject({ start: 40, end: 47 });
  });

  it.each([
    'El ministro de Hacienda anunció hoy…',
    'Gracias. Eso fue todo.',
    'Los candidatos a la alcaldía, reunidos en la plaza…',
    'Hay que cambiar el modelo: lo dijo el líder.',
    'Según El Heraldo, la obra se retrasa…',
    'Ayer El alcalde habló…',
    'Mientras La Paz espera, el Congreso debate…',
  ])('finds no dateline in %j', (paragraph) => {
    expect(parseDateline(paragraph)).toBeUndefined();
  });
});
