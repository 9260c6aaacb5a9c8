import { describe, expect, it } from 'vitest';
import { evaluate, readConll } from './conll.js';
import { recognizeText, tagWords } from './index.js';
import { bioSpans } from './labels.js';
import { shape } from './features.js';

// Our own sentences, written for these tests.
const names = (text: string) => recognizeText(text).map((s) => `${s.text}/${s.type}`);

describe('the named-entity tagger', () => {
  it('finds a person named after a title and a demonym', () => {
    expect(names('El presidente ruso Vladímir Putin visitó ayer la ciudad de Samara.')).toEqual(
      expect.arrayContaining(['Vladímir Putin/PERSON', 'Samara/LOCATION']),
    );
  });

  it('keeps particles inside organisation names', () => {
    expect(names('Los diputados del Partido de la Revolución Democrática votaron en contra.')).toContain(
      'Partido de la Revolución Democrática/ORGANIZATION',
    );
  });

  it('keeps hyphenated names whole', () => {
    const spans = recognizeText('El mandatario Kasim-Yomart Tokáyev llegó a la capital.').map((s) => s.text);
    expect(spans).toContain('Kasim-Yomart Tokáyev');
  });

  it('does not take capitalised sentence openers for names', () => {
    const found = names('Además, la comisión revisará las cuentas. Según el informe, el gasto subió.');
    expect(found.join(' ')).not.toMatch(/Además|Según/);
  });

  it('reads acronyms with dots as one name', () => {
    const spans = recognizeText('La delegación viajó a EE.UU. para negociar el acuerdo.').map((s) => s.text);
    expect(spans).toContain('EE.UU.');
  });

  it('labels every word with a BIO label', () => {
    const labels = tagWords(['Marta', 'Quiroga', 'habló', 'en', 'Lima', '.']);
    expect(labels).toHaveLength(6);
    for (const l of labels) expect(l).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    expect(bioSpans(labels).length).toBeGreaterThan(0);
  });
});

describe('word shapes', () => {
  it('collapse runs of the same character class', () => {
    expect(shape('Kasim-Yomart')).toBe('Xx-Xx');
    expect(shape('EE.UU.')).toBe('X.X.');
    expect(shape('1995')).toBe('d');
  });
});

describe('CoNLL reading and scoring', () => {
  const gold = readConll('Ana B-PER\nRuiz I-PER\nvive O\nen O\nQuito B-LOC\n\nLa O\nONU B-ORG\n');
  it('reads sentences of words and labels', () => {
    expect(gold.map((s) => s.words.length)).toEqual([5, 2]);
  });

  it('counts exact spans with their type, as conlleval does', () => {
    const predicted = [
      ['B-PER', 'O', 'O', 'O', 'B-LOC'],
      ['O', 'B-ORG'],
    ];
    const scores = evaluate(
      gold.map((s) => s.labels),
      predicted,
    );
    expect(scores.overall).toMatchObject({ gold: 3, predicted: 3, correct: 2 });
    expect(scores.PER).toMatchObject({ correct: 0 });
  });
});
