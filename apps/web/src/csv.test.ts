import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF and a UTF-8 BOM', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(toCsv(['t'], [['dijo "sí", claro'], ['dos\nlíneas']])).toBe(
      '\uFEFFt\r\n"dijo ""sí"", claro"\r\n"dos\nlíneas"\r\n',
    );
  });

  it('keeps negative numbers as numbers but defuses text that would run as a formula', () => {
    expect(toCsv(['v', 't'], [[-3.5, '=HYPERLINK("x")']])).toBe(
      '\uFEFFv,t\r\n-3.5,"\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it('leaves empty values empty', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, Number.NaN]])).toBe('\uFEFFa,b,c\r\n,,\r\n');
  });
});
