import type { Frame } from './frames.js';
import { looksFinite, type Phrase } from './phrases.js';
import { resolvePhrase, type Resolved } from './resolve.js';
import type { Salience } from './salience.js';
import { firstSubject } from './subject.js';
import type { TokenView } from './view.js';

// `ser` and `estar`: what follows says what the subject is, not what it said.
const COPULAS = new Set(
  'es son era eran fue fueron será serán sería está están estaba estaban estuvo estará'.split(' '),
);

/**
 * The owner of a quotation with no cue that sits inside a sentence of narration, after its verb:
 * `La bióloga X calificó el plan de «…»` is X's, `La empresa firmó un convenio con «…»` the
 * company's. Such a sentence tells what its own subject did, so the story's latest speaker does not
 * carry over into it.
 *
 * Undefined when the quotation opens the sentence, the subject is omitted or cannot speak (`«…».`,
 * `No obstante, «…»`, `Cientos de vecinos marcharon con carteles…`), or the verb only describes the
 * subject (`X estaba «estable»`): the caller keeps the latest speaker.
 */
export function narratedOwner(
  view: TokenView,
  frame: Frame,
  phrases: Phrase[],
  salience: Salience,
  quoteFirst: number,
): Resolved | undefined {
  const verb = verbBefore(view, frame.first, quoteFirst);
  if (verb === undefined || COPULAS.has(view.lower[verb] ?? '')) return undefined;
  const subject = firstSubject(view, phrases, frame.first, verb);
  if (!subject) return undefined;
  const resolved = resolvePhrase(view, subject, salience, view.tokens[subject.first]?.start ?? 0);
  const type = resolved?.entity?.type;
  return type === 'LOCATION' || type === 'MISC' ? undefined : resolved;
}

// The first finite verb outside quotations between the sentence start and the quotation.
function verbBefore(view: TokenView, first: number, quoteFirst: number): number | undefined {
  for (let i = first; i < quoteFirst; i++) {
    if (view.q(i) < 0 && looksFinite(view.lower[i] ?? '')) return i;
  }
  return undefined;
}
