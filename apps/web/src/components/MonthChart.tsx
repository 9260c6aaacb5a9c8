import { type KeyboardEvent, useRef, useState } from 'react';
import { formatMonth, plural } from '../format';
import { fillMonths, type MonthCount } from './months';

interface Props {
  months: MonthCount[];
  title: string;
  /** When given, each bar is a button (e.g. "filter to this month"). */
  onSelect?: (month: string) => void;
  selectedMonth?: string;
}

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: 1, ArrowDown: -1 };

/**
 * Articles per month as plain HTML bars: no chart library to download, and every bar has a text label
 * for screen readers. When bars are actions, the chart is one tab stop and the arrow keys (Home, End)
 * move between months, so a ten-year timeline does not add 120 stops to the tab order. Loaded lazily
 * with the views that use it.
 */
export default function MonthChart({ months, title, onSelect, selectedMonth }: Props) {
  const filled = fillMonths(months);
  const list = useRef<HTMLOListElement>(null);
  const selectedIndex = filled.findIndex((m) => m.month === selectedMonth);
  const [focusIndex, setFocusIndex] = useState(-1);
  if (filled.length === 0) return null;
  const current = focusIndex >= 0 && focusIndex < filled.length ? focusIndex : Math.max(0, selectedIndex);
  const max = Math.max(1, ...filled.map((m) => m.count));
  const first = filled[0]!.month;
  const last = filled[filled.length - 1]!.month;

  const onKeyDown = (event: KeyboardEvent) => {
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = filled.length - 1;
    else if (event.key in STEP) next = current + STEP[event.key]!;
    else return;
    event.preventDefault();
    const index = Math.min(filled.length - 1, Math.max(0, next));
    setFocusIndex(index);
    list.current?.querySelectorAll('button')[index]?.focus();
  };

  return (
    <figure className="month-chart">
      <figcaption>
        {title}{' '}
        <span className="muted">
          ({formatMonth(first)}
          {first !== last && ` – ${formatMonth(last)}`}, máx. {max})
        </span>
      </figcaption>
      <ol className="bars" ref={list} onKeyDown={onSelect ? onKeyDown : undefined}>
        {filled.map(({ month, count }, index) => {
          const label = `${formatMonth(month, true)}: ${plural(count, 'artículo', 'artículos')}`;
          const bar = <span className="bar" style={{ height: `${(count / max) * 100}%` }} />;
          return (
            <li key={month} title={label}>
              {onSelect ? (
                <button
                  type="button"
                  className="bar-button"
                  aria-label={label}
                  aria-pressed={selectedMonth === month}
                  aria-disabled={count === 0}
                  tabIndex={index === current ? 0 : -1}
                  onFocus={() => setFocusIndex(index)}
                  onClick={() => count > 0 && onSelect(month)}
                >
                  {bar}
                </button>
              ) : (
                <>
                  {bar}
                  <span className="visually-hidden">{label}</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
