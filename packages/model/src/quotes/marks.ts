import type { Span } from '../types.js';

/** A span of the body between quotation marks, before anyone decides whether somebody said it. */
export interface MarkedSpan extends Span {
  /** Offset of the opening mark, or the paragraph start when a run-on quotation has no mark there. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  paragraph: number;
  /** The opening mark as printed (`«`, `“`, `"`, `'`…), or '' where the copy left it out. */
  mark: string;
  closed: boolean;
  /** Index (in the returned list) of the first span of a quotation that runs over several paragraphs. */
  chain: number;
}

type Family = 'angle' | 'curly' | 'straight' | 'curly-single' | 'single';

interface Mark {
  at: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** Stands for a mark the copy left out (a quotation carried over from the paragraph before). */
  virtual?: boolean;
}

interface Found {
  open: number;
  close: number;
  mark: string;
  family: Family;
  closed: boolean;
}

const MARKS = '«»“”„"‘’\'';
const BEFORE_OPEN = new Set([...'([{—–-/:;,¿¡«“‘"\'']);
const AFTER_CLOSE = new Set([...'.,;:!?)]}»”’"\'…-—–/']);
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Finds the outermost quotations of every paragraph. Marks pair within their family (« », “ ”, " ",
 * ‘ ’, ' '); inner quotations stay inside the outer one's text. A quotation never crosses a
 * paragraph: one left open runs to its paragraph's end when the next paragraph reopens or closes it
 * (quotations of several paragraphs), when it opens the paragraph or follows a colon; any other stray
 * mark is ignored, so an unbalanced mark never swallows the rest of the article.
 */
export function findMarkedSpans(body: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  // The family and chain of a quotation left open at the end of the previous paragraph.
  let carry: { family: Family; chain: number } | undefined;
  let marks = paragraphs[0] ? scanMarks(body, paragraphs[0]) : [];
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const following = next ? scanMarks(body, next) : [];
    const found = pairParagraph(body, paragraph, marks, carry?.family, following);
    marks = following;
    const previous = carry;
    carry = undefined;
    for (const span of found) {
      const inner = trim(body, span.open + span.mark.length, span.closed ? span.close - 1 : span.close);
      if (!inner) continue;
      const at = spans.length;
      const chain = previous && span.open === paragraph.start ? previous.chain : at;
      spans.push({ ...inner, ...span, paragraph: index, chain });
      if (!span.closed) carry = { family: span.family, chain };
    }
  });
  return spans.map(({ start, end, open, close, paragraph, mark, closed, chain }) => ({
    start,
    end,
    open,
    close,
    paragraph,
    mark,
    closed,
    chain,
  }));
}

function pairParagraph(
  body: string,
  paragraph: Span,
  all: Mark[],
  carry: Family | undefined,
  following: Mark[],
): Found[] {
  let marks = all;
  for (;;) {
    const stack: Mark[] = [];
    const found: Found[] = [];
    // A quotation carried over from the previous paragraph without a new opening mark, closed here.
    const first = marks[0];
    if (carry && !(first?.at === paragraph.start && first.canOpen && first.family === carry)) {
      const closer = marks.find((m) => m.family === carry && m.canClose);
      const opener = marks.find((m) => m.family === carry && m.canOpen && !m.canClose);
      if (closer && (!opener || closer.at < opener.at)) {
        stack.push({ at: paragraph.start, family: carry, canOpen: true, canClose: false, virtual: true });
      }
    }
    for (const mark of marks) {
      const top = stack[stack.length - 1];
      const depth = stack.map((m) => m.family).lastIndexOf(mark.family);
      const closesTop = top?.family === mark.family && mark.canClose;
      const closesDeeper = depth >= 0 && mark.canClose && !mark.canOpen;
      if (closesTop || closesDeeper) {
        const opener = stack[depth] as Mark;
        stack.length = depth;
        if (depth === 0) found.push(foundSpan(body, opener, mark.at + 1, true));
      } else if (mark.canOpen) {
        stack.push(mark);
      }
    }
    const open = stack[0];
    if (!open) return found;
    const nextMark = following.find((m) => m.family === open.family);
    const continued =
      nextMark !== undefined && (nextMark.canClose ? !nextMark.canOpen : nextMark.at === following[0]?.at);
    const runsOn =
      continued || open.at === paragraph.start || /:\s*$/.test(body.slice(paragraph.start, open.at));
    if (runsOn) return [...found, foundSpan(body, open, paragraph.end, false)];
    marks = marks.filter((m) => m !== open);
  }
}

function foundSpan(body: string, opener: Mark, close: number, closed: boolean): Found {
  const mark = opener.virtual ? '' : (body[opener.at] ?? '');
  return { open: opener.at, close, mark, family: opener.family, closed };
}

function scanMarks(body: string, paragraph: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = body[i] as string;
    if (!MARKS.includes(c)) continue;
    const prev = i > paragraph.start ? (body[i - 1] as string) : ' ';
    const next = i + 1 < paragraph.end ? (body[i + 1] as string) : ' ';
    const opens = (/\s/.test(prev) || BEFORE_OPEN.has(prev)) && !/\s/.test(next);
    const closes = !/\s/.test(prev) && (/\s/.test(next) || AFTER_CLOSE.has(next));
    const add = (family: Family, canOpen: boolean, canClose: boolean): void => {
      if (canOpen || canClose) marks.push({ at: i, family, canOpen, canClose });
    };
    switch (c) {
      case '«':
        add('angle', true, false);
        break;
      case '»':
        add('angle', false, true);
        break;
      case '“':
      case '„':
        // Some copy closes with “ too: one glued to the word before and free after closes.
        add('curly', !(closes && !opens), closes && !opens);
        break;
      case '”':
        add('curly', opens && !closes, !(opens && !closes));
        break;
      case '"':
        add('straight', opens, closes);
        break;
      case '‘':
        add('curly-single', opens, false);
        break;
      case '’':
        // Inside a word it is an apostrophe: People’s.
        add('curly-single', false, closes && !WORDLIKE.test(next));
        break;
      default:
        // ' opens before a word and closes after one; between letters it is an apostrophe: pa'llá.
        add('single', opens && /[\p{L}¿¡«“]/u.test(next), closes && !WORDLIKE.test(next));
    }
  }
  return marks;
}

function trim(body: string, from: number, to: number): Span | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] as string)) start++;
  while (end > start && /\s/.test(body[end - 1] as string)) end--;
  if (start >= end || !WORDLIKE.test(body.slice(start, end))) return undefined;
  return { start, end };
}
