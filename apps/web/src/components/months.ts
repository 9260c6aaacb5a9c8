export interface MonthCount {
  month: string;
  count: number;
}

function next(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Months in order with the empty ones filled in as zero, so a timeline's gaps show as gaps. Accepts
 * `YYYY-MM` or any date starting with it; ignores what is not a month; caps absurd ranges.
 */
export function fillMonths(counts: MonthCount[], maxMonths = 600): MonthCount[] {
  const byMonth = new Map<string, number>();
  for (const { month, count } of counts) {
    const key = month.slice(0, 7);
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) byMonth.set(key, (byMonth.get(key) ?? 0) + count);
  }
  const keys = [...byMonth.keys()].sort();
  if (keys.length === 0) return [];
  const out: MonthCount[] = [];
  for (let month = keys[0]!; month <= keys[keys.length - 1]! && out.length < maxMonths; month = next(month))
    out.push({ month, count: byMonth.get(month) ?? 0 });
  return out;
}

/** First and last day of a `YYYY-MM` month, for a date-range filter. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}
