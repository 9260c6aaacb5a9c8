import { describe, expect, it } from 'vitest';
import { dayOf, isoOfDay, resolveDayMonth, resolveWeekday, yyyymmddOfDay } from './calendar-math.js';

const wednesday = dayOf('2025-11-12') as number;
const iso = (day: number | undefined): string | undefined => (day === undefined ? undefined : isoOfDay(day));

describe('calendar arithmetic', () => {
  it('reads only real ISO days', () => {
    expect(dayOf('2025-02-29')).toBeUndefined();
    expect(dayOf('12/11/2025')).toBeUndefined();
    expect(iso(dayOf('2024-02-29'))).toBe('2024-02-29');
  });

  it('writes a day as the number yyyymmdd', () => {
    expect(yyyymmddOfDay(wednesday)).toBe(20251112);
  });

  it('resolves weekdays around the anchor: this, last and next', () => {
    expect(iso(resolveWeekday(wednesday, 3, 'near'))).toBe('2025-11-12');
    expect(iso(resolveWeekday(wednesday, 1, 'near'))).toBe('2025-11-10');
    expect(iso(resolveWeekday(wednesday, 5, 'near'))).toBe('2025-11-14');
    expect(iso(resolveWeekday(wednesday, 5, 'past'))).toBe('2025-11-07');
    expect(iso(resolveWeekday(wednesday, 3, 'past'))).toBe('2025-11-05');
    expect(iso(resolveWeekday(wednesday, 1, 'future'))).toBe('2025-11-17');
  });

  it('places a day and month without a year in the nearest year, or the one the wording asks for', () => {
    expect(iso(resolveDayMonth(wednesday, 3, 1, 'near'))).toBe('2026-01-03');
    expect(iso(resolveDayMonth(wednesday, 3, 6, 'near'))).toBe('2025-06-03');
    expect(iso(resolveDayMonth(wednesday, 20, 12, 'past'))).toBe('2024-12-20');
    expect(resolveDayMonth(wednesday, 31, 6, 'near')).toBeUndefined();
  });
});
