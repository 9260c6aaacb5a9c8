import { ROLE_NOUNS } from '../lexicon/roles.js';
import type { Entity } from '../types.js';
import { attachable, tiesOfPhrase, words } from './descriptors.js';
import { fold } from './fold.js';
import { resolveRoleMention } from './resolve-role.js';

const ROLE_AFTER_DETERMINER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:el|la|del|al|su)\s+((?:ex-?)?(?:${[...ROLE_NOUNS].join('|')}))(?![\p{L}\p{M}])`,
  'giu',
);

/**
 * A role phrase that names nobody next to it (`el presidente kazajo dijo …`, `el líder de Acción
 * Nacional`, `el dirigente panista`) refers to someone named elsewhere in the article: the phrase,
 * without its determiner, becomes one of that person's descriptors. Only phrases tied to a place or
 * a body are read this way; a bare `el presidente` is left alone.
 */
export function roleCoreferences(body: string, entities: Entity[]): void {
  for (const m of body.matchAll(ROLE_AFTER_DETERMINER)) {
    const start = m.index + m[0].length - m[1]!.length;
    const ws = words(body.slice(start, start + 120), start);
    let n = 1;
    while (n < ws.length && n <= 5 && attachable(ws.slice(1, n + 1))) n++;
    const phrase = ws.slice(0, n);
    const last = phrase[phrase.length - 1]!;
    // `de` and `del` do not close a phrase: `el líder de` + name is an apposition.
    if (/^(?:de|del)$/u.test(last.text)) continue;
    const next = ws[n];
    if (next && (/^\p{Lu}/u.test(next.text) || (next.text === ',' && /^\p{Lu}/u.test(ws[n + 1]?.text ?? ''))))
      continue; // the role of the name right after it, read as that name's descriptor
    const text = body.slice(start, last.end);
    if (phrase.length < 2 || tiesOfPhrase(text.slice(m[1]!.length)).length === 0) continue;
    const person = resolveRoleMention(text, entities, { position: start });
    const d = text.toLowerCase() === text ? text : text.charAt(0).toLowerCase() + text.slice(1);
    if (person && !person.descriptors.some((x) => fold(x) === fold(d))) person.descriptors.push(d);
  }
}
