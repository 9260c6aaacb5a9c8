import { describe, expect, it } from 'vitest';
import { runs, segmentParagraphs } from './segments';

// Offsets: quote text 16–39, «5 %» 27–30, first paragraph 0–41, «Fin.» 43–47.
const body = 'Ana Ruiz dijo: «Subimos un 5 % este año».\n\nFin.';
const paragraphs = [
  { start: 0, end: 41 },
  { start: 43, end: 47 },
];
const text = (s: { start: number; end: number }) => body.slice(s.start, s.end);

describe('segmentParagraphs', () => {
  it('cuts a paragraph where marks begin and end, keeping every character once', () => {
    const quote = { id: 'q1', start: 16, end: 39 };
    const entity = { entityId: 'person:ana-ruiz', start: 0, end: 8 };
    const figure = { id: 'f1', start: 27, end: 30 };
    const [first, second] = segmentParagraphs(paragraphs, {
      quotes: [quote],
      entities: [entity],
      figures: [figure],
    });
    expect(first!.map(text)).toEqual(['Ana Ruiz', ' dijo: «', 'Subimos un ', '5 %', ' este año', '».']);
    expect(first!.map(text).join('')).toBe(body.slice(0, 41));
    expect(first![0]!.entity).toBe(entity);
    expect(first![3]).toMatchObject({ quote, figure });
    expect(first![4]!.quote).toBe(quote);
    expect(first![4]!.figure).toBeUndefined();
    expect(second!.map(text)).toEqual(['Fin.']);
  });

  it('splits a mark that crosses a paragraph break into both paragraphs', () => {
    const quote = { id: 'q2', start: 31, end: 45 };
    const [first, second] = segmentParagraphs(paragraphs, { quotes: [quote], entities: [], figures: [] });
    expect(first!.filter((s) => s.quote).map(text)).toEqual(['este año».']);
    expect(second!.filter((s) => s.quote).map(text)).toEqual(['Fi']);
  });

  it('ignores empty, inverted and out-of-range marks without losing text', () => {
    const bad = [
      { id: 'a', start: 5, end: 5 },
      { id: 'b', start: 9, end: 3 },
      { id: 'c', start: 500, end: 600 },
    ];
    const [first] = segmentParagraphs(paragraphs, { quotes: bad, entities: [], figures: [] });
    expect(first!.map(text)).toEqual([body.slice(0, 41)]);
  });
});

describe('runs', () => {
  it('groups neighbours with the same key', () => {
    expect(runs([1, 1, 2, 1], (n) => n).map((r) => r.items)).toEqual([[1, 1], [2], [1]]);
  });
});
