// Pure helpers behind the timeline chart: one month axis for several series, the window of months
// that holds most of the data (so one stray 2013 article does not squash 2025 into a sliver), and
// tick spacing with Spanish labels.
import { formatMonth } from '../../format';
import { fillMonths, type MonthCount } from '../months';

export interface TimelineSeries {
  label: string;
  months: MonthCount[];
}

export interface TimelineTable {
  /** Every month from the first to the last with data, `YYYY-MM`. */
  months: string[];
  /** One row of counts per series, aligned with `months` (zero where a series has none). */
  counts: number[][];
}

/** Aligns the series on one month axis, gaps filled with zero. */
export function alignSeries(series: TimelineSeries[], maxMonths = 600): TimelineTable {
  const all = fillMonths(
    series.flatMap((s) => s.months.map((m) => ({ month: m.month, count: 0 }))),
    maxMonths,
  ).map((m) => m.month);
  const index = new Map(all.map((m, i) => [m, i]));
  const counts = series.map((s) => {
    const row = new Array<number>(all.length).fill(0);
    for (const { month, count } of s.months) {
      const i = index.get(month.slice(0, 7));
      if (i !== undefined) row[i]! += count;
    }
    return row;
  });
  return { months: all, counts };
}

export interface MonthWindow {
  /** First and last index (inclusive) of the window. */
  start: number;
  end: number;
  /** How much of the total lies outside it. */
  outside: number;
}

/**
 * The shortest run of consecutive months that holds at least `share` of the total (ties: the latest).
 * Outliers far from the bulk fall outside, and the chart can offer "show all" for them, rather than
 * squeezing years of data into a few pixels. Linear in the number of months (two pointers).
 */
export function focusWindow(totals: number[], share = 0.95): MonthWindow {
  const total = totals.reduce((a, b) => a + b, 0);
  if (totals.length === 0) return { start: 0, end: -1, outside: 0 };
  if (total === 0) return { start: 0, end: totals.length - 1, outside: 0 };
  const need = share * total;
  let best = { start: 0, end: totals.length - 1, sum: total };
  let sum = 0;
  let start = 0;
  for (let end = 0; end < totals.length; end++) {
    sum += totals[end]!;
    while (start < end && sum - totals[start]! >= need) sum -= totals[start++]!;
    if (sum >= need && end - start <= best.end - best.start) best = { start, end, sum };
  }
  // Trim empty months at the edges so the window starts and ends on data.
  while (best.start < best.end && totals[best.start] === 0) best.start++;
  while (best.end > best.start && totals[best.end] === 0) best.end--;
  return { start: best.start, end: best.end, outside: total - best.sum };
}

const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** Months between ticks so that at most `maxTicks` labels fit. */
export function tickStep(monthCount: number, maxTicks: number): number {
  return STEPS.find((step) => Math.ceil(monthCount / step) <= Math.max(1, maxTicks)) ?? STEPS.at(-1)!;
}

/**
 * Indices (into `months`) that get a tick: every `step` months, on calendar boundaries (January for
 * yearly steps, quarters for 3, …) so labels read as round dates.
 */
export function tickIndices(months: string[], start: number, end: number, step: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, start); i <= Math.min(end, months.length - 1); i++) {
    const [y, m] = months[i]!.split('-').map(Number) as [number, number];
    const serial = y * 12 + (m - 1);
    if (serial % step === 0) out.push(i);
  }
  if (out.length === 0 && start <= end && months[start]) out.push(start);
  return out;
}

/** A tick's label: `ene 2025` for monthly ticks, `2025` once ticks are a year or more apart. */
export function tickLabel(month: string, step: number): string {
  return step >= 12 ? month.slice(0, 4) : formatMonth(month);
}
