import { describe, expect, it } from 'vitest';
import { isPlainInteger, parseDigits } from './numbers.js';

describe('parseDigits', () => {
  it.each([
    ['30.000', 30000],
    ['30,000', 30000],
    ['4,5', 4.5],
    ['4.5', 4.5],
    ['10.3', 10.3],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['2,216.6', 2216.6],
    ['1.234.567,89', 1234567.89],
    ['0,500', 0.5],
    ['0.74', 0.74],
    ['1995', 1995],
  ])('reads %s as %d: three digits after a mark group thousands, others are decimals', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it.each(['1.2.3', '12.34.56', '1,2,3', 'abc', '', '1.'])(
    'refuses %j, which is no single number',
    (text) => {
      expect(parseDigits(text)).toBeUndefined();
    },
  );

  it('tells bare integers, as years are printed, from grouped ones', () => {
    expect(isPlainInteger('1995')).toBe(true);
    expect(isPlainInteger('1.995')).toBe(false);
  });
});
