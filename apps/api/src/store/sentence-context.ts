import type { Span } from '@teletipo/model';

/**
 * The sentence around a span, for showing a figure in context: from the previous sentence end
 * (or paragraph start) to the next one (or paragraph end). Abbreviations may cut it short; it is a
 * reading aid, not an analysis. The dateline (`Quito, 15 ene (EFE).-`) is not part of the sentence.
 */
export function sentenceAround(
  body: string,
  paragraphs: readonly Span[],
  span: Span,
  dateline?: Span,
): string {
  const paragraph = paragraphs.find((p) => p.start <= span.start && span.end <= p.end) ?? {
    start: 0,
    end: body.length,
  };
  let floor = paragraph.start;
  if (dateline && dateline.end <= span.start && dateline.end > floor) {
    floor = dateline.end;
    while (floor < span.start && /[\s.\-–—]/.test(body[floor]!)) floor++;
  }
  let start = span.start;
  while (start > floor && !/[.!?]\s/.test(body.slice(start - 2, start))) start--;
  const tail = /[.!?](?=\s|$)/g;
  tail.lastIndex = span.end;
  const match = tail.exec(body.slice(0, paragraph.end));
  const end = match ? match.index + 1 : paragraph.end;
  return body.slice(start, end).trim();
}
