import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence-context.js';

const at = (body: string, text: string) => ({
  start: body.indexOf(text),
  end: body.indexOf(text) + text.length,
});

describe('the sentence around a figure', () => {
  const body =
    'Lima, 3 feb (AFP).- Llegaron 30 buses. Costaron 2 millones. Nadie lo esperaba.\n\nOtro párrafo con 5 casas';
  const paragraphs = [
    { start: 0, end: body.indexOf('\n') },
    { start: body.indexOf('Otro'), end: body.length },
  ];
  const dateline = { start: 0, end: body.indexOf(' Llegaron') };

  it('runs from the previous sentence end to the next one', () => {
    expect(sentenceAround(body, paragraphs, at(body, '2 millones'), dateline)).toBe('Costaron 2 millones.');
  });

  it('leaves the dateline out of the first sentence', () => {
    expect(sentenceAround(body, paragraphs, at(body, '30 buses'), dateline)).toBe('Llegaron 30 buses.');
  });

  it('stops at the paragraph end when the sentence has no full stop', () => {
    expect(sentenceAround(body, paragraphs, at(body, '5 casas'), dateline)).toBe('Otro párrafo con 5 casas');
  });
});
