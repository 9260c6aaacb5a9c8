import { type KeyboardEvent, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './timeline.css';
import { formatMonth, formatNumber, plural } from '../../format';
import {
  alignSeries,
  focusWindow,
  tickIndices,
  tickLabel,
  tickStep,
  type TimelineSeries,
} from './timeline-data';

export type { TimelineSeries } from './timeline-data';

interface Props {
  series: TimelineSeries[];
  title: string;
  /** What is counted, singular and plural: `['artículo', 'artículos']`. */
  unit: [string, string];
  /** When given, a month can be chosen (click, or Enter on the keyboard). */
  onSelect?: (month: string) => void;
  selectedMonth?: string;
  /** Bars read best for one series; lines for several. */
  kind?: 'bars' | 'lines';
  height?: number;
}

/** Distinct under the common kinds of colour blindness, and ≥ 4.5:1 on white. */
export const SERIES_COLORS = ['#0a58b8', '#b3261e', '#0b6e4f', '#7a3fb0', '#8a4b00'];

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: 1, ArrowDown: -1 };

/** The previous value while the new one has the same JSON: a stable reference for hook dependencies. */
function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

interface Tick {
  left: number;
  label: string;
}

/**
 * Counts per month as a uPlot chart (canvas, ~20 KB gz, loaded only with the pages that show it).
 * The x axis shows the run of months holding 95 % of the data, so a stray old article does not squash
 * the rest; a button shows the whole period. Month labels are HTML (Spanish, readable, selectable).
 * Keyboard: the plot is a slider over the months (arrows, Home, End; Enter chooses), announced with
 * the month and its counts; the same numbers are in a table under "Ver los datos".
 */
export default function TimelineChart({
  series,
  title,
  unit,
  onSelect,
  selectedMonth,
  kind = series.length > 1 ? 'lines' : 'bars',
  height = 180,
}: Props) {
  // Parents often rebuild these arrays on every render; compare by content so the chart is not redrawn.
  const stableSeries = useStable(series);
  const stableUnit = useStable(unit);
  const table = useMemo(() => alignSeries(stableSeries), [stableSeries]);
  const totals = useMemo(
    () => table.months.map((_, i) => table.counts.reduce((n, row) => n + row[i]!, 0)),
    [table],
  );
  const focus = useMemo(() => focusWindow(totals), [totals]);
  const [showAll, setShowAll] = useState(false);
  const start = showAll ? 0 : focus.start;
  const end = showAll ? table.months.length - 1 : focus.end;
  const months = useMemo(() => table.months.slice(start, end + 1), [table, start, end]);
  const rows = useMemo(() => table.counts.map((row) => row.slice(start, end + 1)), [table, start, end]);

  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [ticks, setTicks] = useState<Tick[]>([]);
  const [pointer, setPointer] = useState<{ idx: number; left: number } | null>(null);
  const cursor = pointer?.idx ?? null;
  const selectAt = useEffectEvent((idx: number) => {
    if (onSelect && months[idx]) onSelect(months[idx]);
  });

  useEffect(() => {
    const el = host.current;
    if (!el || months.length === 0) return;
    const width = Math.max(240, el.clientWidth);
    const step = tickStep(months.length, Math.floor(width / 80));
    const tickIdx = tickIndices(months, 0, months.length - 1, step);
    const placeTicks = (u: uPlot) =>
      setTicks(
        tickIdx.map((i) => ({
          left: u.over.offsetLeft + u.valToPos(i, 'x'),
          label: tickLabel(months[i]!, step),
        })),
      );
    const bars = uPlot.paths.bars!({ size: [0.8, 48], align: 0 });
    const series = stableSeries;
    const unit = stableUnit;
    const opts: uPlot.Options = {
      width,
      height,
      legend: { show: false },
      cursor: { y: false, points: { show: kind === 'lines' }, drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: () => [-0.5, months.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
      },
      axes: [
        {
          splits: () => tickIdx,
          values: (_u, splits) => splits.map(() => ''),
          size: 8,
          stroke: '#4f5661',
          grid: { stroke: '#e6e8ec', width: 1 },
          ticks: { stroke: '#767c86', width: 1, size: 4 },
        },
        {
          label: unit[1][0]!.toUpperCase() + unit[1].slice(1),
          labelSize: 18,
          labelFont: '600 12px system-ui, sans-serif',
          font: '12px system-ui, sans-serif',
          stroke: '#4f5661',
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
          values: (_u, splits) => splits.map((v) => formatNumber(v)),
          grid: { stroke: '#e6e8ec', width: 1 },
          ticks: { show: false },
          size: 44,
        },
      ],
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.label,
          stroke: SERIES_COLORS[i % SERIES_COLORS.length],
          width: kind === 'lines' ? 2 : 0,
          fill: kind === 'bars' ? SERIES_COLORS[i % SERIES_COLORS.length] : undefined,
          paths: kind === 'bars' ? bars : undefined,
          points: { show: kind === 'lines' && months.length <= 36, size: 5 },
        })),
      ],
      hooks: {
        ready: [placeTicks],
        setSize: [placeTicks],
        setCursor: [
          (u) => {
            const idx = u.cursor.idx;
            setPointer(idx == null ? null : { idx, left: u.over.offsetLeft + u.valToPos(idx, 'x') });
          },
        ],
      },
    };
    const data: uPlot.AlignedData = [months.map((_, i) => i), ...rows];
    const u = new uPlot(opts, data, el);
    plot.current = u;
    const click = () => {
      if (u.cursor.idx != null) selectAt(u.cursor.idx);
    };
    u.over.addEventListener('click', click);
    const resize = new ResizeObserver(() => {
      const w = Math.max(240, el.clientWidth);
      if (Math.abs(w - u.width) > 1) u.setSize({ width: w, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.over.removeEventListener('click', click);
      u.destroy();
      plot.current = null;
    };
  }, [months, rows, stableSeries, kind, height, stableUnit]);

  if (table.months.length === 0) return null;

  const describe = (i: number) =>
    `${formatMonth(months[i]!, true)}: ` +
    series
      .map((s, si) => `${series.length > 1 ? `${s.label}, ` : ''}${plural(rows[si]![i]!, ...unit)}`)
      .join('; ');

  const moveCursor = (i: number) => {
    const u = plot.current;
    if (!u) return;
    u.setCursor({ left: u.valToPos(i, 'x'), top: u.over.clientHeight / 2 });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const now = cursor ?? months.length - 1;
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = months.length - 1;
    else if (event.key in STEP) next = now + STEP[event.key]!;
    else if (event.key === 'Enter' && onSelect && cursor != null) {
      event.preventDefault();
      onSelect(months[cursor]!);
      return;
    } else return;
    event.preventDefault();
    moveCursor(Math.min(months.length - 1, Math.max(0, next)));
  };

  const current = cursor != null && cursor < months.length ? cursor : null;
  const tooltipLeft = pointer?.left ?? 0;
  const first = months[0]!;
  const last = months[months.length - 1]!;

  return (
    <figure className="timeline-chart" data-chart="timeline">
      <figcaption>
        {title}{' '}
        <span className="muted">
          ({formatMonth(first)}
          {first !== last && ` – ${formatMonth(last)}`})
        </span>
        {series.length > 1 && (
          <ul className="timeline-legend">
            {series.map((s, i) => (
              <li key={s.label}>
                <span className="swatch" style={{ background: SERIES_COLORS[i % SERIES_COLORS.length] }} />
                {s.label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      {focus.outside > 0 && (
        <p className="timeline-note muted">
          {showAll
            ? 'Se muestra todo el periodo. '
            : `${plural(focus.outside, unit[0], unit[1])} de fechas alejadas (${formatMonth(table.months[0]!)} – ${formatMonth(table.months.at(-1)!)}) quedan fuera para no aplastar el resto. `}
          <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Centrar en el grueso de los datos' : 'Mostrar todo el periodo'}
          </button>
        </p>
      )}
      <div
        className="timeline-plot"
        ref={host}
        role="slider"
        tabIndex={0}
        aria-label={`${title}. Use las flechas para recorrer los meses${onSelect ? ' e Intro para filtrar por el mes elegido' : ''}.`}
        aria-valuemin={0}
        aria-valuemax={months.length - 1}
        aria-valuenow={current ?? months.length - 1}
        aria-valuetext={describe(current ?? months.length - 1)}
        data-selected={selectedMonth}
        onKeyDown={onKeyDown}
        onFocus={() => current == null && moveCursor(months.length - 1)}
      >
        {current != null && (
          <div className="timeline-tooltip" style={{ left: tooltipLeft }} aria-hidden="true">
            <strong>{formatMonth(months[current]!, true)}</strong>
            {series.map((s, i) => (
              <span key={s.label}>
                {series.length > 1 && (
                  <span className="swatch" style={{ background: SERIES_COLORS[i % SERIES_COLORS.length] }} />
                )}
                {series.length > 1 ? `${s.label}: ` : ''}
                {plural(rows[i]![current]!, ...unit)}
              </span>
            ))}
          </div>
        )}
        <div className="timeline-x-axis" aria-hidden="true">
          {ticks.map((t) => (
            <span key={`${t.label}-${t.left}`} className="timeline-tick" style={{ left: t.left }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
      <details className="timeline-table">
        <summary>Ver los datos en una tabla</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Mes</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {series.length > 1 ? s.label : unit[1][0]!.toUpperCase() + unit[1].slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.months.map((month, i) =>
              totals[i] === 0 ? null : (
                <tr key={month}>
                  <th scope="row">
                    {onSelect ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onSelect(month)}
                        aria-pressed={month === selectedMonth}
                      >
                        {formatMonth(month, true)}
                      </button>
                    ) : (
                      formatMonth(month, true)
                    )}
                  </th>
                  {table.counts.map((row, si) => (
                    <td key={series[si]!.label}>{formatNumber(row[i]!)}</td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
