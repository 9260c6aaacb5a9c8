import { describe, expect, it } from 'vitest';
import { fillMonths, monthRange } from './months';

describe('fillMonths', () => {
  it('orders months and fills the gaps with zero, across a year end', () => {
    expect(
      fillMonths([
        { month: '2025-02', count: 1 },
        { month: '2024-11', count: 4 },
      ]),
    ).toEqual([
      { month: '2024-11', count: 4 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 0 },
      { month: '2025-02', count: 1 },
    ]);
  });

  it('accepts full dates, merges them per month and skips what is not a month', () => {
    expect(
      fillMonths([
        { month: '2025-03-01', count: 2 },
        { month: '2025-03', count: 1 },
        { month: 'desconocido', count: 9 },
      ]),
    ).toEqual([{ month: '2025-03', count: 3 }]);
  });

  it('returns nothing for no data and caps very long ranges', () => {
    expect(fillMonths([])).toEqual([]);
    expect(
      fillMonths(
        [
          { month: '1000-01', count: 1 },
          { month: '2025-01', count: 1 },
        ],
        12,
      ),
    ).toHaveLength(12);
  });
});

describe('monthRange', () => {
  it('knows how long each month is, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2025-02')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
