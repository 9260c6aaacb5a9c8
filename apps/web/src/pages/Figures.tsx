import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ExportLinks } from '../components/ExportLinks';
import { FiguresTable } from '../components/FiguresTable';
import { LoadMore } from '../components/LoadMore';
import { RangeFilter } from '../components/RangeFilter';
import { SearchBox } from '../components/SearchBox';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import { type FigureFilterState, readFigureFilters, toggle, writeFigureFilters } from '../filters';
import { countLabel, FIGURE_KINDS, figureKindLabel } from '../format';
import { FigureListDocument } from '../graphql/generated/graphql';
import { compact, figureFilter, figureOrder } from '../graphql/variables';
import { useUrlState } from '../useUrlState';

const PAGE_SIZE = 100;

export default function Figures() {
  usePageTitle('Cifras');
  const [filters, update] = useUrlState(readFigureFilters, writeFigureFilters);
  const filter = useMemo(() => compact(figureFilter(filters)), [filters]);
  const orderBy = useMemo(() => figureOrder(filters), [filters]);
  const query = useQuery(FigureListDocument, { variables: { filter, orderBy, first: PAGE_SIZE } });
  const data = query.data ?? query.previousData;
  const figures = useConnection(data?.figures, query);
  // Units seen so far, to suggest in the unit box.
  const units = useMemo(
    () => [...new Set(figures.nodes.map((f) => f.unit).filter(Boolean) as string[])].sort(),
    [figures.nodes],
  );

  return (
    <div className="page figures-page">
      <h1>Cifras</h1>
      <SearchBox
        key={filters.search}
        value={filters.search}
        label="Buscar cifras por su texto o su frase"
        placeholder="Buscar en las frases…"
        onSearch={(search) => update({ search })}
      />
      <div className="inline-filters figure-filters">
        <fieldset>
          <legend>Tipo</legend>
          <ul className="checks">
            {FIGURE_KINDS.map((kind) => (
              <li key={kind}>
                <label>
                  <input
                    type="checkbox"
                    checked={filters.kinds.includes(kind)}
                    onChange={() => update({ kinds: toggle(filters.kinds, kind) })}
                  />
                  {figureKindLabel(kind)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <UnitFilter units={units} selected={filters.units} onChange={(u) => update({ units: u })} />
        <RangeFilter
          key={`${filters.min}-${filters.max}`}
          min={filters.min}
          max={filters.max}
          onChange={(min, max) => update({ min, max })}
        />
        <label className="field">
          Precisión
          <select
            value={filters.approximate === null ? '' : filters.approximate ? 'yes' : 'no'}
            onChange={(e) =>
              update({
                approximate: e.target.value === '' ? null : e.target.value === 'yes',
              } as Partial<FigureFilterState>)
            }
          >
            <option value="">Exactas y aproximadas</option>
            <option value="no">Solo exactas</option>
            <option value="yes">Solo aproximadas («casi», «más de»…)</option>
          </select>
        </label>
      </div>

      <section aria-labelledby="figures-heading" aria-busy={query.loading}>
        <div className="results-header">
          <h2 id="figures-heading" aria-live="polite">
            {data ? countLabel(figures.totalCount, figures.totalCountIsExact, 'cifra', 'cifras') : 'Cifras'}
          </h2>
          {figures.totalCount > 0 && <ExportLinks kind="figures" />}
        </div>
        {query.error && !data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !data ? (
          <Loading label="Cargando cifras…" />
        ) : figures.nodes.length === 0 ? (
          <Empty>Ninguna cifra coincide con estos filtros.</Empty>
        ) : (
          <div className={query.loading && !figures.loadingMore ? 'stale' : undefined}>
            <FiguresTable
              figures={figures.nodes}
              caption="Cifras encontradas"
              sort={filters.sort}
              onSort={(sort) => update({ sort })}
            />
            <LoadMore
              shown={figures.nodes.length}
              total={figures.totalCount}
              hasMore={figures.hasMore}
              loading={figures.loadingMore}
              onLoadMore={figures.loadMore}
            />
          </div>
        )}
      </section>
    </div>
  );
}

function UnitFilter({
  units,
  selected,
  onChange,
}: {
  units: string[];
  selected: string[];
  onChange: (units: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  return (
    <form
      className="field unit-filter"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim()) onChange(toggle(selected, draft.trim()));
        setDraft('');
      }}
    >
      <label htmlFor="unit-input">Unidad</label>
      {selected.length > 0 && (
        <ul className="chips" aria-label="Unidades seleccionadas">
          {selected.map((u) => (
            <li key={u} className="chip chip-removable">
              {u}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Quitar ${u}`}
                onClick={() => onChange(toggle(selected, u))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="inline-input">
        <input
          id="unit-input"
          list="unit-options"
          value={draft}
          placeholder="USD, PERCENT, km…"
          onChange={(e) => setDraft(e.target.value)}
        />
        <datalist id="unit-options">
          {units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <button type="submit" className="secondary">
          Añadir
        </button>
      </span>
    </form>
  );
}
