import { badInput } from '../errors.js';
import type { Store } from '../store/connect.js';
import { networkLinks, relatedEntities } from '../store/entities.js';

/** A network drawing stays legible with a few dozen nodes; the bound also caps the pair query. */
export const MAX_NETWORK_NODES = 30;

export async function entityNetwork(store: Store, id: string, first: number | null | undefined) {
  const size = first ?? 12;
  if (!Number.isInteger(size) || size < 0 || size > MAX_NETWORK_NODES)
    throw badInput(`"first" must be between 0 and ${MAX_NETWORK_NODES}, got ${size}`, 'first');
  const nodes = await relatedEntities(store, id, size);
  const links = await networkLinks(
    store,
    id,
    nodes.map((n) => n.entity_id),
  );
  return { nodes, links };
}
