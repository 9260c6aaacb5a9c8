import { HEAD_ROLES, ROLE_NOUNS } from '../lexicon/roles.js';
import type { Entity } from '../types.js';
import { attachable, tiesOfPhrase, words } from './descriptors.js';
import { fold } from './fold.js';
import { resolveRoleMention, roleCore } from './resolve-role.js';

// Role nouns that name one kind of post: a leader, a film director, a member of a legislature.
const KINDS: ReadonlySet<string>[] = [
  new Set([...HEAD_ROLES].map((w) => w.toLowerCase()).concat(['dirigente'])),
  new Set('director directora cineasta realizador realizadora'.split(' ')),
  new Set(
    'senador senadora legislador legisladora diputado diputada congresista parlamentario parlamentaria'.split(
      ' ',
    ),
  ),
];

// Grammatical gender a role noun shows: `senador` and `legisladora` are not one person.
const MASCULINE = /(?:or|o)$/u;
const FEMININE = /(?:ora|[^t]a|[^s]ta)$/u;
const clash = (a: string, b: string) =>
  (MASCULINE.test(a) && FEMININE.test(b)) || (FEMININE.test(a) && MASCULINE.test(b));
const sameKind = (a: string, b: string) =>
  a === b || (!clash(a, b) && KINDS.some((k) => k.has(a) && k.has(b)));

/**
 * Does a person already known by other roles fit this one too? A tie to the same place is not
 * enough: `el fiscal general alemán` is not the German chancellor. A person with no role noun yet,
 * or with one of the same kind (`presidente`, `mandatario`, `líder`… are one kind; `senadora` and `legisladora`
 * too, but not `senador` and `legisladora`), fits.
 */
function holdsSameKind(person: Entity, noun: string): boolean {
  const nouns = person.descriptors.flatMap((d) => roleCore(d)?.noun ?? []);
  return nouns.length === 0 || nouns.some((n) => sameKind(n, noun));
}

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
    const noun = roleCore(text)?.noun;
    if (!person || (noun && !holdsSameKind(person, noun))) continue;
    if (!person.descriptors.some((x) => fold(x) === fold(d))) person.descriptors.push(d);
  }
}
