import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import type { Entity } from '../types.js';
import { extractQuotes } from './index.js';
import { findMarkedSpans } from './marks.js';
import { GIVEN_EXPLANATION } from '../test-support/given-explanation.js';

// Pieces that exercise every path: all the marks, apostrophes, cues before and after, roles,
// documents, names, paragraph breaks and punctuation, stitched together in any order.
const PIECES = [
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  "pa'l",
  ' ',
  ' ',
  '\n\n',
  '.',
  ',',
  ':',
  ';',
  '(',
  ')',
  '.-',
  'dijo',
  'Dijo que',
  'que',
  'declaró',
  'ha dicho',
  'calificó de',
  'según',
  'Según',
  'para',
  'en palabras de',
  'el presidente',
  'un portavoz',
  'el texto del acuerdo',
  'las respuestas de',
  'Marta Ríos',
  'Ríos',
  'el programa',
  'llamado',
  'la denuncia',
  'se desprende de',
  'Además',
  'y',
  'hola',
  'Todo bien',
];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));

function run(text: string) {
  const { body, paragraphs } = buildBody(text);
  const doc = analyze('2024-01-01', 'Titular', body, paragraphs);
  const at = body.indexOf('Marta Ríos');
  const entities: Entity[] =
    at < 0
      ? []
      : [
          {
            id: 'person:marta-rios',
            explanation: GIVEN_EXPLANATION,
            name: 'Marta Ríos',
            type: 'PERSON',
            aliases: ['Ríos'],
            descriptors: ['presidente'],
            mentions: [{ start: at, end: at + 10, text: 'Marta Ríos' }],
          },
        ];
  return { body, paragraphs, quotes: extractQuotes(doc, entities) };
}

describe('quotes of any input', () => {
  it('lie in the body, and their text is exactly the body slice', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        const { body, quotes } = run(text);
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(body.length);
          expect(q.start).toBeLessThan(q.end);
          expect(body.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never cross a paragraph, come in reading order and have distinct ids', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        const { paragraphs, quotes } = run(text);
        for (const q of quotes) {
          expect(paragraphs.some((p) => p.start <= q.start && q.end <= p.end)).toBe(true);
        }
        expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
        expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
      }),
      { numRuns: 400 },
    );
  });

  it('find marked spans inside their paragraph, for any characters at all', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('«', '»', '“', '”', '"', "'", 'a', ' ', '\n\n', '.') }),
        (text) => {
          const { body, paragraphs } = buildBody(text);
          for (const s of findMarkedSpans(body, paragraphs)) {
            const p = paragraphs[s.paragraph];
            expect(p && p.start <= s.open && s.close <= p.end).toBe(true);
            expect(s.open <= s.start && s.start < s.end && s.end <= s.close).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
