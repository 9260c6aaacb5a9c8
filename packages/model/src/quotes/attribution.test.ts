import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Hand-built entities, as the entity extractor would give them, over our own fixture texts.
interface Person {
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
      const word = /[\p{L}\p{N}]/u;
      if (word.test(body[at - 1] ?? '') || word.test(body[end] ?? '')) continue;
      if (mentions.some((m) => m.start < end && at < m.end)) continue;
      mentions.push({ start: at, end, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function quotesOf(paragraphs: string[], people: Person[] = []) {
  const { body, paragraphs: spans } = buildBody(paragraphs.join('\n\n'));
  const doc = analyze('2024-05-02', 'Titular', body, spans);
  const entities: Entity[] = people.map((p) => ({
    id: `${(p.type ?? 'PERSON').toLowerCase()}:${p.name.toLowerCase().replace(/\s+/g, '-')}`,
    explanation: GIVEN_EXPLANATION,
    name: p.name,
    type: p.type ?? 'PERSON',
    aliases: p.aliases ?? [],
    descriptors: p.descriptors ?? [],
    mentions: mentionsOf(body, [p.name, ...(p.aliases ?? [])]),
  }));
  const quotes = extractQuotes(doc, entities);
  const find = (text: string) => quotes.find((q) => q.text === text || q.text.startsWith(text));
  return { body, quotes, find, speaker: (text: string) => find(text)?.speaker?.name };
}

const ROSA = { name: 'Rosa Quintana', aliases: ['Quintana'], descriptors: ['gobernadora de Sonora'] };
const ELIAS = { name: 'Elías Montero', aliases: ['Montero'], descriptors: ['alcalde de Hermosillo'] };

describe('cues after the quotation', () => {
  const { speaker, find } = quotesOf(
    [
      'Hermosillo, 2 may (EFE).- La gobernadora de Sonora, Rosa Quintana, visitó este jueves las obras del acueducto.',
      '«El agua llegará a todas las colonias antes del verano», declaró Quintana ante los vecinos.',
      '«Hemos esperado demasiado», le respondió Elías Montero.',
    ],
    [ROSA, ELIAS],
  );

  it('reads the speaker after an inverted cue, under the fullest name', () => {
    expect(speaker('El agua llegará')).toBe('Rosa Quintana');
    expect(find('El agua llegará')?.cue).toBe('declaró');
  });

  it('skips a clitic between the quotation and the verb', () => {
    expect(speaker('Hemos esperado demasiado')).toBe('Elías Montero');
  });

  it('links the speaker to the entity', () => {
    expect(find('El agua llegará')?.speaker).toMatchObject({
      entityId: 'person:rosa-quintana',
      kind: 'entity',
    });
  });
});

describe('cues before the quotation', () => {
  const { speaker, find } = quotesOf(
    [
      'Rosa Quintana recorrió el mercado con Elías Montero y lo calificó de «aliado indispensable».',
      'Según Quintana, las obras fueron «rápidas» y «baratas».',
      'Para Montero, «la ciudad necesita otra presa».',
      'Montero lo resumió así: «Sin agua no hay futuro».',
      'En palabras de Quintana, «el verano será distinto».',
    ],
    [ROSA, ELIAS],
  );

  it('gives the subject of the verb, not its object', () => {
    expect(speaker('aliado indispensable')).toBe('Rosa Quintana');
    expect(find('aliado indispensable')?.cue).toBe('calificó de');
  });

  it('keeps one-word partial quotes attributed by «según»', () => {
    expect(speaker('rápidas')).toBe('Rosa Quintana');
    expect(speaker('baratas')).toBe('Rosa Quintana');
  });

  it('reads «para X,», a colon after the speaker and «en palabras de»', () => {
    expect(speaker('la ciudad necesita')).toBe('Elías Montero');
    expect(speaker('Sin agua no hay futuro')).toBe('Elías Montero');
    expect(speaker('el verano será distinto')).toBe('Rosa Quintana');
  });
});

describe('speakers named by role, omitted or not named', () => {
  it('resolves a role noun to the person the article gave it to', () => {
    const { speaker } = quotesOf(
      [
        'El alcalde de Hermosillo, Elías Montero, y la gobernadora de Sonora, Rosa Quintana, firmaron el convenio.',
        '«Es un día para recordar», dijo el alcalde.',
      ],
      [ROSA, ELIAS],
    );
    expect(speaker('Es un día para recordar')).toBe('Elías Montero');
  });

  it('gives an omitted subject to the last speaker before it', () => {
    const { speaker } = quotesOf(
      [
        '«No habrá cortes», prometió Rosa Quintana.',
        'Elías Montero, que llegó tarde a la reunión, adelantó que pedirá más fondos.',
        '«Lo vamos a conseguir», remató.',
      ],
      [ROSA, ELIAS],
    );
    expect(speaker('Lo vamos a conseguir')).toBe('Elías Montero');
  });

  it('does not take the subject of the quoted words for the speaker', () => {
    const { speaker } = quotesOf(
      ['Rosa Quintana habló después.', 'El gobierno «cumplirá cada promesa», insistió.'],
      [ROSA],
    );
    expect(speaker('cumplirá cada promesa')).toBe('Rosa Quintana');
  });

  it('gives a quotation with no cue to the speaker of the one before', () => {
    const { speaker } = quotesOf(
      ['«Tenemos un plan», aseguró Montero.', '«Y tenemos el dinero para cumplirlo desde mañana mismo»'],
      [ELIAS],
    );
    expect(speaker('Y tenemos el dinero')).toBe('Elías Montero');
  });

  it('names a document as the source, without the words around it', () => {
    const { find } = quotesOf([
      'Según el texto del convenio de aguas compartidas, ambos estados pactaron «un reparto justo del caudal».',
    ]);
    expect(find('un reparto justo')?.speaker).toEqual({
      name: 'convenio de aguas compartidas',
      kind: 'source',
    });
  });

  it('describes an unnamed speaker with the phrase', () => {
    const { find } = quotesOf(['«Hubo dos detenidos», dijo un portavoz policial a la prensa local.']);
    expect(find('Hubo dos detenidos')?.speaker).toEqual({
      name: 'un portavoz policial',
      kind: 'description',
    });
  });
});

describe('quotations over several paragraphs', () => {
  it('gives each paragraph its own quote and the speaker of the cue at the end', () => {
    const { quotes, speaker } = quotesOf(
      ['«Primero cerraremos los pozos viejos.', '«Después abriremos los nuevos», explicó Quintana.'],
      [ROSA],
    );
    expect(quotes.filter((q) => q.direct).map((q) => q.text)).toEqual([
      'Primero cerraremos los pozos viejos.',
      'Después abriremos los nuevos',
    ]);
    expect(speaker('Primero cerraremos')).toBe('Rosa Quintana');
    expect(speaker('Después abriremos')).toBe('Rosa Quintana');
  });
});

describe('spans in quotation marks that nobody said', () => {
  const { quotes } = quotesOf(
    [
      'La película «Agua de nadie» se estrenó en el festival del llamado «corredor seco».',
      'El programa "Riego Seguro" repartió bombas en la región, conocida como "la olla".',
      'Los vecinos viven una "crisis" desde hace años.',
      'La banda tocó "Lluvia de marzo" al final.',
    ],
    [],
  );
  const direct = quotes.filter((q) => q.direct).map((q) => q.text);

  it('leaves out titles, names of programmes and nicknames', () => {
    expect(direct).not.toContain('Agua de nadie');
    expect(direct).not.toContain('corredor seco');
    expect(direct).not.toContain('Riego Seguro');
    expect(direct).not.toContain('la olla');
    expect(direct).not.toContain('Lluvia de marzo');
  });

  it('leaves out scare quotes no cue attributes', () => {
    expect(direct).not.toContain('crisis');
  });
});

describe('clauses around the cue that do not hold its speaker', () => {
  const NORA = { name: 'Nora Beltrán', aliases: ['Beltrán'], descriptors: ['directora del hospital'] };
  const TOMAS = { name: 'Tomás Ugarte', aliases: ['Ugarte'], descriptors: ['entrenador'] };
  const GACETA = { name: 'La Gaceta del Valle', type: 'ORGANIZATION' as const, aliases: ['La Gaceta'] };

  it('leaves the speaker of a verb set between commas to the story, not the clause around it', () => {
    const { speaker } = quotesOf(
      [
        '«Faltan camas», advirtió Nora Beltrán ante los reporteros.',
        'El nuevo pabellón, dijo, estará listo «antes de que acabe el invierno».',
      ],
      [NORA],
    );
    expect(speaker('antes de que acabe')).toBe('Nora Beltrán');
  });

  it('takes no subject from the clause of an infinitive after the verb', () => {
    const { speaker } = quotesOf(
      [
        '«Vamos a crecer», anunció Nora Beltrán.',
        'Ugarte, por su parte, insistió en llamar ésta una decisión «valiente y necesaria».',
      ],
      [NORA, TOMAS],
    );
    expect(speaker('valiente y necesaria')).toBe('Tomás Ugarte');
  });

  it('takes no subject from an indirect question after the verb', () => {
    const { speaker } = quotesOf(
      [
        'La Gaceta se pregunta qué esperaba el entrenador Tomás Ugarte cuando el equipo «dejó de correr en el segundo tiempo».',
      ],
      [TOMAS, GACETA],
    );
    expect(speaker('dejó de correr')).toBe('La Gaceta del Valle');
  });

  it('gives a view inside somebody’s reported clause to the one reporting it', () => {
    const { speaker } = quotesOf(
      [
        'Nora Beltrán llegó temprano.',
        'Dijo que ambos sindicatos mantienen «diferencias serias, pero superables».',
      ],
      [NORA],
    );
    expect(speaker('diferencias serias')).toBe('Nora Beltrán');
  });

  it('reads the subject of a second clause joined by «y» after an object', () => {
    const { speaker } = quotesOf(
      [
        'El equipo jugará el sábado ante Ecuador y el entrenador Tomás Ugarte afirmó que «nadie está cansado».',
      ],
      [TOMAS],
    );
    expect(speaker('nadie está cansado')).toBe('Tomás Ugarte');
  });

  it('does not let a cue in a relative clause take over a later quotation without a cue', () => {
    const { speaker } = quotesOf(
      [
        '«El torneo se decide en casa», afirmó Ugarte, rechazando el pronóstico de un comentarista que sugirió que el equipo perdería.',
        '«Lo que sí le digo es que vamos a pelear cada balón hasta el último minuto».',
      ],
      [TOMAS],
    );
    expect(speaker('Lo que sí le digo')).toBe('Tomás Ugarte');
  });

  it('reads «se quejó» after a quotation as a cue whose speaker a later «agregó» continues', () => {
    const { speaker } = quotesOf(
      [
        '«Nadie nos avisó del corte», afirmó Nora Beltrán.',
        '«Tres días sin luz en el quirófano», se quejó el entrenador Tomás Ugarte.',
        '«Y nadie responde por los daños en el material médico», agregó.',
      ],
      [NORA, TOMAS],
    );
    expect(speaker('Tres días sin luz')).toBe('Tomás Ugarte');
    expect(speaker('Y nadie responde')).toBe('Tomás Ugarte');
  });

  it('reads «coincidir en que» as a cue', () => {
    const { speaker } = quotesOf(
      ['El entrenador Tomás Ugarte coincidió en que «el rival llega mejor preparado».'],
      [TOMAS],
    );
    expect(speaker('el rival llega')).toBe('Tomás Ugarte');
  });
});
