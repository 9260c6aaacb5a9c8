import { describe, expect, it } from 'vitest';
import { encoder } from './encode.js';

describe('export encoding', () => {
  const csv = encoder(['text', 'value'], { format: 'csv', delimiter: ';', bom: true });

  it('starts a CSV with a byte-order mark and its header, CRLF line ends', () => {
    expect(csv.head()).toBe('\uFEFFtext;value\r\n');
  });

  it('quotes cells with the separator, quotes or line breaks, doubling quotes', () => {
    expect(csv.rows([{ text: 'dijo "basta"; y se fue\nlejos', value: 2.5 }])).toBe(
      '"dijo ""basta""; y se fue\nlejos";2,5\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csv.rows([{ text: '=HYPERLINK("x")', value: null }])).toBe(`"'=HYPERLINK(""x"")";\r\n`);
    expect(csv.rows([{ text: '-3 %', value: -3 }])).toBe("'-3 %;-3\r\n");
  });

  it('writes one JSON object a line', () => {
    const jsonl = encoder(['text'], { format: 'jsonl', delimiter: ',', bom: false });
    expect(jsonl.head()).toBe('');
    expect(jsonl.rows([{ text: 'a' }, { text: 'b' }])).toBe('{"text":"a"}\n{"text":"b"}\n');
  });
});
