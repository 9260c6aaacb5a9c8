import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';

// Our own fixture text, written for these tests.
const STORY = [
  ' date 2024-03-11 Berlín estudia nuevas sanciones',
  '',
  'Berlín. La canciller alemana, Greta Lindqvist, anunció hoy nuevas sanciones.',
  '',
  'Por su parte, el fiscal general alemán descartó abrir una investigación, dijo Otto Brenner.',
  '',
  'El senador chileno Mateo Lagos respaldó la medida, y la legisladora chilena pidió prudencia.',
  '',
  'Más tarde, el mandatario chileno recibió a la canciller alemana.',
].join('\n');

const entities = parseArticle(STORY).entities;
const rolesOf = (name: string) => entities.find((e) => e.name === name)?.descriptors;

describe('roles that name somebody named elsewhere', () => {
  it('does not give a person known by another post a role tied to the same country', () => {
    expect(rolesOf('Greta Lindqvist')).not.toContain('fiscal general alemán');
  });

  it('does not join roles of different grammatical gender', () => {
    expect(rolesOf('Mateo Lagos')).not.toContain('legisladora chilena');
  });

  it('still joins roles of one kind', () => {
    expect(rolesOf('Mateo Lagos')).toContain('senador chileno');
  });
});
