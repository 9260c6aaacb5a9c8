import type { ReactNode } from 'react';

export interface MarkedText {
  text: string;
  marks: readonly { start: number; end: number }[];
}

/**
 * Plain text with some spans marked (a search's matches), as React elements: the text is never
 * parsed as HTML, whatever it contains. Overlapping or out-of-range spans are skipped.
 */
export function Marked({ text, marks }: MarkedText) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
