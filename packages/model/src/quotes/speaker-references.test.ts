import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Speakers renamed by a name after an unlisted agent noun, after determiners in a row, or named
// only later in the story. Our own fixture sentences, with hand-built entities
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

describe('speaker references', () => {
  it('takes the name after an agent noun we do not list as a role', () => {
    const text = [
      '«La obra termina en abril», declaró la administradora adjunta de la Comisión Forestal, Elena Sosa Prieto.',
      '«Después seguirá el muelle norte», explicó.',
    ];
    const named = [
      { name: 'Elena Sosa Prieto' },
      { name: 'Comisión Forestal', type: 'ORGANIZATION' as const },
    ];
    expect(speakerOf(text, named, 'La obra termina')).toBe('Elena Sosa Prieto');
    expect(speakerOf(text, named, 'Después seguirá')).toBe('Elena Sosa Prieto');
  });

  it('does not rename a thing with the name of a person after its comma', () => {
    const text = [
      'Según la leyenda oaxaqueña, Tomás Ferrer Gil, quien fundó el pueblo, llegó a pie desde la costa.',
    ];
    const quotes = speakerOf(text, [{ name: 'Tomás Ferrer Gil' }], 'quien fundó');
    expect(quotes).toBeUndefined();
  });

  it('reads `el mismo` before a name as one phrase', () => {
    const text = [
      'Rosa Elvira Campos Tena perdió la final del torneo.',
      '«Fue un partido durísimo», dijo la misma Campos Tena tras el encuentro.',
    ];
    const named = [{ name: 'Rosa Elvira Campos Tena', aliases: ['Campos Tena'] }];
    expect(speakerOf(text, named, 'Fue un partido')).toBe('Rosa Elvira Campos Tena');
  });

  it('does not resolve a role to a person the story names only further on', () => {
    const text = [
      'Madrid. El diario local cerró sus puertas el lunes tras cuarenta años.',
      'El periodista, de 70 años, confirmó que vendió la cabecera. «Me voy tranquilo», señaló.',
      'Una periodista de la zona, Inés Prado Vela, lamentó el cierre.',
    ];
    const named = [{ name: 'Inés Prado Vela', descriptors: ['periodista de la zona'] }];
    expect(speakerOf(text, named, 'Me voy tranquilo')).not.toBe('Inés Prado Vela');
  });

  it('lets the lead give the role before the name', () => {
    const text = [
      'El alcalde de Tula dijo este lunes que la feria se suspende por la lluvia.',
      'Jorge Mena Ruiz, alcalde de Tula, añadió que habrá otra fecha.',
    ];
    const named = [{ name: 'Jorge Mena Ruiz', descriptors: ['alcalde de Tula'] }];
    expect(speakerOf(text, named, 'la feria se suspende')).toBe('Jorge Mena Ruiz');
  });

  it('takes the name between commas after `para` and a role', () => {
    const text = [
      'Laura Gil Ortega habló ayer.',
      'Para el vocero del sindicato, Mateo Rey Lanz, las negociaciones van por buen camino.',
    ];
    const named = [{ name: 'Laura Gil Ortega' }, { name: 'Mateo Rey Lanz' }];
    expect(speakerOf(text, named, 'las negociaciones')).toBe('Mateo Rey Lanz');
  });

  it('reads a bare demonym as the person it was said of', () => {
    const text = [
      'El chileno Marcelo Ruiz Tapia ganó la etapa y el francés Paul Leduc quedó segundo.',
      'Leduc protestó por el resultado ante los jueces.',
      '«Fue el día más duro del año», admitió el chileno, que llegó exhausto.',
    ];
    const named = [{ name: 'Marcelo Ruiz Tapia' }, { name: 'Paul Leduc' }];
    expect(speakerOf(text, named, 'Fue el día')).toBe('Marcelo Ruiz Tapia');
  });

  it('does not read a demonym that qualified something else (the government of a region) as said of the name after it', () => {
    const text = [
      'El jefe del gobierno chileno, Iker Mendia, pidió una consulta.',
      'La apoya el exciclista Joseba Irureta, que vive en Francia.',
      '«Con eso está todo dicho», dijo el chileno ante la prensa.',
    ];
    const named = [
      { name: 'Iker Mendia', descriptors: ['jefe del gobierno chileno'] },
      { name: 'Joseba Irureta' },
    ];
    expect(speakerOf(text, named, 'Con eso')).toBe('Joseba Irureta');
  });

  it('reads the head of the diplomacy as the foreign minister', () => {
    const text = [
      'El jefe del gobierno vasco, Iker Mendia, pidió una consulta.',
      'La ministra de Asuntos Exteriores, Clara Ibarra Sanz, recibió la carta.',
      'La jefa de la diplomacia española admitió que la marcha fue un éxito.',
    ];
    const named = [
      { name: 'Iker Mendia', descriptors: ['jefe del gobierno vasco'] },
      { name: 'Clara Ibarra Sanz', descriptors: ['ministra de Asuntos Exteriores'] },
    ];
    expect(speakerOf(text, named, 'la marcha')).toBe('Clara Ibarra Sanz');
  });

  it("reads a party's member as the person last named when nobody was tied to that party", () => {
    const text = [
      'La presidenta de la mesa directiva, Rosa Elvira Cota Ibarra, habló ayer con la prensa.',
      'Sobre la agenda que tendrán los diputados, la priista informó que se formarán las comisiones.',
    ];
    expect(speakerOf(text, [{ name: 'Rosa Elvira Cota Ibarra' }], 'se formarán')).toBe(
      'Rosa Elvira Cota Ibarra',
    );
  });

  it('reads `continuó X` after a quotation as X going on speaking', () => {
    const text = [
      '«Fue un maestro para todos», dijo Rocío Benítez Lara sobre Tomás Iriarte Gil.',
      'En un encuentro, Iriarte Gil le reveló que había leído todas sus cartas en la cárcel.',
      '«Nos enseñó a no rendirnos nunca», continuó Benítez Lara ante la prensa.',
    ];
    const named = [
      { name: 'Rocío Benítez Lara', aliases: ['Benítez Lara'] },
      { name: 'Tomás Iriarte Gil', aliases: ['Iriarte Gil'] },
    ];
    expect(speakerOf(text, named, 'Nos enseñó')).toBe('Rocío Benítez Lara');
  });

  it('never gives an impersonal accusation (se lo acusó de «…») to the person accused', () => {
    const text = [
      'El exalcalde Ramiro Ochoa Luna fue sentenciado ayer en Texas.',
      'En el escrito de la fiscalía se lo acusó de «desviar fondos de la obra pública».',
      'Además se lo inculpó por «lavar dinero en bancos extranjeros».',
    ];
    const named = [{ name: 'Ramiro Ochoa Luna' }];
    expect(speakerOf(text, named, 'desviar fondos')).toBe('escrito de la fiscalía');
    expect(speakerOf(text, named, 'lavar dinero')).toBe('escrito de la fiscalía');
  });

  it('reads a demonstrative and a gentilic as the person last named', () => {
    const text = [
      'Hace diez años que Rosario Méndez Luna no ve a su hijo; «se fue al norte a trabajar», comentó esta poblana.',
    ];
    expect(speakerOf(text, [{ name: 'Rosario Méndez Luna' }], 'se fue al norte')).toBe('Rosario Méndez Luna');
  });

  it('reads `el volante` as the driver the story is about', () => {
    const text = [
      'Sebastián Lara Ocampo terminó quinto en el Gran Premio.',
      '«El coche respondió muy bien», sostuvo el volante tras la carrera.',
    ];
    expect(speakerOf(text, [{ name: 'Sebastián Lara Ocampo' }], 'El coche')).toBe('Sebastián Lara Ocampo');
  });

  it('reads a role as the person last named when nobody has spoken yet', () => {
    const text = [
      'Con la presencia de Irene Salas Gómez, arrancó ayer el foro sobre igualdad.',
      'La funcionaria refirió que el presupuesto del programa crecerá el próximo año.',
    ];
    expect(speakerOf(text, [{ name: 'Irene Salas Gómez' }], 'el presupuesto')).toBe('Irene Salas Gómez');
  });

  it('does not read a role as a person named in its own sentence', () => {
    const text = [
      'En representación del alcalde Tomás Vega Ruiz, el secretario de obras aseguró que el puente abrirá en junio.',
    ];
    expect(speakerOf(text, [{ name: 'Tomás Vega Ruiz' }], 'el puente')).not.toBe('Tomás Vega Ruiz');
  });

  it('does not read `la policía` as the person last named', () => {
    const text = [
      'Ramón Ortiz Lara fue detenido el domingo en el centro de la ciudad.',
      'La policía informó que el detenido llevaba un arma sin permiso.',
    ];
    expect(speakerOf(text, [{ name: 'Ramón Ortiz Lara' }], 'el detenido')).not.toBe('Ramón Ortiz Lara');
  });

  it('does not take a bare object pronoun after the verb as the speaker', () => {
    const text = [
      'La dentista Olga Pardo Ruiz presentó la campaña de salud bucal.',
      'Sobre las actividades de la semana, mencionó las que tienen que ver con «la técnica de cepillado y el uso de hilo dental».',
    ];
    expect(speakerOf(text, [{ name: 'Olga Pardo Ruiz' }], 'la técnica de cepillado')).toBe('Olga Pardo Ruiz');
  });

  it('reads `según el,` as the pronoun written without its accent', () => {
    const text = [
      '«Nunca vi algo así», declaró el concejal Raúl Fierro Díaz tras el derrumbe.',
      'La Cruz Roja atendió a los vecinos. Según el, hubo «al menos cinco heridos».',
    ];
    const named = [{ name: 'Raúl Fierro Díaz' }, { name: 'Cruz Roja', type: 'ORGANIZATION' as const }];
    expect(speakerOf(text, named, 'al menos cinco')).toBe('Raúl Fierro Díaz');
  });

  it('reads `ella` as a person, not the body the story talked about last', () => {
    const text = [
      '«Fue una noche larga», dijo la enfermera Marina Solís Peña al salir del turno.',
      'El Hospital General recibió a doce heridos. Según ella, «faltaron camas en urgencias».',
    ];
    const named = [
      { name: 'Marina Solís Peña' },
      { name: 'Hospital General', type: 'ORGANIZATION' as const },
    ];
    expect(speakerOf(text, named, 'faltaron camas')).toBe('Marina Solís Peña');
  });

  it('reads `la misma fuente` as whoever was quoted last', () => {
    const text = [
      'El vecino Raúl Soto Mena vio llegar a los heridos.',
      '«Hubo combates toda la noche», indicó la Red Civil de Monitoreo. Según la misma fuente, «el puente sigue cerrado».',
    ];
    const named = [
      { name: 'Raúl Soto Mena' },
      { name: 'Red Civil de Monitoreo', type: 'ORGANIZATION' as const },
    ];
    expect(speakerOf(text, named, 'el puente sigue')).toBe('Red Civil de Monitoreo');
  });
});

describe('a role in the lead, named in the next paragraph', () => {
  it('is the person named next, not one named further on with a role of the same kind', () => {
    const speaker = speakerOf(
      [
        'Las lluvias dejaron daños graves en la costa, dijo el jefe de la agencia de emergencias este lunes.',
        '«Hay que reparar los puentes cuanto antes», dijo Óscar Vela Ruiz, director de Protección Civil.',
        'Más tarde, el presidente Mario Díaz Soto visitó la zona.',
      ],
      [
        { name: 'Óscar Vela Ruiz', descriptors: ['director de Protección Civil'] },
        { name: 'Mario Díaz Soto', descriptors: ['presidente'] },
      ],
      'Las lluvias',
    );
    expect(speaker).toBe('Óscar Vela Ruiz');
  });

  it('stays with a person who holds that very role, even named later than another', () => {
    const speaker = speakerOf(
      [
        'El ministro de Obras dijo este lunes que los puentes abrirán si lo ordena el presidente Mario Díaz Soto.',
        'En una entrevista, el ministro Óscar Vela Ruiz pronosticó que las lluvias seguirán.',
      ],
      [
        { name: 'Mario Díaz Soto', descriptors: ['presidente'] },
        { name: 'Óscar Vela Ruiz', descriptors: ['ministro de Obras'] },
      ],
      'los puentes',
    );
    expect(speaker).toBe('Óscar Vela Ruiz');
  });
});
