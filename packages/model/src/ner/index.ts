import type { ArticleDocument } from '../article/document.js';
import { tokenize, type Token } from '../article/tokens.js';
import type { EntityType } from '../types.js';
import { bioSpans, TYPE_OF_TAG } from './labels.js';
import { nerModel } from './model.js';
import { decode } from './decode.js';

/** A name the tagger found: offsets into the text it was run on. */
export interface NamedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

/** BIO labels (`B-PER`, `I-ORG`, `O`…, as in CoNLL-2002) for one sentence of words. */
export function tagWords(words: readonly string[]): string[] {
  return decode(nerModel(), words);
}

function spansOf(tokens: readonly Token[], text: string): NamedSpan[] {
  if (tokens.length === 0) return [];
  const labels = tagWords(tokens.map((t) => t.text));
  return bioSpans(labels).map(({ start, end, tag }) => {
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    return { start: from, end: to, text: text.slice(from, to), type: TYPE_OF_TAG[tag] ?? 'MISC' };
  });
}

/** Names in the article body, sentence by sentence (offsets into `doc.body`). */
export function recognizeBody(doc: ArticleDocument): NamedSpan[] {
  return doc.sentences.flatMap((s) => spansOf(doc.tokens.slice(s.tokenStart, s.tokenEnd), doc.body));
}

/** Names in a short text such as a title (offsets into `text`). */
export function recognizeText(text: string): NamedSpan[] {
  return spansOf(tokenize(text), text);
}
