import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBody } from '../article/paragraphs.js';
import { findMarkedSpans } from './marks.js';

// Our own fixture sentences, written for these tests.
function spans(text: string) {
  const { body, paragraphs } = buildBody(text);
  return findMarkedSpans(body, paragraphs).map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
}
const texts = (text: string) => spans(text).map((s) => s.text);

describe('quotation marks', () => {
  it('pairs every family of marks', () => {
    expect(texts('Dijo «uno», “dos”, "tres", ‘cuatro’ y \'cinco\'.')).toEqual([
      'uno',
      'dos',
      'tres',
      'cuatro',
      'cinco',
    ]);
  });

  it('keeps an inner quotation inside the outer one', () => {
    expect(texts('Contó: «Me gritó “¡fuera!” y se fue». Luego calló.')).toEqual([
      'Me gritó “¡fuera!” y se fue',
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts("Bailaron pa'l otro lado en el People’s Bar de los '90.")).toEqual([]);
  });

  it('gives the inner text without the marks or the spaces inside them', () => {
    const [span] = spans('Respondió « no lo sé » y salió.');
    expect(span?.text).toBe('no lo sé');
    expect(span?.closed).toBe(true);
  });

  it('reads straight marks by the side they touch', () => {
    expect(texts('El "sí" y el "no" empataron.')).toEqual(['sí', 'no']);
  });
});

describe('quotations over several paragraphs', () => {
  it('gives one span per paragraph when the opening mark is repeated', () => {
    const found = spans('«Primero llegó la lluvia.\n\n«Después vino el viento», relató la vecina.');
    expect(found.map((s) => s.text)).toEqual(['Primero llegó la lluvia.', 'Después vino el viento']);
    expect(found[0]?.closed).toBe(false);
    expect(found[1]?.chain).toBe(0);
  });

  it('closes in the next paragraph a quotation the copy did not reopen', () => {
    const found = spans('La alcaldesa dijo: "Estamos tranquilos.\n\nHaremos lo necesario", y se fue.');
    expect(found.map((s) => s.text)).toEqual(['Estamos tranquilos.', 'Haremos lo necesario']);
    expect(found[1]?.chain).toBe(0);
  });
});

describe('unbalanced marks', () => {
  it('never lets a stray opening mark swallow the rest of the paragraph', () => {
    expect(texts('El "grupo llegó tarde y dijo «basta» al final.')).toEqual(['basta']);
  });

  it('never lets a quotation cross into the next paragraph', () => {
    const found = spans('Empezó así: «nada más\n\nOtro párrafo sin marcas.');
    expect(found.map((s) => s.text)).toEqual(['nada más']);
  });

  it('ignores a closing mark with no opening one', () => {
    expect(texts('Todo» terminó bien.')).toEqual([]);
  });
});

describe('many unbalanced marks', () => {
  // Dropping stray openers one at a time and pairing again took cubic time: 10,000 took minutes.
  it('pairs 10,000 stray opening marks and still finds the real quotation after them', () => {
    const found = spans(`Ella ${'«'.repeat(10_000)} dudó y dijo «ya basta» al final.`);
    expect(found.map((s) => s.text)).toEqual(['ya basta']);
  });

  it('keeps a quotation that follows a colon open to the paragraph end, after thousands of strays', () => {
    const strays = '“no '.repeat(5_000);
    const found = spans(`Primero ${strays}y luego contó: «esto sigue\n\nOtro párrafo.`);
    expect(found.map((s) => s.text)).toEqual(['esto sigue']);
    expect(found[0]?.closed).toBe(false);
  });

  it('finds every balanced quotation among stray marks of every family', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('«', '“', '"', "'", '‘', '»', '”'), { maxLength: 200 }),
        fc.array(fc.constantFrom('uno', 'dos', 'tres'), { minLength: 1, maxLength: 5 }),
        (strays, words) => {
          // Stray marks glued to words, then one quotation in its own sentence.
          const noise = strays.map((m) => `${m}x`).join(' ');
          const quoted = words.join(' ');
          const found = spans(`Hoy ${noise}. Después: «${quoted}», dijo.`);
          expect(found.map((s) => s.text)).toContain(quoted);
        },
      ),
      { numRuns: 200 },
    );
  });
});
