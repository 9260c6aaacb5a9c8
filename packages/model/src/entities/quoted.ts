import { TITLE_NOUNS } from '../lexicon/title-nouns.js';
import { MEDIA_NOUNS } from '../lexicon/name-heads.js';
import type { RawSpan } from './clean.js';

const BEFORE = /(\p{L}+)\s*[«"“']$/u;

/**
 * A name in quotation marks after a noun for works and programmes (`el sistema "Dishfire"`, `la
 * operación «Rápido y furioso»`) is the title of a thing, not an organisation or a person. Media
 * (`el diario «El País»`) are organisations and are left alone.
 */
export function quotedTitle(text: string, span: RawSpan): boolean {
  const m = BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return TITLE_NOUNS.has(noun) && !MEDIA_NOUNS.has(noun);
}
