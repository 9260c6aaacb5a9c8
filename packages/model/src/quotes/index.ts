import type { ArticleDocument } from '../article/document.js';
import type { Token } from '../article/tokens.js';
import { explain } from '../explain/rules.js';
import type { Entity, Quote } from '../types.js';
import { attributeArticle } from './attribute.js';
import { findMarkedSpans } from './marks.js';
import { TokenView } from './view.js';

/**
 * Direct quotations (words in quotation marks somebody is reported to have said or written) and
 * reported statements (`dijo que …`, `direct: false`), with their speakers resolved against
 * `entities`. Every quote's `text` is `body.slice(start, end)`; quotes are in reading order.
 */
export function extractQuotes(doc: ArticleDocument, entities: Entity[]): Quote[] {
  const spans = findMarkedSpans(doc.body, doc.paragraphs);
  const view = new TokenView(doc, spans, entities);
  const { quotes, reported } = attributeArticle(view);
  const out: Quote[] = quotes.map(({ span, speaker, cue, rule }) => ({
    id: `quote:${span.start}`,
    start: span.start,
    end: span.end,
    text: doc.body.slice(span.start, span.end),
    direct: true,
    speaker,
    ...(cue !== undefined && { cue }),
    explanation: explain(rule),
  }));
  const taken = new Set(out.map((q) => q.id));
  for (const r of reported) {
    const start = (doc.tokens[r.first] as Token).start;
    const end = (doc.tokens[r.end - 1] as Token).end;
    const id = `quote:${start}`;
    if (taken.has(id)) continue;
    taken.add(id);
    out.push({
      id,
      start,
      end,
      text: doc.body.slice(start, end),
      direct: false,
      speaker: r.speaker,
      cue: r.cue,
      explanation: explain(r.rule),
    });
  }
  return out.sort((a, b) => a.start - b.start || Number(b.direct) - Number(a.direct));
}
