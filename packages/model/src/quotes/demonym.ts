import { fold } from '../entities/fold.js';
import { placesOfDemonym } from '../lexicon/demonyms.js';
import { TIME_NOUNS } from '../lexicon/spanish-function-words.js';
import type { Entity } from '../types.js';
import type { Phrase } from './phrases.js';
import type { TokenView } from './view.js';

// Endings of the adjectives of origin that the demonym table may lack (`zacatecana`, `ensenadense`,
// `norteño`, `chiapaneca`).
const GENTILIC = /(?:ano|ana|ense|eño|eña|eco|eca)$/u;
const DEMONSTRATIVE = /^(?:este|esta|ese|esa)$/;

/**
 * The person a bare demonym stands for as a speaker: `admitió el portugués` after `el portugués
 * Cristiano Ronaldo` is him; `comentó esta zacatecana` points at the person just named. A story
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
  // `esta zacatecana`: the demonstrative points at the person last named.
  return DEMONSTRATIVE.test(determiner) ? latestPerson(people, at) : undefined;
}

// The three words before an offset, folded: where a demonym qualifying a name stands.
function wordsBefore(body: string, start: number): string[] {
  return fold(body.slice(Math.max(0, start - 40), start))
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-3);
}

function latestPerson(people: Entity[], at: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of people) {
    for (const m of e.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}
