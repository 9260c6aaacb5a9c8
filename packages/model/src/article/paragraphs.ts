import type { Span } from '../types.js';

export interface Body {
  /** Paragraphs joined by one blank line: the text every span points into. */
  body: string;
  paragraphs: Span[];
}

/**
 * Builds the canonical body from the lines after the header: paragraphs are separated by blank
 * lines; lines inside a paragraph are joined with a space. Spaces inside a line are kept as printed.
 */
export function buildBody(text: string): Body {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => joinLines(block).trim())
    .filter((block) => block.length > 0);
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const block of blocks) {
    paragraphs.push({ start: offset, end: offset + block.length });
    offset += block.length + 2;
  }
  return { body: blocks.join('\n\n'), paragraphs };
}

/**
 * The lines of a block joined by one space, with the spaces around each line break dropped. By
 * hand: a regular expression for it retries at every space of a long run (quadratic).
 */
function joinLines(block: string): string {
  if (!block.includes('\n')) return block;
  let out = '';
  let i = 0;
  while (i < block.length) {
    if (block[i] !== ' ' && block[i] !== '\n') {
      out += block[i];
      i++;
      continue;
    }
    let j = i;
    while (block[j] === ' ') j++;
    if (block[j] !== '\n') {
      out += block.slice(i, j);
      i = j;
      continue;
    }
    j++;
    while (block[j] === ' ') j++;
    out += ' ';
    i = j;
  }
  return out;
}
