import { TITLE_NOUNS } from '../lexicon/title-nouns.js';
import { MEDIA_NOUNS } from '../lexicon/name-heads.js';
import type { RawSpan } from './clean.js';

const BEFORE = /(\p{L}+)\s*[«"“']$/u;

/**
 * Where the title holding `start` begins: names further inside a quoted title (`el libro "Maya
 * Roads: Kings and Gods"`) belong to it as much as its first words. `start` itself when the
 * nearest mark before it closes a quotation or there is none within reach.
 */
function quoteOpening(text: string, start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 160); i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '»' || ch === '”') return start;
    // A title opens with a capital; words quoted from speech often do not (`“como un títere de …`).
    if (ch === '«' || ch === '“' || (ch === '"' && (i === 0 || /[\s(]/u.test(text[i - 1]!))))
      return /^\p{Lu}/u.test(text.slice(i + 1)) ? i + 1 : start;
    if (ch === '"') return start;
  }
  return start;
}

/**
 * A name in quotation marks after a noun for works and programmes (`el sistema "Dishfire"`, `la
 * operación «Rápido y furioso»`) is the title of a thing, not an organisation or a person. Media
 * (`el diario «El País»`) are organisations and are left alone.
 */
export function quotedTitle(text: string, span: RawSpan): boolean {
  const opening = quoteOpening(text, span.start);
  const m = BEFORE.exec(text.slice(Math.max(0, opening - 30), opening));
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return TITLE_NOUNS.has(noun) && !MEDIA_NOUNS.has(noun);
}
