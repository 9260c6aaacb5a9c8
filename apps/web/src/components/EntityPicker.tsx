import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { entityTypeLabel, plural } from '../format';
import { EntitySuggestionsDocument } from '../graphql/generated/graphql';
import type { EntityType } from '../graphql/generated/graphql';
import { RemovableEntity } from './EntityName';
import { useDebounced } from './useDebounced';

interface Props {
  label: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  types?: EntityType[];
}

/**
 * Multi-select with autocomplete (the WAI-ARIA combobox pattern): type a few letters, pick with the
 * arrow keys and Enter or with the mouse; chosen entities show as chips that can be removed.
 */
export function EntityPicker({ label, selected, onChange, types }: Props) {
  const id = useId();
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(term.trim(), 200);
  const { data, loading } = useQuery(
    EntitySuggestionsDocument,
    search ? { variables: { search, types: types ?? null, first: 8 } } : skipToken,
  );
  const options = (data?.entities.edges ?? []).map((e) => e.node).filter((e) => !selected.includes(e.id));
  // `search` lags `term` by the debounce: a just-cleared box must not flash the last results.
  const expanded = open && search.length > 0 && term.trim().length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (entityId: string) => {
    onChange([...selected, entityId]);
    setTerm('');
    setActive(-1);
  };

  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      {selected.length > 0 && (
        <ul className="chips" aria-label={`${label}: seleccionadas`}>
          {selected.map((entityId) => (
            <RemovableEntity
              key={entityId}
              id={entityId}
              onRemove={() => onChange(selected.filter((s) => s !== entityId))}
            />
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder="Escribe un nombre…"
          value={term}
          onChange={(event) => {
            setTerm(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter' && expanded && options[active]) {
              event.preventDefault();
              choose(options[active].id);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label={label} className="listbox" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input so the click lands before blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option.id)}
            >
              <span className="option-name">{option.name}</span>{' '}
              <span className="option-meta">
                {entityTypeLabel(option.type)} · {plural(option.articleCount, 'artículo', 'artículos')}
              </span>
            </li>
          ))}
          {expanded && options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="option-empty">
              {loading ? 'Buscando…' : 'Sin coincidencias'}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
