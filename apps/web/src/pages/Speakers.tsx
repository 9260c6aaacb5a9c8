import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { Empty, ErrorState, Loading } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { countActiveQuoteFilters, readQuoteFilters, writeQuoteFilters } from '../filters';
import { entityTypeLabel, formatNumber } from '../format';
import { SpeakersDocument } from '../graphql/generated/graphql';
import { compact, quoteFilter } from '../graphql/variables';
import { useUrlState } from '../useUrlState';
import './directory.css';

const TOP = 50;

/** Who is quoted most, under the quotes page's filters (same URL parameters, so links carry over). */
export default function Speakers() {
  usePageTitle('Quién habla más');
  const location = useLocation();
  const [filters] = useUrlState(readQuoteFilters, writeQuoteFilters);
  // The ranking is over everyone: a speaker filter would only rank the chosen few.
  const filter = useMemo(() => compact(quoteFilter({ ...filters, speakerIds: [] })), [filters]);
  const { data, error, refetch } = useQuery(SpeakersDocument, { variables: { filter, first: TOP } });
  const speakers = data?.speakers ?? [];
  const max = Math.max(1, ...speakers.map((s) => s.count));
  const active = countActiveQuoteFilters(filters);

  return (
    <div className="page speakers-page">
      <h1>Quién habla más</h1>
      <p className="muted">
        Personas y organizaciones por número de citas
        {active > 0 ? ' con los filtros de la página de citas' : ' en todo el archivo'} (sin fragmentos de
        menos de cuatro palabras salvo que se pidan).{' '}
        <Link to={`/quotes${location.search}`}>Ver las citas</Link>
      </p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label="Cargando portavoces…" />
      ) : speakers.length === 0 ? (
        <Empty>Nadie tiene citas con estos filtros.</Empty>
      ) : (
        <ol className="speaker-list">
          {speakers.map((s) => (
            <li key={s.entity.id}>
              <span>
                <Link to={`/quotes?${new URLSearchParams({ speaker: s.entity.id }).toString()}`}>
                  {s.entity.name}
                </Link>{' '}
                <span className="muted">({entityTypeLabel(s.entity.type)})</span>
              </span>
              <span
                className="speaker-bar"
                style={{ width: `${(s.count / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="count">
                {formatNumber(s.count)}
                <span className="visually-hidden"> {s.count === 1 ? 'cita' : 'citas'}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
