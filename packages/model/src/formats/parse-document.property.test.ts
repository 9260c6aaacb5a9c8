import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isArticleParseError } from '../errors.js';
import { parseDocument } from './parse-document.js';

// Whatever an agency document holds, parseDocument returns an Article or throws ArticleParseError:
// never a TypeError from a reader that trusted a shape it was not given.

const fixtures = ['puerto.ninjs.json', 'puerto.nitf.xml', 'puerto.xhtml.xml'].map((name) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
);

function attempt(text: string): void {
  try {
    const article = parseDocument(text);
    for (const p of article.paragraphs) expect(p.end).toBeLessThanOrEqual(article.body.length);
  } catch (error) {
    if (!isArticleParseError(error)) throw error;
  }
}

describe('parseDocument on any document', () => {
  it('gives an Article or an ArticleParseError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => attempt(JSON.stringify(value) ?? '{}')),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives an Article or an ArticleParseError for a fixture with a piece cut out or replaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 8 }),
        (text, at, length, insert) => {
          const start = at % text.length;
          attempt(text.slice(0, start) + insert + text.slice(start + length));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
