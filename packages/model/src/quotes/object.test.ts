import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Our own fixture sentences; entities are hand-built, one mention per occurrence of each form.
function quotesOf(paragraphs: string[], people: Array<{ name: string; aliases?: string[] }>) {
  const { body, paragraphs: spans } = buildBody(paragraphs.join('\n\n'));
  const doc = analyze('2024-05-02', 'Titular', body, spans);
  const entities: Entity[] = people.map((p) => ({
    id: `person:${p.name}`,
    explanation: GIVEN_EXPLANATION,
    name: p.name,
    type: 'PERSON',
    aliases: p.aliases ?? [],
    descriptors: [],
    mentions: [p.name, ...(p.aliases ?? [])].flatMap((form) =>
      [...body.matchAll(new RegExp(form, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + form.length,
        text: form,
      })),
    ),
  }));
  const quotes = extractQuotes(doc, entities);
  const find = (text: string) => quotes.find((q) => q.text.startsWith(text));
  return { find, speaker: (text: string) => find(text)?.speaker?.name };
}

const LIDIA = { name: 'Lidia Orozco', aliases: ['Orozco'] };
const RAMIRO = { name: 'Ramiro Fuentes', aliases: ['Fuentes'] };

describe('a verb whose object the quotation qualifies', () => {
  it('attributes `definió a X como «…»` to the subject, not to X', () => {
    const { speaker } = quotesOf(
      ['La alcaldesa Lidia Orozco definió a Aaron como «un vecino ejemplar».'],
      [LIDIA, { name: 'Aaron' }],
    );
    expect(speaker('un vecino ejemplar')).toBe('Lidia Orozco');
  });

  it('finds a one-word partial quotation after `como un`', () => {
    const { speaker } = quotesOf(
      [
        'Ramiro Fuentes acusó ayer a la constructora.',
        'Orozco describió al contratista como un «irresponsable».',
      ],
      [LIDIA, RAMIRO],
    );
    expect(speaker('irresponsable')).toBe('Lidia Orozco');
  });

  it('reads `llamó a los X «…»` as a view of its subject', () => {
    const { speaker } = quotesOf(
      ['El concejal Ramiro Fuentes llamó a los vendedores ambulantes «la sal del mercado».'],
      [RAMIRO],
    );
    expect(speaker('la sal del mercado')).toBe('Ramiro Fuentes');
  });

  it('prefers that verb to a `según` naming the medium that reported it', () => {
    const { speaker } = quotesOf(
      ['Lidia Orozco recordó a su maestro como «un hombre sin miedo a nada», según la radio local.'],
      [LIDIA],
    );
    expect(speaker('un hombre sin miedo')).toBe('Lidia Orozco');
  });

  it('does not read a name after `el portal de` as somebody’s words', () => {
    const { find } = quotesOf(['Según informa el portal de «Noticias Sur», la feria abrirá el lunes.'], []);
    expect(find('Noticias Sur')).toBeUndefined();
  });
});

describe('speakers named by function words and titles', () => {
  it('does not take a title opened by a capitalised `No` for a speaker', () => {
    const { speaker } = quotesOf(
      [
        'La maestra Lidia Orozco dirigirá el taller de lectura.',
        'Con los alumnos se dará lectura a un relato breve, No vuelvas a casa, en la primera sesión.',
        '«Queremos que pierdan el miedo a leer en voz alta», señaló.',
      ],
      [LIDIA],
    );
    expect(speaker('Queremos que pierdan')).toBe('Lidia Orozco');
  });

  it('reads `X, quien este lunes dijo` as X speaking despite the words of time', () => {
    const { speaker } = quotesOf(
      [
        'El torneo lo ganó el equipo de Lidia Orozco, y el trofeo lo entregó Ramiro Fuentes, quien este lunes calificó de «histórica» la temporada.',
      ],
      [LIDIA, RAMIRO],
    );
    expect(speaker('histórica')).toBe('Ramiro Fuentes');
  });

  it('resolves a precandidate by role', () => {
    const { speaker } = quotesOf(
      [
        'El precandidato Ramiro Fuentes visitó el mercado.',
        'Más tarde, añadió el precandidato, «la plaza necesita un techo nuevo».',
      ],
      [RAMIRO],
    );
    expect(speaker('la plaza necesita')).toBe('Ramiro Fuentes');
  });

  it('reads `aventuró que` as a cue', () => {
    const { speaker } = quotesOf(
      [
        '«El puente abrirá en mayo», dijo Lidia Orozco.',
        'El ingeniero Ramiro Fuentes aventuró que la obra «tardará al menos otro año».',
      ],
      [LIDIA, RAMIRO],
    );
    expect(speaker('tardará al menos')).toBe('Ramiro Fuentes');
  });
});
