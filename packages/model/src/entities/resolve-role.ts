import { HEAD_ROLES, ROLE_NOUNS } from '../lexicon/roles.js';
import type { Entity } from '../types.js';
import { FOREIGN_MINISTRY, tiesOfPhrase } from './descriptors.js';
import { fold } from './fold.js';

const HEADS = new Set([...HEAD_ROLES].map((w) => w.toLowerCase()));
const ROLES = new Set([...ROLE_NOUNS].map((w) => w.toLowerCase()));
const LEADING =
  /^(?:el|la|los|las|del|al|su|sus|un|una|este|esta|ese|esa|dicho|dicha|nuevo|nueva|propio|propia)$/iu;

/** A role phrase without its determiner: `el mandatario kazajo` → noun `mandatario`, rest `kazajo`. */
export function roleCore(phrase: string): { noun: string; rest: string } | undefined {
  const words = phrase.trim().split(/\s+/);
  while (words.length && LEADING.test(words[0]!)) words.shift();
  const noun = (words[0] ?? '').toLowerCase();
  const bare = noun.replace(/^ex-?/u, '');
  if (!ROLES.has(noun) && !ROLES.has(bare)) return undefined;
  return { noun: ROLES.has(noun) ? noun : bare, rest: words.slice(1).join(' ') };
}

/** Where a resolution is asked from, so that the nearest person named before it can win a tie. */
export interface RoleContext {
  /** Offset in the body of the role phrase. */
  position?: number;
}

/** The head noun of each of an entity's descriptors, lower case. */
const nounsOf = (e: Entity) =>
  e.descriptors.map((d) => roleCore(d)?.noun ?? d.split(/\s+/)[0]!.toLowerCase());

/** Everything an entity is tied to: places and bodies named in its roles, and its own names. */
function tiesOf(e: Entity, entities: readonly Entity[]): Set<string> {
  const ties = new Set(e.descriptors.flatMap(tiesOfPhrase));
  // A body named in a role stands for all its names: `presidente del Partido Acción Nacional` ties to PAN.
  for (const other of entities) {
    if (other === e || other.type === 'PERSON') continue;
    const names = [other.name, ...other.aliases].map(fold);
    if (names.some((n) => ties.has(n))) for (const n of names) ties.add(n);
  }
  return ties;
}

/** Offset of the entity's last mention before `position` (−1 when none). */
function lastBefore(e: Entity, position: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < position) best = Math.max(best, m.start);
  return best;
}

/**
 * The person a role phrase refers to, among the entities of one article:
 *
 * - `el presidente kazajo`, `el mandatario centroasiático`, `el presidente ruso`: the person whose
 *   roles tie them to the phrase's place — by demonym (`kazajo` → Kazajistán; regional ones such as
 *   `centroasiático` cover several countries) or `de País` (`presidente de Rusia`);
 * - `el líder de Acción Nacional`, `el dirigente panista`, `el líder estatal del PRI`: the person
 *   whose roles name that body, by any of its names or its affiliation adjective;
 * - `el mandatario`, `el ministro`: with nothing to tie it, a person holding a role of the same kind
 *   (`mandatario`, `presidente`, `líder`… are one kind).
 *
 * Ties go to the person holding the same role noun, then (when `context.position` is given) to the
 * one named last before that position, then to the most mentioned. The phrase may carry its
 * determiner (`el mandatario kazajo`). Returns undefined when the phrase is not a role or nobody fits.
 */
export function resolveRoleMention(
  phrase: string,
  entities: readonly Entity[],
  context: RoleContext = {},
): Entity | undefined {
  const core = roleCore(phrase);
  if (!core) return undefined;
  const people = entities.filter((e) => e.type === 'PERSON');
  // The whole phrase, noun included, may name a portfolio: `el canciller`, `el jefe de la diplomacia`.
  const wanted = [
    ...new Set([...tiesOfPhrase(core.rest), ...tiesOfPhrase(phrase).filter((t) => t === FOREIGN_MINISTRY)]),
  ];
  const ministry = wanted.includes(FOREIGN_MINISTRY);
  const sameKind = (n: string) => n === core.noun || (HEADS.has(n) && HEADS.has(core.noun));
  let candidates: Entity[];
  if (wanted.length > 0) {
    candidates = people.filter((p) => {
      const theirs = tiesOf(p, entities);
      return wanted.some((w) => theirs.has(w));
    });
  } else {
    candidates = people.filter((p) => nounsOf(p).some(sameKind));
  }
  if (candidates.length === 0) return undefined;
  const position = context.position;
  // Holding the portfolio asked for outranks holding the same role noun elsewhere: `el jefe de la
  // diplomacia` is the foreign minister, not the head of a regional government.
  const rank = (p: Entity) =>
    (ministry && tiesOf(p, entities).has(FOREIGN_MINISTRY) ? 8 : 0) +
    (nounsOf(p).includes(core.noun) ? 4 : 0) +
    (nounsOf(p).some(sameKind) ? 2 : 0);
  return [...candidates].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (position !== undefined ? lastBefore(b, position) - lastBefore(a, position) : 0) ||
      b.mentions.length - a.mentions.length,
  )[0];
}
