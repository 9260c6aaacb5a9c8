// Splits an article's paragraphs into runs of text that share the same marks (quote, entity mention,
// figure), so the body can be drawn as nested elements around plain text nodes. Marks may nest (an
// entity inside a quote), overlap, cross paragraph breaks or be malformed; none of that loses text.

export interface Span {
  start: number;
  end: number;
}

export interface QuoteMark extends Span {
  id: string;
}

export interface EntityMark extends Span {
  entityId: string;
}

export interface FigureMark extends Span {
  id: string;
}

export interface Segment<Q extends QuoteMark, E extends EntityMark, F extends FigureMark> extends Span {
  quote?: Q;
  entity?: E;
  figure?: F;
}

export interface Marks<Q extends QuoteMark, E extends EntityMark, F extends FigureMark> {
  quotes: Q[];
  entities: E[];
  figures: F[];
}

/** Index of the last paragraph starting at or before `offset` (paragraphs are sorted). */
function paragraphAt(paragraphs: Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Puts each mark into every paragraph it overlaps: O(marks · log paragraphs), not a full cross product. */
function bucket<T extends Span>(paragraphs: Span[], marks: T[]): T[][] {
  const buckets = paragraphs.map((): T[] => []);
  for (const mark of marks) {
    if (!(mark.end > mark.start)) continue;
    for (let i = paragraphAt(paragraphs, mark.start); i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      if (p.start >= mark.end) break;
      if (p.end > mark.start) buckets[i]!.push(mark);
    }
  }
  return buckets;
}

const covering = <T extends Span>(marks: T[], start: number, end: number) =>
  marks.find((m) => m.start <= start && m.end >= end);

export function segmentParagraphs<Q extends QuoteMark, E extends EntityMark, F extends FigureMark>(
  paragraphs: Span[],
  marks: Marks<Q, E, F>,
): Segment<Q, E, F>[][] {
  const quotes = bucket(paragraphs, marks.quotes);
  const entities = bucket(paragraphs, marks.entities);
  const figures = bucket(paragraphs, marks.figures);
  return paragraphs.map((p, i) => {
    const inside = [quotes[i]!, entities[i]!, figures[i]!];
    const cuts = new Set([p.start, p.end]);
    for (const list of inside)
      for (const m of list) {
        if (m.start > p.start && m.start < p.end) cuts.add(m.start);
        if (m.end > p.start && m.end < p.end) cuts.add(m.end);
      }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment<Q, E, F>[] = [];
    for (let k = 0; k + 1 < sorted.length; k++) {
      const start = sorted[k]!;
      const end = sorted[k + 1]!;
      const quote = covering(quotes[i]!, start, end);
      const entity = covering(entities[i]!, start, end);
      const figure = covering(figures[i]!, start, end);
      segments.push({
        start,
        end,
        ...(quote && { quote }),
        ...(entity && { entity }),
        ...(figure && { figure }),
      });
    }
    return segments;
  });
}

/** Consecutive items sharing the same key (by identity), in order: how marks become elements. */
export function runs<T, K>(items: T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out[out.length - 1];
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}
