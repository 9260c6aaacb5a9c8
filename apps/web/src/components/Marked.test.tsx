import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Marked } from './Marked';

const html = (text: string, marks: { start: number; end: number }[]) =>
  renderToStaticMarkup(<Marked text={text} marks={marks} />);

describe('marked text', () => {
  it('wraps each matched span in <mark>', () => {
    expect(
      html('El tranvía llega a Quito.', [
        { start: 3, end: 10 },
        { start: 19, end: 24 },
      ]),
    ).toBe('El <mark>tranvía</mark> llega a <mark>Quito</mark>.');
  });

  it('escapes whatever the text holds: nothing from the server becomes markup', () => {
    expect(html('<img src=x onerror=alert(1)> tranvía', [{ start: 29, end: 36 }])).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>tranvía</mark>',
    );
  });

  it('skips overlapping and out-of-range spans', () => {
    expect(
      html('abcdef', [
        { start: 0, end: 3 },
        { start: 2, end: 4 },
        { start: 5, end: 9 },
      ]),
    ).toBe('<mark>abc</mark>def');
  });
});
