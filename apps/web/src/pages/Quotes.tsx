import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { EntityPicker } from '../components/EntityPicker';
import { QuoteCard } from '../components/QuoteCard';
import { SearchBox } from '../components/SearchBox';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import { VirtualList } from '../components/VirtualList';
import { readQuoteFilters, writeQuoteFilters } from '../filters';
import { countLabel } from '../format';
import { QuoteListDocument } from '../graphql/generated/graphql';
import { compact, quoteFilter } from '../graphql/variables';
import { useUrlState } from '../useUrlState';

const PAGE_SIZE = 50;

export default function Quotes() {
  usePageTitle('Citas');
  const [filters, update] = useUrlState(readQuoteFilters, writeQuoteFilters);
  const filter = useMemo(() => compact(quoteFilter(filters)), [filters]);
  const query = useQuery(QuoteListDocument, { variables: { filter, first: PAGE_SIZE } });
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
      </div>

      <section aria-labelledby="quotes-heading" aria-busy={query.loading}>
        <h2 id="quotes-heading" aria-live="polite">
          {data ? countLabel(quotes.totalCount, quotes.totalCountIsExact, 'cita', 'citas') : 'Citas'}
        </h2>
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
