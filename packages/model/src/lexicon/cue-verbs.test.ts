import { describe, expect, it } from 'vitest';
import { conjugate } from './conjugation.js';
import { cueVerb } from './cue-verbs.js';

describe('the conjugator', () => {
  it('gives the reporting forms of a regular verb', () => {
    const forms = conjugate('afirmar');
    for (const f of ['afirma', 'afirman', 'afirmó', 'afirmaron', 'afirmaba', 'afirmará', 'afirmaría'])
      expect(forms.get(f)).toBe('finite');
    expect(forms.get('afirmado')).toBe('participle');
    expect(forms.get('afirmando')).toBe('gerund');
  });

  it('changes the stem and the spelling where Spanish does', () => {
    const advertir = conjugate('advertir', { present: 'ie', preterite: 'i' });
    expect([...advertir.keys()]).toEqual(expect.arrayContaining(['advierte', 'advirtió', 'advirtieron']));
    expect(conjugate('indicar').has('indiqué')).toBe(true);
    expect(conjugate('concluir').has('concluyó')).toBe(true);
    expect(conjugate('leer').has('leyó')).toBe(true);
  });
});

describe('cue verbs', () => {
  it('know every tense of the reporting verbs, irregular ones included', () => {
    for (const w of [
      'dijo',
      'dice',
      'dirá',
      'declaró',
      'Insistió',
      'resumió',
      'sostuvo',
      'expuso',
      'pidió',
      'recuerda',
      'clamó',
      'continuó',
    ])
      expect(cueVerb(w), w).toBeDefined();
    // Going on is speech only in the past, next to a quotation: not `la continua amenaza`.
    expect(cueVerb('continua')).toBeUndefined();
    expect(cueVerb('continuará')).toBeUndefined();
    expect(cueVerb('dijo')).toMatchObject({ lemma: 'decir', form: 'finite', strength: 'speech' });
  });

  it('tell opinions from speech', () => {
    expect(cueVerb('consideró')?.strength).toBe('opinion');
    expect(cueVerb('prevé')?.strength).toBe('opinion');
  });

  it('leave ordinary words alone', () => {
    for (const w of ['cuenta', 'casa', 'presidente', 'agua']) expect(cueVerb(w), w).toBeUndefined();
  });
});
