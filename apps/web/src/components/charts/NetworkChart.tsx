import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { entityTypeLabel, plural } from '../../format';
import { EntityNetworkDocument } from '../../graphql/generated/graphql';
import { layoutNetwork } from './network-layout';
import './network.css';

const WIDTH = 640;
const HEIGHT = 420;

/**
 * Who appears with an entity: its most frequent companions around it (bigger = more shared articles),
 * with lines for the pairs that also appear together. Plain SVG laid out by d3-force (a few KB, loaded
 * with this chart only). Every node is a link: Tab reaches it, Enter opens that entity; the same
 * companions are listed as text beside the chart ("Relacionadas").
 */
export default function NetworkChart({ id, first = 12 }: { id: string; first?: number }) {
  const { data } = useQuery(EntityNetworkDocument, { variables: { id, first } });
  const entity = data?.entity;
  const layout = useMemo(() => {
    if (!entity || entity.network.nodes.length === 0) return null;
    return layoutNetwork(
      {
        centre: { id: entity.id, name: entity.name, type: entity.type },
        neighbours: entity.network.nodes.map((n) => ({ ...n.entity, count: n.count })),
        links: entity.network.links,
      },
      WIDTH,
      HEIGHT,
    );
  }, [entity]);
  if (!entity || !layout) return null;
  const maxLink = Math.max(1, ...layout.links.map((l) => l.count));

  return (
    <figure className="network-chart" data-chart="network">
      <figcaption>
        Con quién aparece{' '}
        <span className="muted">(tamaño: artículos en común; líneas: nombradas juntas)</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`Red de entidades que aparecen con ${entity.name}`}
      >
        <g className="network-links" aria-hidden="true">
          {layout.links.map((l) => (
            <line
              key={`${l.source.id}|${l.target.id}`}
              x1={l.source.x}
              y1={l.source.y}
              x2={l.target.x}
              y2={l.target.y}
              strokeWidth={1 + 3 * (l.count / maxLink)}
              className={l.source.centre ? 'spoke' : 'between'}
            />
          ))}
        </g>
        {layout.nodes.map((n) =>
          n.centre ? (
            <g key={n.id} className={`network-node centre entity-${n.type.toLowerCase()}`} aria-hidden="true">
              <circle cx={n.x} cy={n.y} r={n.r} />
              <text x={n.x} y={n.y + n.r + 14} textAnchor="middle">
                {n.name}
              </text>
            </g>
          ) : (
            <Link
              key={n.id}
              to={`/entities/${encodeURIComponent(n.id)}`}
              className={`network-node entity-${n.type.toLowerCase()}`}
              aria-label={`${n.name} (${entityTypeLabel(n.type)}): ${plural(n.count, 'artículo', 'artículos')} en común`}
              data-entity={n.id}
            >
              <circle cx={n.x} cy={n.y} r={n.r} />
              <text x={n.x} y={n.y + n.r + 13} textAnchor="middle">
                {n.name}
              </text>
            </Link>
          ),
        )}
      </svg>
    </figure>
  );
}
