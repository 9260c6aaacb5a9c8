import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Speakers named by a role written with capitals, by a demonym before the name, after an opening
// infinitive clause, or in a chain of appositions. Our own fixture sentences, with hand-built entities
// (no descriptors unless given, as when the entity extractor misses them).
interface Named {
  name: string;
  type?: EntityType;
  aliases?: string[];
  descriptors?: string[];
}

function mentionsOf(body: string, forms: string[]): Mention[] {
  const mentions: Mention[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (mentions.some((m) => m.start < end && at < m.end)) continue;
      mentions.push({ start: at, end, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function speakerOf(paragraphs: string[], named: Named[], quoted: string): string | undefined {
  const { body, paragraphs: spans } = buildBody(paragraphs.join('\n\n'));
  const doc = analyze('2024-05-02', 'Titular', body, spans);
  const entities: Entity[] = named.map((p) => ({
    id: `${(p.type ?? 'PERSON').toLowerCase()}:${p.name.toLowerCase().replace(/\s+/g, '-')}`,
    explanation: GIVEN_EXPLANATION,
    name: p.name,
    type: p.type ?? 'PERSON',
    aliases: p.aliases ?? [],
    descriptors: p.descriptors ?? [],
    mentions: mentionsOf(body, [p.name, ...(p.aliases ?? [])]),
  }));
  return extractQuotes(doc, entities).find((q) => q.text.startsWith(quoted))?.speaker?.name;
}

describe('roles and names', () => {
  it('takes the body a participle clause qualifies, not the last of the members it lists', () => {
    const text = [
      'La comisión, integrada por los regidores Luis Paredes Ruiz, Ana Solís Vega y Marta Cuevas Ríos, solicitó que el plan se vote en enero.',
    ];
    const named = [{ name: 'Luis Paredes Ruiz' }, { name: 'Ana Solís Vega' }, { name: 'Marta Cuevas Ríos' }];
    expect(speakerOf(text, named, 'el plan')).toBe('la comisión');
  });

  it('reads the source named after según as the antecedent of the relative after it', () => {
    const text = [
      'El lunes hubo 40 heridos -12 policías y 28 civiles-, según la Cruz Verde, que calcula que las marchas seguirán.',
    ];
    const named = [{ name: 'Cruz Verde', type: 'ORGANIZATION' as const }];
    expect(speakerOf(text, named, 'las marchas')).toBe('Cruz Verde');
  });

  it('takes the name after a demonym, not the demonym', () => {
    const text = [
      'La economista chilena Paula Rivas Soto habló del tema.',
      '«Hay que esperar a la próxima cosecha», mencionó la chilena Paula Rivas Soto.',
    ];
    expect(speakerOf(text, [{ name: 'Paula Rivas Soto' }], 'Hay que esperar')).toBe('Paula Rivas Soto');
  });

  it('reads an office written with capitals as a role, not as the body it names', () => {
    const text = [
      'Rogelio Nava Pinto, Director de la Escuela de Artes, presentó su informe anual.',
      'Al referirse a la biblioteca, el Director de la Escuela de Artes informó que «el acervo creció mucho este año».',
    ];
    const named = [
      { name: 'Rogelio Nava Pinto' },
      { name: 'Escuela de Artes', type: 'ORGANIZATION' as const },
    ];
    expect(speakerOf(text, named, 'el acervo')).toBe('Rogelio Nava Pinto');
  });

  it('takes the name in apposition to an office written with capitals', () => {
    const text = [
      'En su mensaje, el Secretario de Obras del Estado, Mario Ríos Lara, informó que «la carretera abrirá en mayo».',
    ];
    const named = [{ name: 'Mario Ríos Lara' }, { name: 'Obras del Estado', type: 'ORGANIZATION' as const }];
    expect(speakerOf(text, named, 'la carretera')).toBe('Mario Ríos Lara');
  });

  it('keeps places joined in a role complement, so that the name after them renames the role', () => {
    const text = [
      '«Ayudamos a los jóvenes del campo», dijo la directora del banco para Perú y Colombia, Lucía Grande Olmos.',
    ];
    const named = [
      { name: 'Lucía Grande Olmos' },
      { name: 'Perú', type: 'LOCATION' as const },
      { name: 'Colombia', type: 'LOCATION' as const },
    ];
    expect(speakerOf(text, named, 'Ayudamos')).toBe('Lucía Grande Olmos');
  });

  it('does not give an office to a person the story introduced as a mother', () => {
    const text = [
      'Lucía, madre de un alumno de la secundaria, denunció el caso ante la prensa.',
      'El director de la escuela, quien pidió no ser nombrado, dijo que «todo fue un malentendido».',
    ];
    // Even with a descriptor wrongly given to her.
    const named = [{ name: 'Lucía', descriptors: ['director de la escuela'] }];
    expect(speakerOf(text, named, 'todo fue')).toBe('el director de la escuela');
  });

  it('reads a minor as somebody described, not the last person named', () => {
    const text = [
      'Lucía, madre de la niña, presentó la denuncia.',
      'La menor, de quien se omite el nombre, relató: «Yo no vi nada en el patio».',
    ];
    expect(speakerOf(text, [{ name: 'Lucía' }], 'Yo no vi')).toBe('la menor');
  });
});

describe('members and professions', () => {
  it('reads a party member standing alone as the person of that party', () => {
    const text = [
      'La senadora del PAN Laura Rojas Vega presentó una iniciativa de ley.',
      'La panista afirmó que «el país necesita reglas claras».',
    ];
    const named = [
      { name: 'Laura Rojas Vega', descriptors: ['senadora del PAN'] },
      { name: 'PAN', type: 'ORGANIZATION' as const },
    ];
    expect(speakerOf(text, named, 'el país necesita')).toBe('Laura Rojas Vega');
  });

  it('reads `el profesional` as the person the story is about', () => {
    const text = [
      'El arqueólogo Pablo Estrada Luna anunció el hallazgo.',
      'El profesional mexicano explicó que «la pirámide tiene mil años».',
    ];
    expect(speakerOf(text, [{ name: 'Pablo Estrada Luna' }], 'la pirámide')).toBe('Pablo Estrada Luna');
  });

  it('gives an omitted speaker the person who did something just before the quotation', () => {
    const text = [
      'El arqueólogo Pablo Estrada Luna explicó que «la pirámide tiene mil años».',
      'La canciller Marta Ríos felicitó a los atletas por su triunfo. «Son un ejemplo para todo el país», expresó.',
    ];
    const named = [{ name: 'Pablo Estrada Luna' }, { name: 'Marta Ríos' }];
    expect(speakerOf(text, named, 'Son un ejemplo')).toBe('Marta Ríos');
  });
});

describe('reported clauses', () => {
  it('reads a noun spelled like a verb in the complement before `que`', () => {
    const text = [
      'La presidenta Ana Solís viajó a Lima.',
      'La jefa de Estado señaló mediante un comunicado que la reforma será aprobada pronto.',
    ];
    expect(speakerOf(text, [{ name: 'Ana Solís', descriptors: ['presidenta'] }], 'la reforma será')).toBe(
      'Ana Solís',
    );
  });
});

describe('passive agents', () => {
  it('brings the agent of a passive to the fore for a later role', () => {
    const text = [
      'El anuncio del acuerdo fue hecho por Alí Rezaei en la capital. «Vamos a cumplir cada punto del pacto», dijo el funcionario iraní.',
    ];
    expect(speakerOf(text, [{ name: 'Alí Rezaei' }], 'Vamos a cumplir')).toBe('Alí Rezaei');
  });
});

describe('clauses around the subject', () => {
  it('skips an opening infinitive clause when looking for the subject', () => {
    const text = [
      'La detenida Rosa Quispe habló con la policía.',
      'Al preguntarle si iba armada, respondió: «Nunca llevé un arma conmigo».',
    ];
    expect(speakerOf(text, [{ name: 'Rosa Quispe' }], 'Nunca llevé')).toBe('Rosa Quispe');
  });

  it('finds the subject after an opening clause that holds a place and a quoted word', () => {
    const text = [
      'Al ser consultado si Chile sigue «molesto» con la oferta, Garza fue tajante: «Sí. No vamos a cambiar nada de lo acordado».',
    ];
    const named = [
      { name: 'Tomás Garza', aliases: ['Garza'] },
      { name: 'Chile', type: 'LOCATION' as const },
    ];
    expect(speakerOf(text, named, 'Sí. No vamos')).toBe('Tomás Garza');
  });

  it('takes the first name of a chain of appositions, not the one closing it', () => {
    const text = [
      'Pero Tomás Garza, el vocero del alcalde de Saltillo, Mario Díaz, aplaudió la medida.',
      '«Es una gran noticia para todos los vecinos», dijo.',
    ];
    const named = [
      { name: 'Tomás Garza' },
      { name: 'Mario Díaz' },
      { name: 'Saltillo', type: 'LOCATION' as const },
    ];
    expect(speakerOf(text, named, 'Es una gran')).toBe('Tomás Garza');
  });

  it('finds a person by the title set after their name', () => {
    const text = [
      'Jorge Ruiz Peña, presidente de la Cámara del Libro, inauguró la feria este lunes.',
      '«Vengan con sus hijos a conocer a los autores», expuso el presidente de la Cámara.',
    ];
    const named = [{ name: 'Jorge Ruiz Peña' }, { name: 'Cámara del Libro', type: 'ORGANIZATION' as const }];
    expect(speakerOf(text, named, 'Vengan')).toBe('Jorge Ruiz Peña');
  });
});
