import { fold } from '../entities/fold.js';
import { placesOfDemonym } from '../lexicon/demonyms.js';
import { TIME_NOUNS } from '../lexicon/spanish-function-words.js';
import type { Entity } from '../types.js';
import { lastMentioned } from './nearest.js';
import type { Phrase } from './phrases.js';
import type { TokenView } from './view.js';

// Endings of the adjectives of origin that the demonym table may lack (`zacatecana`, `ensenadense`,
// `norteño`, `chiapaneca`).
const GENTILIC = /(?:ano|ana|ense|eño|eña|eco|eca)$/u;
const DEMONSTRATIVE = /^(?:este|esta|ese|esa)$/;

/**
 * The person a bare demonym stands for as a speaker: `admitió el portugués` after `el portugués
 * Cristiano Ronaldo` is him; `comentó esta zacatecana` or an `el argentino` said of nobody before points at the person last named. A story
 * calls its protagonist by where they come from once the name is given, so a demonym alone
 * (determiner and one word) refers back. Undefined when nobody fits.
 */
export function demonymPerson(view: TokenView, phrase: Phrase, at: number): Entity | undefined {
  const determiner = phrase.determiner ?? '';
  const word = view.lower[phrase.head] ?? '';
  const alone = phrase.head === phrase.first + 1 && phrase.end === phrase.head + 1;
  if (!alone || !(/^(?:el|la)$/.test(determiner) || DEMONSTRATIVE.test(determiner))) return undefined;
  const demonym = placesOfDemonym(word) !== undefined;
  if (!demonym && !(GENTILIC.test(word) && !TIME_NOUNS.has(word))) return undefined;
  const people = view.entities.filter((e) => e.type === 'PERSON');
  // `el portugués Cristiano Ronaldo`, `la atleta keniana X`: the demonym was said of a name before.
  const described = people.filter((e) =>
    e.mentions.some((m) => m.start < at && wordsBefore(view.doc.body, m.start).includes(fold(word))),
  );
  if (described.length === 1) return described[0];
  // `esta zacatecana`, `el argentino` of a story that never said so before: the person last named.
  return described.length === 0 ? lastMentioned(people, at, ['PERSON']) : undefined;
}

// The words right before an offset, folded, back to the nearest punctuation and at most three: where
// a demonym qualifying a name stands (`el portugués Cristiano Ronaldo`, `la atleta keniana X`). A
// demonym beyond a comma qualified something else: `el jefe del gobierno catalán, Artur Mas`.
function wordsBefore(body: string, start: number): string[] {
  const tail = /[\p{L}\p{M}\s]*$/u.exec(body.slice(Math.max(0, start - 40), start))?.[0] ?? '';
  return fold(tail)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-3);
}
