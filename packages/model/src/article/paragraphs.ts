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
    .map((block) => block.replace(/ *\n */g, ' ').trim())
    .filter((block) => block.length > 0);
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const block of blocks) {
    paragraphs.push({ start: offset, end: offset + block.length });
    offset += block.length + 2;
  }
  return { body: blocks.join('\n\n'), paragraphs };
}
