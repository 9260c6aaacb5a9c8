// Turns a stream of markup events (from an HTML parser or a walk over parsed XML) into paragraphs of
// plain text: block elements end a paragraph, invisible elements are dropped, whitespace collapses.
// Shared by the HTML reader (ninjs bodies) and the NewsML-G2 reader (NITF and XHTML bodies).

/** Elements whose start and end break the text into paragraphs (HTML, XHTML and NITF names). */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'hr',
  'body',
  // NITF
  'hl1',
  'hl2',
  'block',
  'body.content',
  'bq',
]);

/**
 * Elements whose content is not prose: scripts, styles and documents' heads; NITF's `body.head` (it
 * repeats the headline and byline) and `body.end`; figures and media, whose captions are not the story.
 */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'figure',
  'body.head',
  'body.end',
  'media',
]);

// Not \s: a no-break space in `30 000` is kept for the figures reader.
const SPACES = /[ \t\n\r\f\v]+/g;

export class ParagraphCollector {
  private readonly paragraphs: string[] = [];
  private current = '';
  private dropped = 0;

  open(name: string): void {
    const tag = name.toLowerCase();
    if (DROPPED.has(tag)) this.dropped++;
    else if (BLOCKS.has(tag)) this.endParagraph();
  }

  close(name: string): void {
    const tag = name.toLowerCase();
    if (DROPPED.has(tag)) this.dropped = Math.max(0, this.dropped - 1);
    else if (BLOCKS.has(tag)) this.endParagraph();
  }

  text(text: string): void {
    if (this.dropped === 0) this.current += text;
  }

  finish(): string[] {
    this.endParagraph();
    return this.paragraphs;
  }

  private endParagraph(): void {
    const paragraph = this.current.replace(SPACES, ' ').trim();
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = '';
  }
}

/** Whitespace runs to one space, trimmed: for titles and places read from markup. */
export const collapseSpaces = (text: string) => text.replace(SPACES, ' ').trim();
