import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse.js';
import { explainLines } from './explain-lines.js';

// Our own fixture text, written for this test.
const TEXT = [
  ' date 2024-03-05 Obras en el barrio',
  '',
  '«Este barrio merece mucho más de lo que ha recibido», dijo Tomás Ferrer, de 54 años.',
].join('\n');

describe('teletipo explain', () => {
  it('prints each extraction with its rule and summary, one per line', () => {
    const lines = explainLines(parseArticle(TEXT));
    expect(lines).toContain(
      'quote 1-51 «Este barrio merece mucho más de lo que ha recibido» → Tomás Ferrer' +
        '  [quote.speaker.cue-after] verbo de habla tras la cita («…», dijo X)',
    );
    expect(lines).toContain(
      'entity PERSON Tomás Ferrer (1 menciones)  [entity.type.given-name] nombre de pila conocido + apellidos: persona',
    );
    expect(
      lines.some((l) => /^figure \d+-\d+ «54 años» → AGE 54 year {2}\[figure\.age\.context\] /.test(l)),
    ).toBe(true);
  });
});
