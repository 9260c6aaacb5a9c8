import { skipToken, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { EntityPicker } from '../components/EntityPicker';
import { Empty, ErrorState, Loading } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { MAX_COMPARED, type Measure, readCompareState, writeCompareState } from '../compare-state';
import { entityTypeLabel, plural } from '../format';
import { CompareEntitiesDocument } from '../graphql/generated/graphql';
import { useUrlState } from '../useUrlState';

import './compare.css';

const TimelineChart = lazy(() => import('../components/charts/TimelineChart'));

const UNITS: Record<Measure, [string, string]> = {
  menciones: ['artículo', 'artículos'],
  citas: ['cita', 'citas'],
};

/** Up to five entities on one time chart: articles that mention each one, or its quotes, per month. */
export default function Compare() {
  usePageTitle('Comparar entidades');
  const [state, update] = useUrlState(readCompareState, writeCompareState);
  const { data, error, refetch } = useQuery(
    CompareEntitiesDocument,
    state.ids.length > 0 ? { variables: { ids: state.ids } } : skipToken,
  );
  const entities = useMemo(() => data?.compare ?? [], [data]);
  const series = useMemo(
    () =>
      entities.map((e) => ({
        label: e.name,
        months: state.measure === 'citas' ? e.quoteTimeline : e.timeline,
      })),
    [entities, state.measure],
  );
  const full = state.ids.length >= MAX_COMPARED;

  return (
    <div className="page compare-page">
      <h1>Comparar entidades</h1>
      <p className="muted">
        Hasta {MAX_COMPARED} personas, organizaciones o lugares en un mismo gráfico. El enlace de esta página
        guarda la comparación.
      </p>
      <div className="compare-controls">
        {full ? <p className="muted">Ya hay {MAX_COMPARED} entidades: quita una para añadir otra.</p> : null}
        <EntityPicker
          label="Entidades que comparar"
          selected={state.ids}
          onChange={(ids) => update({ ids: ids.slice(0, MAX_COMPARED) })}
        />
        <fieldset className="measure-switch">
          <legend>Qué contar por mes</legend>
          {(
            [
              ['menciones', 'Artículos que las mencionan'],
              ['citas', 'Citas que se les atribuyen'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="measure"
                value={value}
                checked={state.measure === value}
                onChange={() => update({ measure: value }, { replace: true })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>

      {state.ids.length === 0 ? (
        <Empty>Elige al menos una entidad para ver su evolución en el tiempo.</Empty>
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label="Cargando la comparación…" />
      ) : entities.length === 0 ? (
        <Empty>Ninguna de estas entidades existe en el archivo.</Empty>
      ) : (
        <>
          <div className="chart-slot">
            <Suspense fallback={null}>
              <TimelineChart
                title={state.measure === 'citas' ? 'Citas por mes' : 'Artículos que las mencionan, por mes'}
                unit={UNITS[state.measure]}
                series={series}
                kind="lines"
                height={260}
              />
            </Suspense>
          </div>
          <ul className="compare-list">
            {entities.map((e) => (
              <li key={e.id}>
                <Link to={`/entities/${encodeURIComponent(e.id)}`}>{e.name}</Link>{' '}
                <span className="muted">
                  {entityTypeLabel(e.type)} · {plural(e.articleCount, 'artículo', 'artículos')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
