import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';

// Words that exercise every step: names, acronyms with dots, brackets, quotes, roles, places, suffixes.
const WORDS = [
  'El',
  'la',
  'de',
  'del',
  'y',
  ',',
  '.',
  '(',
  ')',
  '«',
  '»',
  '"',
  'presidente',
  'ruso',
  'kazaja',
  'Ana',
  'Sol',
  'Luis',
  'Mar',
  'EE.UU.',
  'ONU',
  'Partido',
  'Azul',
  'PA',
  'México',
  'Estados',
  'Unidos',
  'S.L',
  'Lunaria',
  'Según',
  'Además',
  'Comisión',
  'Federal',
  'CF',
  'Méx.',
  'Zac.',
  '■',
  '\n\n',
  'dijo',
  'que',
];

const article = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 80 })
  .map((words) => ` date 2024-01-01 Nota ${words.slice(0, 5).join(' ')}\n\nCalera, Zac. ${words.join(' ')}`);

describe('entities of any text', () => {
  it('never fail, have ids of their type, and list mentions that are the body at their offsets', () => {
    fc.assert(
      fc.property(article, (text) => {
        const parsed = parseArticle(text);
        for (const e of parsed.entities) {
          expect(e.id.startsWith(`${e.type.toLowerCase()}:`)).toBe(true);
          expect(e.aliases).not.toContain(e.name);
          for (const m of e.mentions) expect(parsed.body.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
