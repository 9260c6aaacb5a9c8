import { describe, expect, it } from 'vitest';
import { marked } from './snippets.js';

describe('marked extracts', () => {
  it('turns the marker characters into offsets into plain text', () => {
    expect(marked('El \u0002tranvía\u0003 llega a \u0002Quito\u0003.')).toEqual({
      text: 'El tranvía llega a Quito.',
      marks: [
        { start: 3, end: 10 },
        { start: 19, end: 24 },
      ],
    });
  });

  it('keeps markup-like text as text: nothing in it is ever HTML', () => {
    const { text, marks } = marked('<b>no</b> \u0002sí\u0003');
    expect(text).toBe('<b>no</b> sí');
    expect(marks).toEqual([{ start: 10, end: 12 }]);
  });
});
