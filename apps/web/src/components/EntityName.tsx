import { useQuery } from '@apollo/client/react';
import { EntityNameDocument } from '../graphql/generated/graphql';

/** The display name for an entity id from the URL; the id itself until (or unless) the API knows it. */
export function useEntityName(id: string): string {
  const { data } = useQuery(EntityNameDocument, { variables: { id } });
  return data?.entity?.name ?? id;
}

/** A chosen entity in a filter, with a button that removes it. */
export function RemovableEntity({ id, onRemove }: { id: string; onRemove: () => void }) {
  const name = useEntityName(id);
  return (
    <li className="chip chip-removable">
      {name}
      <button type="button" className="chip-remove" onClick={onRemove} aria-label={`Quitar ${name}`}>
        ×
      </button>
    </li>
  );
}
