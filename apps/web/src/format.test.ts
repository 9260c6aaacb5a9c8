import { describe, expect, it } from 'vitest';
import { countLabel, formatDate, formatFigureValue, formatMoney, formatMonth, plural } from './format';

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
      '30.000 millones de dólares',
    );
    expect(formatFigureValue({ kind: 'PERCENT', value: 11.5, unit: 'PERCENT' })).toBe('11,5 %');
    expect(formatFigureValue({ kind: 'YEAR', value: 2027 })).toBe('2027');
    expect(formatFigureValue({ kind: 'DATE', value: 20251112, date: '2025-11-12' })).toBe('12 nov 2025');
    expect(formatFigureValue({ kind: 'DURATION', value: 2, unit: 'year' })).toBe('2 años');
    expect(formatFigureValue({ kind: 'DURATION', value: 1, unit: 'week' })).toBe('1 semana');
    expect(formatFigureValue({ kind: 'COUNT', value: 12000, unit: 'viviendas' })).toBe('12.000 viviendas');
  });
});

describe('money as a newsroom writes it', () => {
  it('counts thousands of millions in millions, and a million millions as billones', () => {
    expect(formatMoney(413_000_000_000, 'COP')).toBe('413.000 millones de pesos');
    expect(formatMoney(2_500_000_000_000, 'EUR')).toBe('2,5 billones de euros');
    expect(formatMoney(450_000_000, 'USD')).toBe('450 millones de dólares');
    expect(formatMoney(1_250_000, 'PEN')).toBe('1,25 millones de soles');
  });

  it('uses the singular for exactly one', () => {
    expect(formatMoney(1_000_000, 'USD')).toBe('1 millón de dólares');
    expect(formatMoney(1e12, 'EUR')).toBe('1 billón de euros');
    expect(formatMoney(1, 'EUR')).toBe('1 euro');
  });

  it('writes smaller sums in full, and keeps unknown currencies’ codes', () => {
    expect(formatMoney(25_000, 'EUR')).toBe('25.000 euros');
    expect(formatMoney(3_000_000, 'XAF')).toBe('3 millones XAF');
    expect(formatMoney(70_000, 'XAF')).toBe('70.000 XAF');
    expect(formatMoney(5_000_000, null)).toBe('5 millones');
  });
});
