import { Parser } from 'htmlparser2';
import { ParagraphCollector } from './paragraph-collector.js';

/**
 * The paragraphs of an HTML fragment, as plain text: `<p>`, `<h1>`–`<h6>`, `<li>`, `<br>` and other
 * blocks break paragraphs; entities are decoded; scripts, styles and figures are dropped. Nothing is
 * fetched or run: htmlparser2 only tokenizes.
 */
export function htmlParagraphs(html: string): string[] {
  const collector = new ParagraphCollector();
  const parser = new Parser(
    {
      onopentag: (name) => collector.open(name),
      onclosetag: (name) => collector.close(name),
      ontext: (text) => collector.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collector.finish();
}

/** Plain text split into paragraphs at blank lines, or at every line when it has no blank line. */
export function plainParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  return blocks.map((block) => block.replace(/[ \t\n\r\f\v]+/g, ' ').trim()).filter(Boolean);
}
