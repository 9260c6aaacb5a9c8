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

/**
 * Pairs one paragraph's marks. A stack pass pairs them; an opener left unclosed at the bottom of the
 * stack either runs to the paragraph's end (see `runsOn`) or is dropped as a stray mark, and then
 * the marks are paired again without it. Pairing again is never needed in full: dropping the bottom
 * opener leaves every other step of the pass as it was, and only promotes the quotations closed
 * right above it to the outermost level. So one pass records, for each closing, how many of the
 * openers left on the stack were below it (`level`), and dropping k of them keeps the closings
 * whose depth equals their level, with level at most k. Linear in the number of marks.
 */
function pairParagraph(
  body: string,
  paragraph: Span,
  all: Mark[],
  carry: Family | undefined,
  following: Mark[],
): Found[] {
  const carried = carriedOver(paragraph, all, carry);
  const dropped = new Set<Mark>();
  let marks = all;
  let virtual = carried(dropped);
  let pass = pairOnce(body, marks, virtual ? carriedOpener(paragraph, carry) : undefined);
  const nextOf = firstOfFamily(following);
  let k = 0;
  for (;;) {
    const open = pass.unclosed[k];
    if (!open) return outermost(pass, k);
    if (runsOn(body, paragraph, open, following, nextOf)) {
      return [...outermost(pass, k), foundSpan(body, open, paragraph.end, false)];
    }
    dropped.add(open);
    k++;
    // Dropping a stray opener of the carried family may leave the carried quotation closed here.
    if (!virtual && carried(dropped)) {
      virtual = true;
      marks = marks.filter((m) => !dropped.has(m));
      pass = pairOnce(body, marks, carriedOpener(paragraph, carry));
      k = 0;
    }
  }
}

/** The outermost quotations once the k lowest unclosed openers are dropped (levels only grow). */
function outermost(pass: Pass, k: number): Found[] {
  const found: Found[] = [];
  for (const closing of pass.closings) {
    if (closing.level > k) break;
    found.push(closing.found);
  }
  return found;
}

interface Pass {
  /** Closed quotations that are outermost once the `level` lowest unclosed openers are dropped. */
  closings: { found: Found; level: number }[];
  /** Openers left on the stack, bottom first. */
  unclosed: Mark[];
}

/** One stack pass over the marks, starting from the carried opener when there is one. */
function pairOnce(body: string, marks: readonly Mark[], virtual: Mark | undefined): Pass {
  const stack: Mark[] = [];
  /** When each stack entry was pushed (its index in `marks`; -1 for the carried opener). */
  const pushedAt: number[] = [];
  /** The stack depths of each family's openers, lowest first, so the deepest match is the last. */
  const depths: Record<Family, number[]> = {
    angle: [],
    curly: [],
    straight: [],
    'curly-single': [],
    single: [],
  };
  const closings: { at: number; depth: number; found: Found }[] = [];
  const push = (mark: Mark, at: number): void => {
    depths[mark.family].push(stack.length);
    stack.push(mark);
    pushedAt.push(at);
  };
  if (virtual) push(virtual, -1);
  marks.forEach((mark, at) => {
    const top = stack[stack.length - 1];
    const depth = depths[mark.family].at(-1) ?? -1;
    const closesTop = top?.family === mark.family && mark.canClose;
    const closesDeeper = depth >= 0 && mark.canClose && !mark.canOpen;
    if (closesTop || closesDeeper) {
      const opener = stack[depth] as Mark;
      stack.length = depth;
      pushedAt.length = depth;
      for (const list of Object.values(depths)) while ((list.at(-1) ?? -1) >= depth) list.pop();
      closings.push({ at, depth, found: foundSpan(body, opener, mark.at + 1, true) });
    } else if (mark.canOpen) {
      push(mark, at);
    }
  });
  // A closing's level: how many of the openers still on the stack at the end were pushed before it.
  const leveled: Pass['closings'] = [];
  let level = 0;
  for (const { at, depth, found } of closings) {
    while (level < pushedAt.length && (pushedAt[level] as number) < at) level++;
    if (depth === level) leveled.push({ found, level });
  }
  return { closings: leveled, unclosed: stack };
}

/** Whether an opener left unclosed runs on to the paragraph's end rather than being a stray mark. */
function runsOn(
  body: string,
  paragraph: Span,
  open: Mark,
  following: readonly Mark[],
  nextOf: (family: Family) => Mark | undefined,
): boolean {
  if (open.at === paragraph.start) return true;
  // The next paragraph goes on with the same quotation: it closes it, or reopens it first thing.
  const nextMark = nextOf(open.family);
  if (nextMark && (nextMark.canClose ? !nextMark.canOpen : nextMark.at === following[0]?.at)) return true;
  // Or it follows a colon: `dijo: «...`.
  let i = open.at - 1;
  while (i >= paragraph.start && /\s/.test(body[i] as string)) i--;
  return i >= paragraph.start && body[i] === ':';
}

/** The first mark of each family in a paragraph's marks, looked up once. */
function firstOfFamily(marks: readonly Mark[]): (family: Family) => Mark | undefined {
  let first: Map<Family, Mark> | undefined;
  return (family) => {
    if (!first) {
      first = new Map();
      for (const m of marks) if (!first.has(m.family)) first.set(m.family, m);
    }
    return first.get(family);
  };
}

function carriedOpener(paragraph: Span, family: Family | undefined): Mark {
  return { at: paragraph.start, family: family as Family, canOpen: true, canClose: false, virtual: true };
}

/**
 * Whether a quotation carried over from the paragraph before, not reopened here, closes in this
 * paragraph (before any new opener of its family), given the marks dropped so far. Dropped marks
 * only grow, so the two cursors only move forward.
 */
function carriedOver(
  paragraph: Span,
  marks: readonly Mark[],
  carry: Family | undefined,
): (dropped: ReadonlySet<Mark>) => boolean {
  const first = marks[0];
  if (!carry || (first?.at === paragraph.start && first.canOpen && first.family === carry))
    return () => false;
  let closer = 0;
  let opener = 0;
  const skip = (i: number, wanted: (m: Mark) => boolean, dropped: ReadonlySet<Mark>): number => {
    while (i < marks.length && (dropped.has(marks[i] as Mark) || !wanted(marks[i] as Mark))) i++;
    return i;
  };
  return (dropped) => {
    closer = skip(closer, (m) => m.family === carry && m.canClose, dropped);
    opener = skip(opener, (m) => m.family === carry && m.canOpen && !m.canClose, dropped);
    if (closer >= marks.length) return false;
    return opener >= marks.length || (marks[closer] as Mark).at < (marks[opener] as Mark).at;
  };
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
