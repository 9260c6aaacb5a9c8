import { roleNoun } from '../lexicon/speaker-nouns.js';
import type { Entity } from '../types.js';

// Roles of private people: somebody introduced as a mother, a neighbour or a victim is not later
// `el director` or `el funcionario`; an official may be called by any other office.
const PRIVATE = new Set(['hijo', 'persona', 'testigo', 'acusado']);

/** Whether a person introduced with `introduced` cannot be a later mention by a role of `group`. */
export function otherRole(introduced: string | undefined, group: string): boolean {
  return introduced !== undefined && PRIVATE.has(introduced) && introduced !== group;
}

/**
 * The group of the role a person was introduced with at their first mention: the title before the
 * name (`la maestra X`) or the apposition after it (`X, madre de
 * una alumna,`). Undefined when the story gave none. A later `el director de la escuela` that falls
 * back on whoever was talked about last must not land on somebody introduced as something else.
 */
export function introducedRole(body: string, entity: Entity): string | undefined {
  const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const after = /^\s*,\s*(?:el|la|los|las)?\s*(\p{L}+)/u.exec(body.slice(first.end, first.end + 60))?.[1];
  const apposed = after ? roleNoun(after) : undefined;
  if (apposed?.cls === 'person') return apposed.group;
  // `la maestra X`: a title right before the name (a role further back may head a complement).
  const title = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, first.start - 30), first.start))?.[1];
  const role = title ? roleNoun(title) : undefined;
  if (role?.cls === 'person' && title === title?.toLowerCase()) return role.group;
  return undefined;
}
