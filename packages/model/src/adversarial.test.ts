import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_LENGTH, parseArticle } from './index.js';
import { ADVERSARIAL_FAMILIES, adversarialArticle, madeUpName } from './test-support/adversarial.js';
import type { Article } from './types.js';

// Hostile articles that once stalled the parser (10,000 unbalanced « took 337 s; thousands of
// made-up names, endless sentences and long runs of spaces were quadratic). Each must now parse
// within the test's default timeout; `npm run bench -- adversarial` prints how time grows with size.

function expectSane(article: Article): void {
  const spans = [
    ...article.paragraphs,
    ...article.quotes,
    ...article.figures,
    ...article.entities.flatMap((e) => e.mentions),
  ];
  for (const span of spans) {
    expect(0 <= span.start && span.start <= span.end && span.end <= article.body.length).toBe(true);
    if ('text' in span) expect(article.body.slice(span.start, span.end)).toBe(span.text);
  }
}

/** A repetition count whose article is between half the size limit and the limit. */
function nearTheLimit(body: (n: number) => string): number {
  let n = 1;
  while (adversarialArticle(body(n * 2)).length <= MAX_ARTICLE_LENGTH) n *= 2;
  return n;
}

// Generous: the machine is shared, and a quadratic parse of these sizes takes minutes, not seconds.
const NEAR_LIMIT_TIMEOUT_MS = 30_000;

describe('hostile articles near the size limit', () => {
  for (const family of ADVERSARIAL_FAMILIES) {
    it(`parses ${family.name}`, { timeout: NEAR_LIMIT_TIMEOUT_MS }, () => {
      const text = adversarialArticle(family.body(nearTheLimit(family.body)));
      expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_LENGTH);
      expectSane(parseArticle(text));
    });
  }
});

describe('what the parser still finds in them', () => {
  it('reads 10,000 stray « as no quotation, and still finds the speaker named after them', () => {
    const article = parseArticle(adversarialArticle(`${'«'.repeat(10_000)} dijo Ana Ruiz.`));
    expect(article.quotes).toEqual([]);
    expect(article.entities.map((e) => e.name)).toContain('Ana Ruiz');
  });

  it('keeps the real quotation after thousands of stray marks', () => {
    const strays = '“no '.repeat(5_000);
    const article = parseArticle(adversarialArticle(`Hoy ${strays}. «Vamos bien», dijo Ana Ruiz.`));
    expect(article.quotes.map((q) => [q.text, q.speaker?.name])).toContainEqual(['Vamos bien', 'Ana Ruiz']);
  });

  it('gives each of a thousand made-up people an entity of their own', () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `${madeUpName(i)} ${madeUpName(i + 1_000)}`);
    const article = parseArticle(adversarialArticle(names.map((n) => `${n} dijo que sí.`).join(' ')));
    const found = new Set(article.entities.map((e) => e.name));
    expect(names.filter((n) => found.has(n)).length).toBeGreaterThan(900);
  });

  it('joins a name mentioned thousands of times into one entity', () => {
    const body = Array.from({ length: 3_000 }, (_, i) => (i % 2 ? 'Ruiz' : 'Ana Ruiz') + ' habló.').join(' ');
    const article = parseArticle(adversarialArticle(body));
    const ana = article.entities.find((e) => e.name === 'Ana Ruiz');
    expect(ana?.mentions.length).toBe(3_000);
  });
});
