import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity, EntityType } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Our own fixture text. Entities are given as the entity extractor would: every form in the body.
function parse(paragraphs: string[], people: Array<[string, EntityType, string[]]>) {
  const built = buildBody(paragraphs.join('\n\n'));
  const entities: Entity[] = people.map(([name, type, aliases]) => {
    const mentions = [name, ...aliases].flatMap((form) => {
      const found = [];
      for (let at = built.body.indexOf(form); at >= 0; at = built.body.indexOf(form, at + 1)) {
        const taken = name !== form && built.body.startsWith(name, at - name.indexOf(form));
        if (!taken) found.push({ start: at, end: at + form.length, text: form });
      }
      return found;
    });
    return {
      id: `x:${name}`,
      name,
      type,
      aliases,
      descriptors: [],
      mentions,
      explanation: GIVEN_EXPLANATION,
    };
  });
  const doc = analyze('2024-03-01', 'Prueba', built.body, built.paragraphs);
  const reported = extractQuotes(doc, entities).filter((q) => !q.direct);
  return (start: string) => reported.find((q) => q.text.startsWith(start));
}

describe('reported speech closed by an inverted verb', () => {
  const find = parse(
    [
      'La sequía dejará sin cosecha a tres valles, dijo el secretario de Agricultura, Ramón Vidal Ortega, quien agregó que el riego llegará en abril.',
      'El gobierno comprará semillas a los productores, según informó este viernes Vidal Ortega.',
      'Los alcaldes del valle, Inés Paz y Luis Mora, firmaron el convenio de riego.',
    ],
    [
      ['Ramón Vidal Ortega', 'PERSON', ['Vidal Ortega']],
      ['Inés Paz', 'PERSON', []],
      ['Luis Mora', 'PERSON', []],
    ],
  );

  it('reads the sentence before «, dijo X, quien …» as said by X', () => {
    expect(find('La sequía dejará')).toMatchObject({
      text: 'La sequía dejará sin cosecha a tres valles',
      speaker: { name: 'Ramón Vidal Ortega' },
    });
    expect(find('el riego llegará')?.speaker?.name).toBe('Ramón Vidal Ortega');
  });

  it('reads «…, según informó X» as said by X', () => {
    expect(find('El gobierno comprará')?.speaker?.name).toBe('Ramón Vidal Ortega');
  });

  it('reports nothing when the verb follows its own subject and apposition', () => {
    expect(find('Los alcaldes')).toBeUndefined();
  });
});

describe('reported speech around a verb set off in the sentence', () => {
  const find = parse(
    [
      'La bióloga Marta Solís Ruiz presentó ayer el censo de aves del lago.',
      'Desde hace diez años, explicó, las garzas regresan cada invierno al humedal.',
      'El resultado -añadió- obliga a proteger la orilla sur del lago.',
      'El director del parque, Tomás Ibarra, informó, durante la visita al humedal, que habrá nuevos guardas.',
      'Cabe recordar que el lago perdió la mitad de su agua en 1990.',
      'Solís Ruiz pidió más vigilancia, al advertir que la caza furtiva sigue.',
    ],
    [
      ['Marta Solís Ruiz', 'PERSON', ['Solís Ruiz']],
      ['Tomás Ibarra', 'PERSON', []],
    ],
  );

  it('reads the whole sentence around «, explicó,» or «-añadió-» as said by the latest speaker', () => {
    expect(find('Desde hace diez años')?.speaker?.name).toBe('Marta Solís Ruiz');
    expect(find('El resultado')?.speaker?.name).toBe('Marta Solís Ruiz');
  });

  it('finds the clause after a complement set off by commas', () => {
    expect(find('habrá nuevos guardas')?.speaker?.name).toBe('Tomás Ibarra');
  });

  it('leaves «Cabe recordar que» to the reporter', () => {
    expect(find('el lago perdió')).toBeUndefined();
  });

  it('gives «al advertir que» the subject of the main verb', () => {
    expect(find('la caza furtiva')?.speaker?.name).toBe('Marta Solís Ruiz');
  });
});

describe('a few words opened by a preposition before the verb', () => {
  const find = parse(
    [
      'La diputada Inés Paz habló con la prensa.',
      'Por su lado, dijo Inés Paz, la Cámara estará atenta a lo que resuelva el Senado.',
      'Ante ese problema, advirtió la posibilidad de volver a tomar la alcaldía.',
    ],
    [['Inés Paz', 'PERSON', []]],
  );

  it('are not what was said: the words after the verb set off by commas are', () => {
    expect(find('Por su lado')).toBeUndefined();
    expect(find('la Cámara estará')).toMatchObject({
      text: 'la Cámara estará atenta a lo que resuelva el Senado',
      speaker: { name: 'Inés Paz' },
    });
  });

  it('report nothing when no comma closes the verb and its subject', () => {
    expect(find('Ante ese problema')).toBeUndefined();
  });
});
