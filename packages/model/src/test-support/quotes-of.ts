import { analyze } from '../article/document.js';
import { buildBody } from '../article/paragraphs.js';
import { extractQuotes } from '../quotes/index.js';
import type { Entity, Quote } from '../types.js';
import { GIVEN_EXPLANATION } from './given-explanation.js';

/**
 * The quotes of a fixture text, with each named person given as the entity extractor would find
 * them: one mention, where the name first stands in the body.
 */
export function quotesOf(text: string, people: string[]): Quote[] {
  const { body, paragraphs } = buildBody(text);
  const doc = analyze('2024-03-01', 'Titular', body, paragraphs);
  const entities: Entity[] = people.map((name) => ({
    id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`,
    explanation: GIVEN_EXPLANATION,
    name,
    type: 'PERSON',
    aliases: [],
    descriptors: [],
    mentions: [{ start: body.indexOf(name), end: body.indexOf(name) + name.length, text: name }],
  }));
  return extractQuotes(doc, entities);
}
