import type { Article, Explanation } from '../types.js';

const LONGEST_TEXT = 60;

/** Text on one line, cut to a readable length. */
function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LONGEST_TEXT ? `${flat.slice(0, LONGEST_TEXT - 1)}…` : flat;
}

const why = (e: Explanation) => `  [${e.rule}] ${e.summary}`;

/**
 * Every extraction of an article with the rule that decided it, one per line, in the order
 * quotes, entities, figures:
 * `quote 123-180 «…» → Ana Ruiz  [quote.speaker.cue-after] verbo de habla tras la cita (…)`.
 */
export function explainLines(article: Article): string[] {
  const quotes = article.quotes.map((q) => {
    const what = q.direct ? 'quote' : 'reported';
    const who = q.speaker?.name ?? '(nadie)';
    return `${what} ${q.start}-${q.end} «${short(q.text)}» → ${who}${why(q.explanation)}`;
  });
  const entities = article.entities.map(
    (e) => `entity ${e.type} ${e.name} (${e.mentions.length} menciones)${why(e.explanation)}`,
  );
  const figures = article.figures.map((f) => {
    const unit = f.unit === undefined ? '' : ` ${f.unit}`;
    return `figure ${f.start}-${f.end} «${short(f.text)}» → ${f.kind} ${f.value}${unit}${why(f.explanation)}`;
  });
  return [...quotes, ...entities, ...figures];
}
