import { describe, expect, it } from 'vitest';
import { layoutNetwork, type NetworkInput } from './network-layout';

const input: NetworkInput = {
  centre: { id: 'person:ana', name: 'Ana Ruiz', type: 'PERSON' },
  neighbours: [
    { id: 'location:lima', name: 'Lima', type: 'LOCATION', count: 6 },
    { id: 'person:luis', name: 'Luis Soto', type: 'PERSON', count: 3 },
    { id: 'organization:onu', name: 'ONU', type: 'ORGANIZATION', count: 1 },
  ],
  links: [
    { source: 'location:lima', target: 'person:luis', count: 2 },
    { source: 'location:lima', target: 'person:nadie', count: 1 },
  ],
};

describe('layoutNetwork', () => {
  const { nodes, links } = layoutNetwork(input, 600, 400);

  it('places every node inside the box, the centre in the middle', () => {
    expect(nodes).toHaveLength(4);
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(600);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(400);
    }
    const centre = nodes.find((n) => n.centre)!;
    expect(centre.id).toBe('person:ana');
  });

  it('links the centre to each neighbour and keeps only links between known nodes', () => {
    expect(links.map((l) => `${l.source.id}-${l.target.id}`)).toEqual([
      'person:ana-location:lima',
      'person:ana-person:luis',
      'person:ana-organization:onu',
      'location:lima-person:luis',
    ]);
  });

  it('draws nodes that share more articles bigger, and is the same every time', () => {
    const size = (id: string) => nodes.find((n) => n.id === id)!.r;
    expect(size('location:lima')).toBeGreaterThan(size('organization:onu'));
    expect(layoutNetwork(input, 600, 400).nodes).toEqual(nodes);
  });

  it('copes with an entity that appears alone', () => {
    const alone = layoutNetwork({ ...input, neighbours: [], links: [] }, 600, 400);
    expect(alone.nodes).toHaveLength(1);
    expect(alone.links).toEqual([]);
  });
});
