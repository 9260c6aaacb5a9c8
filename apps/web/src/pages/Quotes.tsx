import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { EntityPicker } from '../components/EntityPicker';
import { ExportLinks } from '../components/ExportLinks';
import { QuoteCard } from '../components/QuoteCard';
import { SearchBox } from '../components/SearchBox';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import { VirtualList } from '../components/VirtualList';
import { MIN_QUOTE_WORDS, readQuoteFilters, writeQuoteFilters } from '../filters';
import { countLabel } from '../format';
import { QuoteListDocument } from '../graphql/generated/graphql';
import { compact, quoteFilter, quoteOrder } from '../graphql/variables';
import { useUrlState } from '../useUrlState';

const PAGE_SIZE = 50;

export default function Quotes() {
  usePageTitle('Citas');
  const location = useLocation();
  const [filters, update] = useUrlState(readQuoteFilters, writeQuoteFilters);
  const filter = useMemo(() => compact(quoteFilter(filters)), [filters]);
  const orderBy = useMemo(() => quoteOrder(filters), [filters]);
  const query = useQuery(QuoteListDocument, { variables: { filter, orderBy, first: PAGE_SIZE } });
  const data = query.data ?? query.previousData;
  const quotes = useConnection(data?.quotes, query);

  return (
    <div className="page quotes-page">
      <h1>Citas</h1>
      <SearchBox
        key={filters.search}
        value={filters.search}
        label="Buscar en el texto de las citas"
        placeholder="Buscar en lo que se dijo…"
        onSearch={(search) => update({ search })}
      />
      <div className="inline-filters">
        <EntityPicker
          label="Quién habla"
          types={['PERSON', 'ORGANIZATION']}
          selected={filters.speakerIds}
          onChange={(speakerIds) => update({ speakerIds })}
        />
        <label className="field">
          Tipo de cita
          <select
            value={filters.direct === null ? '' : filters.direct ? 'yes' : 'no'}
            onChange={(e) => update({ direct: e.target.value === '' ? null : e.target.value === 'yes' })}
          >
            <option value="">Directas e indirectas</option>
            <option value="yes">Directas (entre comillas)</option>
            <option value="no">Indirectas (estilo indirecto)</option>
          </select>
        </label>
        <label className="field">
          Desde
          <input
            type="date"
            value={filters.dateFrom}
            max={filters.dateTo || undefined}
            onChange={(e) => update({ dateFrom: e.target.value })}
          />
        </label>
        <label className="field">
          Hasta
          <input
            type="date"
            value={filters.dateTo}
            min={filters.dateFrom || undefined}
            onChange={(e) => update({ dateTo: e.target.value })}
          />
        </label>
        <label className="field">
          Ordenar por
          <select
            value={filters.sort}
            onChange={(e) => update({ sort: e.target.value === 'oldest' ? 'oldest' : 'newest' })}
          >
            <option value="newest">Más recientes</option>
            <option value="oldest">Más antiguas</option>
          </select>
        </label>
        <label className="field checkbox-field">
          <input
            type="checkbox"
            checked={filters.fragments}
            onChange={(e) => update({ fragments: e.target.checked })}
          />{' '}
          Mostrar fragmentos de menos de {MIN_QUOTE_WORDS} palabras
        </label>
      </div>
      <p>
        <Link to={`/portavoces${location.search}`}>Quién habla más con estos filtros</Link>
      </p>

      <section aria-labelledby="quotes-heading" aria-busy={query.loading}>
        <h2 id="quotes-heading" aria-live="polite">
          {data ? countLabel(quotes.totalCount, quotes.totalCountIsExact, 'cita', 'citas') : 'Citas'}
        </h2>
        {quotes.totalCount > 0 && <ExportLinks kind="quotes" />}
        {query.error && !data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !data ? (
          <Loading label="Cargando citas…" />
        ) : quotes.nodes.length === 0 ? (
          <Empty>Ninguna cita coincide con la búsqueda.</Empty>
        ) : (
          <div className={query.loading && !quotes.loadingMore ? 'stale' : undefined}>
            <VirtualList
              label="Citas encontradas"
              items={quotes.nodes}
              totalCount={quotes.totalCount}
              hasMore={quotes.hasMore}
              loadingMore={quotes.loadingMore}
              onLoadMore={quotes.loadMore}
              getKey={(q) => q.id}
              renderItem={(q) => <QuoteCard quote={q} />}
              estimateSize={140}
            />
          </div>
        )}
      </section>
    </div>
  );
}
