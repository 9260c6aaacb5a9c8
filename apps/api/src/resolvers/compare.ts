import { badInput } from '../errors.js';
import type { Loaders } from '../loaders.js';
import type { EntityRow } from '../store/rows.js';

/** A comparison chart stays readable with a handful of lines; the bound also caps the work per request. */
export const MAX_COMPARED = 5;

/** The entities to compare, in the order given, repeats and unknown ids left out. */
export async function compareEntities(ids: readonly string[], loaders: Loaders): Promise<EntityRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_COMPARED)
    throw badInput(`ids: at most ${MAX_COMPARED} entities can be compared (got ${unique.length})`, 'ids');
  const rows = await Promise.all(unique.map((id) => loaders.entity.load(id)));
  return rows.filter((row): row is EntityRow => row != null);
}
