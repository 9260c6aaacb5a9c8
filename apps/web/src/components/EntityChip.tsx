import { Link } from 'react-router';
import { entityTypeLabel } from '../format';

interface Props {
  entity: { id: string; name: string; type: string };
  count?: number;
}

/** An entity as a link to its page, tinted by type (the type is also spelled out for screen readers). */
export function EntityChip({ entity, count }: Props) {
  return (
    <Link
      to={`/entities/${encodeURIComponent(entity.id)}`}
      className={`chip entity-${entity.type.toLowerCase()}`}
    >
      <span className="visually-hidden">{entityTypeLabel(entity.type)}: </span>
      {entity.name}
      {count !== undefined && <span className="chip-count"> {count}</span>}
    </Link>
  );
}
