import { describe, expect, it } from 'vitest';
import { countLabel, formatDate, formatFigureValue, formatMonth, plural } from './format';

describe('formatting for Spanish readers', () => {
  it('writes days and months the Spanish way, leaving unparsable input alone', () => {
    expect(formatDate('2025-11-12')).toBe('12 nov 2025');
    expect(formatMonth('2025-11', true)).toBe('noviembre de 2025');
    expect(formatDate('pronto')).toBe('pronto');
  });

  it('says a count the API stopped at is a lower bound', () => {
    expect(countLabel(10_000, false, 'artículo', 'artículos')).toBe('más de 10.000 artículos');
    expect(countLabel(1, true, 'artículo', 'artículos')).toBe('1 artículo');
  });

  it('pluralizes with grouped numbers', () => {
    expect(plural(1, 'cita', 'citas')).toBe('1 cita');
    expect(plural(12000, 'cita', 'citas')).toBe('12.000 citas');
  });

  it('shows each kind of figure as it reads', () => {
    expect(formatFigureValue({ kind: 'MONEY', value: 30_000_000_000, unit: 'USD' })).toBe(
      '30.000.000.000 USD',
    );
    expect(formatFigureValue({ kind: 'PERCENT', value: 11.5, unit: 'PERCENT' })).toBe('11,5 %');
    expect(formatFigureValue({ kind: 'YEAR', value: 2027 })).toBe('2027');
    expect(formatFigureValue({ kind: 'DATE', value: 20251112, date: '2025-11-12' })).toBe('12 nov 2025');
    expect(formatFigureValue({ kind: 'DURATION', value: 2, unit: 'year' })).toBe('2 años');
    expect(formatFigureValue({ kind: 'DURATION', value: 1, unit: 'week' })).toBe('1 semana');
    expect(formatFigureValue({ kind: 'COUNT', value: 12000, unit: 'viviendas' })).toBe('12.000 viviendas');
  });
});
