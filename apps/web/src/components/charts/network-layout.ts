// Where to draw a co-occurrence network: a force layout (d3-force) run to rest before drawing, so the
// picture is still (no animation to follow, nothing moving for someone who prefers reduced motion) and
// the same data always gives the same picture (d3-force starts from a fixed spiral).
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export interface NetworkInput {
  centre: { id: string; name: string; type: string };
  neighbours: { id: string; name: string; type: string; count: number }[];
  /** Links among the neighbours (the centre is linked to each of them by its `count`). */
  links: { source: string; target: string; count: number }[];
}

export interface PlacedNode {
  id: string;
  name: string;
  type: string;
  /** Shared articles with the centre (the centre's own: 0). */
  count: number;
  centre: boolean;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink {
  source: PlacedNode;
  target: PlacedNode;
  count: number;
}

type SimNode = SimulationNodeDatum & PlacedNode;

export function layoutNetwork(
  input: NetworkInput,
  width: number,
  height: number,
): { nodes: PlacedNode[]; links: PlacedLink[] } {
  const max = Math.max(1, ...input.neighbours.map((n) => n.count));
  const radius = (count: number) => 5 + 9 * Math.sqrt(count / max);
  // d3 places nodes without x/y on a fixed spiral; the centre is pinned.
  const nodes = [
    { ...input.centre, count: 0, centre: true, x: 0, y: 0, r: 16, fx: 0, fy: 0 },
    ...input.neighbours.map((n) => ({ ...n, centre: false, r: radius(n.count) })),
  ] as SimNode[];
  const known = new Set(nodes.map((n) => n.id));
  const links: (SimulationLinkDatum<SimNode> & { count: number })[] = [
    ...input.neighbours.map((n) => ({ source: input.centre.id, target: n.id, count: n.count })),
    // Copies: forceLink replaces ids with node objects in the links it is given.
    ...input.links
      .filter((l) => known.has(l.source) && known.has(l.target) && l.source !== l.target)
      .map((l) => ({ ...l })),
  ];
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((n) => n.id)
        .distance((l) => ((l.source as SimNode).centre ? 70 + 60 * (1 - l.count / max) : 60))
        .strength((l) => ((l.source as SimNode).centre ? 0.6 : 0.05)),
    )
    .force('charge', forceManyBody().strength(-160))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.r + 18),
    )
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(300);

  // Fit the result into the box, keeping room for labels at the edges.
  const pad = 40;
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * pad) / Math.max(1, maxX - minX),
    (height - 2 * pad) / Math.max(1, maxY - minY),
    1.5,
  );
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes)
    placed.set(n.id, {
      id: n.id,
      name: n.name,
      type: n.type,
      count: n.count,
      centre: n.centre,
      r: n.r,
      x: width / 2 + (n.x! - cx) * scale,
      y: height / 2 + (n.y! - cy) * scale,
    });
  return {
    nodes: [...placed.values()],
    links: links.map((l) => ({
      source: placed.get((l.source as SimNode).id)!,
      target: placed.get((l.target as SimNode).id)!,
      count: l.count,
    })),
  };
}
