import TimelineChart from './charts/TimelineChart';
import type { MonthCount } from './months';

interface Props {
  months: MonthCount[];
  title: string;
  /** When given, a month can be chosen (e.g. "filter to this month"). */
  onSelect?: (month: string) => void;
  selectedMonth?: string;
}

const ARTICLES: [string, string] = ['artículo', 'artículos'];

/** Articles per month: the timeline chart with one series. Loaded lazily with the views that use it. */
export default function MonthChart({ months, title, onSelect, selectedMonth }: Props) {
  return (
    <TimelineChart
      title={title}
      unit={ARTICLES}
      series={[{ label: title, months }]}
      onSelect={onSelect}
      selectedMonth={selectedMonth}
    />
  );
}
