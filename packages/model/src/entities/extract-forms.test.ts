import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';

// Our own fixture texts, written for these tests.
const entitiesOf = (lines: string[]) => parseArticle(lines.join('\n')).entities;
const find = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name);

describe('forms of one person', () => {
  it('merges given name and first surname with the two surnames, in either order', () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Pide Rosendo Garza más apoyo al campo',
      '',
      'Durango, Dgo. El dirigente de los productores, Rosendo Garza, pidió más agua para los ejidos.',
      '',
      'Garza Ibarra explicó que la sequía lleva tres años y que la cosecha se perdió.',
    ]);
    expect(find(entities, 'Rosendo Garza')?.aliases).toContain('Garza Ibarra');
    expect(entities.filter((e) => /Garza/.test(e.name))).toHaveLength(1);
  });

  it("joins a middle initial to the person's name", () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Visita oficial',
      '',
      'Monterrey, NL. El expresidente Harold T. Whitcombe llegó ayer a la ciudad con su familia.',
    ]);
    expect(find(entities, 'Harold T. Whitcombe')?.type).toBe('PERSON');
  });
});

describe('names and their printed forms', () => {
  it('drops the preposition a headline puts before a name', () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Dirigencia del Partido Azul respalda a su candidata',
      '',
      'Puebla, Pue. La dirigencia del Partido Azul Nacional respaldó ayer a su candidata a la alcaldía.',
    ]);
    const aliases = entities.flatMap((e) => e.aliases);
    expect(aliases.some((a) => /^del?\s/.test(a))).toBe(false);
  });

  it('names an entity without the double spaces or line breaks of the print', () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Feria',
      '',
      'Puebla, Pue. La Cámara Nacional  de Fabricantes de Vidrio abrió ayer su feria anual.',
    ]);
    expect(entities.map((e) => e.name)).toContain('Cámara Nacional de Fabricantes de Vidrio');
  });

  it('prefers a name in ordinary spelling to the capitals of the dateline', () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Entregan tractores en Pinotepa',
      '',
      'PINOTEPA, OAX.- El municipio de Pinotepa recibió ayer diez tractores nuevos.',
    ]);
    expect(entities.map((e) => e.name)).toContain('Pinotepa');
  });

  it('takes an English name ending in a body word for an organization', () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Inversión',
      '',
      'Lima. La firma Huang Lintao Group compró ayer dos hoteles. Huang Lintao, su fundador, lo celebró.',
    ]);
    expect(find(entities, 'Huang Lintao Group')?.type).toBe('ORGANIZATION');
  });

  it("does not take an office's portfolio for a person", () => {
    const entities = entitiesOf([
      ' date 2024-05-02 Apoyos al campo',
      '',
      'Puebla, Pue. A nombre del gobernador, el secretario de Desarrollo Forestal explicó ayer el programa.',
    ]);
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).not.toContain(
      'Desarrollo Forestal',
    );
  });
});
