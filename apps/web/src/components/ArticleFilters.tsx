import { countActiveArticleFilters, toggle, type ArticleFilterState } from '../filters';
import { FIGURE_KINDS, figureKindLabel, formatNumber } from '../format';
import type { ArticleFacetsQuery } from '../graphql/generated/graphql';
import { EntityPicker } from './EntityPicker';

type Facets = ArticleFacetsQuery['facets'] | undefined;

interface Props {
  filters: ArticleFilterState;
  update: (patch: Partial<ArticleFilterState>) => void;
  facets: Facets;
}

/** Keeps the current value selectable even when the facets under this filter do not list it. */
function withCurrent(options: { value: string; count: number }[], current: string) {
  return current && !options.some((o) => o.value === current)
    ? [{ value: current, count: 0 }, ...options]
    : options;
}

/** The explicit filters of the article list; each change becomes a new URL (and history entry). */
export function ArticleFilters({ filters, update, facets }: Props) {
  const kindCounts = new Map(facets?.figureKinds.map((k) => [k.value, k.count]));
  const active = countActiveArticleFilters(filters);
  return (
    <div className="filters">
      <fieldset>
        <legend>Fechas</legend>
        <div className="date-range">
          <label>
            Desde
            <input
              type="date"
              value={filters.dateFrom}
              max={filters.dateTo || undefined}
              onChange={(e) => update({ dateFrom: e.target.value })}
            />
          </label>
          <label>
            Hasta
            <input
              type="date"
              value={filters.dateTo}
              min={filters.dateFrom || undefined}
              onChange={(e) => update({ dateTo: e.target.value })}
            />
          </label>
        </div>
      </fieldset>

      <EntityPicker
        label="Mencionan a"
        selected={filters.entityIds}
        onChange={(entityIds) => update({ entityIds })}
      />
      <EntityPicker
        label="Citan a"
        types={['PERSON', 'ORGANIZATION']}
        selected={filters.speakerIds}
        onChange={(speakerIds) => update({ speakerIds })}
      />

      <label className="field">
        Agencia
        <select value={filters.agency} onChange={(e) => update({ agency: e.target.value })}>
          <option value="">Todas</option>
          {withCurrent(facets?.agencies ?? [], filters.agency).map((a) => (
            <option key={a.value} value={a.value}>
              {a.value} ({formatNumber(a.count)})
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        Lugar de la crónica
        <select value={filters.place} onChange={(e) => update({ place: e.target.value })}>
          <option value="">Todos</option>
          {withCurrent(facets?.places ?? [], filters.place).map((p) => (
            <option key={p.value} value={p.value}>
              {p.value} ({formatNumber(p.count)})
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        Citas
        <select
          value={filters.hasQuotes === null ? '' : filters.hasQuotes ? 'yes' : 'no'}
          onChange={(e) => update({ hasQuotes: e.target.value === '' ? null : e.target.value === 'yes' })}
        >
          <option value="">Con o sin citas</option>
          <option value="yes">Solo con citas</option>
          <option value="no">Solo sin citas</option>
        </select>
      </label>

      <fieldset>
        <legend>Contienen cifras de tipo</legend>
        <ul className="checks">
          {FIGURE_KINDS.map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.figureKinds.includes(kind)}
                  onChange={() => update({ figureKinds: toggle(filters.figureKinds, kind) })}
                />
                {figureKindLabel(kind)}
                {kindCounts.has(kind) && (
                  <span className="count"> {formatNumber(kindCounts.get(kind)!)}</span>
                )}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {active > 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            update({
              search: '',
              dateFrom: '',
              dateTo: '',
              entityIds: [],
              speakerIds: [],
              agency: '',
              place: '',
              hasQuotes: null,
              figureKinds: [],
            })
          }
        >
          Quitar los filtros ({active})
        </button>
      )}
    </div>
  );
}
