import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity } from '../types.js';
import { extractQuotes } from './index.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Titles listed after `entre … destacan` stand out among works; they are nobody's words. Our own
// fixture text.
function directOf(text: string, person: string): string[] {
  const { body, paragraphs } = buildBody(text);
  const doc = analyze('2024-03-01', 'Titular', body, paragraphs);
  const at = body.indexOf(person);
  const entities: Entity[] = [
    {
      id: 'person:autor',
      explanation: GIVEN_EXPLANATION,
      name: person,
      type: 'PERSON',
      aliases: [],
      descriptors: [],
      mentions: [{ start: at, end: at + person.length, text: person }],
    },
  ];
  return extractQuotes(doc, entities)
    .filter((q) => q.direct)
    .map((q) => q.text);
}

describe('titles that stand out among works', () => {
  it('reads every title listed after `entre sus obras destacan` as a name', () => {
    const text = [
      'La poeta Amalia Ferro Cruz murió ayer.',
      'Entre sus obras destacan "Casa de sal", que ganó un premio en 1990; "Las horas quietas" y "Viento norte".',
    ].join('\n\n');
    expect(directOf(text, 'Amalia Ferro Cruz')).toEqual([]);
  });

  it('keeps words introduced by `entre otros puntos, destacó:`', () => {
    const text =
      'Amalia Ferro Cruz habló en el congreso. Entre otros puntos, destacó: "Hay que leer más poesía".';
    expect(directOf(text, 'Amalia Ferro Cruz')).toEqual(['Hay que leer más poesía']);
  });
});
