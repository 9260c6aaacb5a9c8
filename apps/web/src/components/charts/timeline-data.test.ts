import { describe, expect, it } from 'vitest';
import { alignSeries, focusWindow, tickIndices, tickLabel, tickStep } from './timeline-data';

describe('alignSeries', () => {
  it('puts every series on one month axis, with zeros in the gaps', () => {
    const table = alignSeries([
      {
        label: 'Ana',
        months: [
          { month: '2025-01', count: 2 },
          { month: '2025-03', count: 1 },
        ],
      },
      { label: 'Luis', months: [{ month: '2025-02', count: 4 }] },
    ]);
    expect(table.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(table.counts).toEqual([
      [2, 0, 1],
      [0, 4, 0],
    ]);
  });

  it('gives an empty axis when no series has data', () => {
    expect(alignSeries([{ label: 'Ana', months: [] }])).toEqual({ months: [], counts: [[]] });
  });
});

describe('focusWindow', () => {
  it('leaves out one stray old month so the bulk of the data fills the chart', () => {
    // One article in month 0, then twelve years of nothing, then 40 articles over three months.
    const totals = [1, ...new Array<number>(144).fill(0), 10, 20, 10];
    expect(focusWindow(totals)).toEqual({ start: 145, end: 147, outside: 1 });
  });

  it('keeps the whole range when the data is spread evenly', () => {
    expect(focusWindow([3, 3, 3, 3])).toEqual({ start: 0, end: 3, outside: 0 });
  });

  it('handles no data and all zeros', () => {
    expect(focusWindow([])).toEqual({ start: 0, end: -1, outside: 0 });
    expect(focusWindow([0, 0])).toEqual({ start: 0, end: 1, outside: 0 });
  });
});

describe('ticks', () => {
  it('spaces ticks so that the labels fit', () => {
    expect(tickStep(6, 8)).toBe(1);
    expect(tickStep(30, 8)).toBe(6);
    expect(tickStep(160, 8)).toBe(24);
  });

  it('places ticks on calendar boundaries', () => {
    const months = ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'];
    expect(tickIndices(months, 0, 5, 3)).toEqual([2, 5]);
    expect(tickIndices(months, 0, 5, 12)).toEqual([2]);
  });

  it('labels months in Spanish, and years alone for wide steps', () => {
    expect(tickLabel('2025-01', 1)).toBe('ene 2025');
    expect(tickLabel('2025-01', 12)).toBe('2025');
  });
});
