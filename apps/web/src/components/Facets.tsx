import { useState } from 'react';
import { toggle, type ArticleFilterState } from '../filters';
import { formatNumber } from '../format';
import type { ArticleFacetsQuery } from '../graphql/generated/graphql';

type FacetData = ArticleFacetsQuery['facets'];

interface Item {
  key: string;
  label: string;
  count: number;
  active: boolean;
  onToggle: () => void;
}

/** How many values a group shows before "show all": enough to scan, short enough to see every group. */
const SHORT_LIST = 8;

function FacetGroup({ title, items }: { title: string; items: Item[] }) {
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return null;
  // Active values always stay visible, even beyond the short list.
  const shown = expanded ? items : items.filter((item, i) => i < SHORT_LIST || item.active);
  return (
    <section className="facet-group">
      <h3>{title}</h3>
      <ul>
        {shown.map((item) => (
          <li key={item.key}>
            <button type="button" className="facet" aria-pressed={item.active} onClick={item.onToggle}>
              <span className="facet-label">{item.label}</span>
              <span className="facet-count">{formatNumber(item.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > SHORT_LIST && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Mostrar menos' : `Mostrar los ${items.length}`}
        </button>
      )}
    </section>
  );
}

interface Props {
  facets: FacetData;
  filters: ArticleFilterState;
  update: (patch: Partial<ArticleFilterState>) => void;
}

/** Counts of what the current results contain; clicking one narrows (or widens back) the filter. */
export function Facets({ facets, filters, update }: Props) {
  const entityItems = (list: FacetData['people'], key: 'entityIds' | 'speakerIds'): Item[] =>
    list.map(({ entity, count }) => ({
      key: entity.id,
      label: entity.name,
      count,
      active: filters[key].includes(entity.id),
      onToggle: () => update({ [key]: toggle(filters[key], entity.id) }),
    }));
  const valueItems = (list: FacetData['agencies'], key: 'agency' | 'place'): Item[] =>
    list.map(({ value, count }) => ({
      key: value,
      label: value,
      count,
      active: filters[key] === value,
      onToggle: () => update({ [key]: filters[key] === value ? '' : value }),
    }));
  return (
    <div className="facets">
      <FacetGroup title="Personas" items={entityItems(facets.people, 'entityIds')} />
      <FacetGroup title="Organizaciones" items={entityItems(facets.organizations, 'entityIds')} />
      <FacetGroup title="Lugares mencionados" items={entityItems(facets.locations, 'entityIds')} />
      <FacetGroup title="Otros nombres" items={entityItems(facets.misc, 'entityIds')} />
      <FacetGroup title="Quién habla" items={entityItems(facets.speakers, 'speakerIds')} />
      <FacetGroup title="Agencias" items={valueItems(facets.agencies, 'agency')} />
      <FacetGroup title="Lugar de la crónica" items={valueItems(facets.places, 'place')} />
    </div>
  );
}
