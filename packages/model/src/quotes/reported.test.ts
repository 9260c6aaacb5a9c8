import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Our own fixture text, with the entities the entity extractor would give it.
const TEXT = [
  'Valparaíso, 5 ago (EFE).- El ministro de Pesca, Tomás Ibarra, dijo este lunes que la veda de la merluza durará seis meses.',
  'Agregó que los pescadores artesanales recibirán un bono mensual.',
  'Los barcos industriales deberán quedarse en puerto hasta marzo, precisó el ministro.',
  'Ibarra señaló que la flota creció demasiado y aseguró que el Gobierno comprará cien embarcaciones.',
  'Según la Federación de Pescadores, la medida llega tarde.',
  'El dirigente Hugo Salinas afirmó que la pesca ilegal sigue intacta: «Nadie vigila las caletas del sur».',
].join('\n\n');

const { body, paragraphs } = buildBody(TEXT);
const mention = (form: string) => {
  const start = body.indexOf(form);
  return { start, end: start + form.length, text: form };
};
const entities: Entity[] = [
  {
    id: 'person:tomas-ibarra',
    explanation: GIVEN_EXPLANATION,
    name: 'Tomás Ibarra',
    type: 'PERSON',
    aliases: ['Ibarra'],
    descriptors: ['ministro de Pesca'],
    mentions: [mention('Tomás Ibarra'), mention('Ibarra señaló')].map((m) => ({
      ...m,
      end: m.start + (m.text.startsWith('Ibarra ') ? 6 : m.text.length),
      text: m.text.startsWith('Ibarra ') ? 'Ibarra' : m.text,
    })),
  },
  {
    id: 'organization:federacion-de-pescadores',
    explanation: GIVEN_EXPLANATION,
    name: 'Federación de Pescadores',
    type: 'ORGANIZATION',
    aliases: [],
    descriptors: [],
    mentions: [mention('Federación de Pescadores')],
  },
  {
    id: 'person:hugo-salinas',
    explanation: GIVEN_EXPLANATION,
    name: 'Hugo Salinas',
    type: 'PERSON',
    aliases: [],
    descriptors: ['dirigente'],
    mentions: [mention('Hugo Salinas')],
  },
];
const quotes = extractQuotes(analyze('2024-08-05', 'Veda', body, paragraphs), entities);
const reported = quotes.filter((q) => !q.direct);
const find = (start: string) => reported.find((q) => q.text.startsWith(start));

describe('reported speech', () => {
  it('gives the clause after «dijo que» to the subject of the verb', () => {
    expect(find('la veda de la merluza')).toMatchObject({
      text: 'la veda de la merluza durará seis meses',
      direct: false,
      cue: 'dijo',
      speaker: { name: 'Tomás Ibarra', entityId: 'person:tomas-ibarra' },
    });
  });

  it('gives a clause without a subject («Agregó que …») to the last speaker', () => {
    expect(find('los pescadores artesanales')?.speaker?.name).toBe('Tomás Ibarra');
  });

  it('reads a sentence that ends in an inverted cue as reported', () => {
    const q = find('Los barcos industriales');
    expect(q?.text).toBe('Los barcos industriales deberán quedarse en puerto hasta marzo');
    expect(q?.speaker?.name).toBe('Tomás Ibarra');
  });

  it('splits coordinated clauses, each with the same speaker', () => {
    expect(find('la flota creció')?.text).toBe('la flota creció demasiado');
    expect(find('el Gobierno comprará')?.speaker?.name).toBe('Tomás Ibarra');
  });

  it('reads «según X,» as reported by X', () => {
    expect(find('la medida llega tarde')?.speaker?.name).toBe('Federación de Pescadores');
  });

  it('stops the clause before a direct quotation, which is reported on its own', () => {
    expect(find('la pesca ilegal')?.text).toBe('la pesca ilegal sigue intacta');
    const direct = quotes.find((q) => q.direct && q.text.startsWith('Nadie vigila'));
    expect(direct?.speaker?.name).toBe('Hugo Salinas');
  });

  it('gives every quote a distinct id and its exact text', () => {
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
    for (const q of quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  });
});
