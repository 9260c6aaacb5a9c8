import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, round } from './support.mjs';

const fc = createRequire(join(root, 'packages/model/package.json'))('fast-check');

/**
 * The long form of the parser's property test: any string gives an Article or an ArticleParseError,
 * and every span lies in the body and equals its slice.
 */
export async function benchFuzz(runs = 1_000_000) {
  const model = await import(pathToFileURL(join(root, 'packages/model/dist/index.js')).href);
  const header = fc.constantFrom(
    ' date 2024-02-29 Título',
    ' date 2025-02-30 Malo',
    '',
    ' date 2024-01-01 ',
    'sin cabecera',
  );
  const piece = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '«',
      '»',
      '“',
      '”',
      '"',
      "'",
      '\n\n',
      '\r\n',
      '\u0000',
      '\ufeff',
      '30.000 millones de dólares',
      'dijo que',
      'Ana Ruiz',
      'EE.UU.',
      '4,5 %',
    ),
  );
  const started = performance.now();
  fc.assert(
    fc.property(header, fc.array(piece, { maxLength: 30 }), (h, parts) => {
      let article;
      try {
        article = model.parseArticle(`${h}\n\n${parts.join('')}`);
      } catch (error) {
        if (!model.isArticleParseError(error)) throw error;
        return;
      }
      const spans = [
        ...article.paragraphs,
        ...article.quotes,
        ...article.figures,
        ...article.entities.flatMap((e) => e.mentions),
      ];
      for (const s of spans)
        if (s.start < 0 || s.end > article.body.length || s.start > s.end)
          throw new Error(`span ${s.start}-${s.end} outside the body`);
      for (const q of article.quotes)
        if (article.body.slice(q.start, q.end) !== q.text)
          throw new Error('quote text differs from the body');
    }),
    { numRuns: runs },
  );
  const seconds = (performance.now() - started) / 1000;
  return { runs, failures: 0, seconds: round(seconds, 1), casesPerSecond: round(runs / seconds) };
}
