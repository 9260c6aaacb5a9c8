import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ArticleFilters } from '../components/ArticleFilters';
import { ArticleRow } from '../components/ArticleRow';
import { ExportLinks } from '../components/ExportLinks';
import { Facets } from '../components/Facets';
import { monthRange } from '../components/months';
import { SearchBox } from '../components/SearchBox';
import { SearchSuggestions } from '../components/SearchSuggestions';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import { VirtualList } from '../components/VirtualList';
import {
  articleSearch,
  countActiveArticleFilters,
  readArticleFilters,
  writeArticleFilters,
} from '../filters';
import { countLabel } from '../format';
import { ArticleFacetsDocument, ArticleListDocument } from '../graphql/generated/graphql';
import { articleFilter, articleOrder, compact } from '../graphql/variables';
import { useUrlState } from '../useUrlState';

const MonthChart = lazy(() => import('../components/MonthChart'));

const PAGE_SIZE = 50;

export default function Articles() {
  usePageTitle('Artículos');
  const [filters, update] = useUrlState(readArticleFilters, writeArticleFilters);
  const [showFilters, setShowFilters] = useState(false);
  const filter = useMemo(() => compact(articleFilter(filters)), [filters]);
  const orderBy = useMemo(() => articleOrder(filters), [filters]);

  const list = useQuery(ArticleListDocument, { variables: { filter, orderBy, first: PAGE_SIZE } });
  const facets = useQuery(ArticleFacetsDocument, { variables: { filter } });
  // While a new filter loads, keep showing the previous results (dimmed) instead of a blank page.
  const data = list.data ?? list.previousData;
  const articles = useConnection(data?.articles, list);
  const facetData = (facets.data ?? facets.previousData)?.facets;
  const active = countActiveArticleFilters(filters);
  const selectedMonth =
    filters.dateFrom && filters.dateTo && monthRange(filters.dateFrom.slice(0, 7)).to === filters.dateTo
      ? filters.dateFrom.slice(0, 7)
      : undefined;

  return (
    <div className="page articles-page">
      <h1>Artículos</h1>
      <SearchBox
        key={filters.search}
        value={filters.search}
        label="Buscar en los artículos"
        placeholder="Buscar en títulos y textos…"
        onSearch={(search) => update(articleSearch(search))}
      />
      <div className="with-sidebar">
        <aside className="sidebar" aria-labelledby="filters-heading">
          <button
            type="button"
            className="secondary filters-toggle"
            aria-expanded={showFilters}
            aria-controls="filters-panel"
            onClick={() => setShowFilters((s) => !s)}
          >
            Filtros{active > 0 && ` (${active})`}
          </button>
          <div id="filters-panel" className={showFilters ? 'sidebar-panel open' : 'sidebar-panel'}>
            <h2 id="filters-heading">Filtros</h2>
            <ArticleFilters filters={filters} update={update} facets={facetData} />
            {facetData && <Facets facets={facetData} filters={filters} update={update} />}
          </div>
        </aside>

        <section className="results" aria-labelledby="results-heading" aria-busy={list.loading}>
          <div className="results-header">
            <h2 id="results-heading" aria-live="polite">
              {data
                ? countLabel(articles.totalCount, articles.totalCountIsExact, 'artículo', 'artículos')
                : 'Artículos'}
            </h2>
            <label className="sort">
              Ordenar por{' '}
              <select
                value={filters.sort}
                onChange={(e) => update({ sort: e.target.value as typeof filters.sort })}
              >
                <option value="newest">Más recientes</option>
                <option value="oldest">Más antiguos</option>
                {filters.search && <option value="relevance">Relevancia</option>}
              </select>
            </label>
          </div>
          {articles.totalCount > 0 && <ExportLinks kind="articles" />}

          <div className="chart-slot">
            {facetData && facetData.months.length > 0 && (
              <Suspense fallback={null}>
                <MonthChart
                  title="Artículos por mes"
                  months={facetData.months}
                  selectedMonth={selectedMonth}
                  onSelect={(month) => {
                    const { from, to } = monthRange(month);
                    update(
                      month === selectedMonth ? { dateFrom: '', dateTo: '' } : { dateFrom: from, dateTo: to },
                    );
                  }}
                />
              </Suspense>
            )}
          </div>

          {list.error && !data ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : !data ? (
            <Loading label="Cargando artículos…" />
          ) : articles.nodes.length === 0 ? (
            <Empty>
              <p>Ningún artículo coincide con estos filtros.</p>
              {filters.search && (
                <SearchSuggestions
                  search={filters.search}
                  linkTo={(search) =>
                    `?${writeArticleFilters({ ...filters, ...articleSearch(search) }).toString()}`
                  }
                />
              )}
              {active > 0 && <p>Prueba a quitar alguno de los filtros.</p>}
            </Empty>
          ) : (
            <div className={list.loading && !articles.loadingMore ? 'stale' : undefined}>
              {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
              <VirtualList
                label="Resultados"
                items={articles.edges}
                totalCount={articles.totalCount}
                hasMore={articles.hasMore}
                loadingMore={articles.loadingMore}
                onLoadMore={articles.loadMore}
                getKey={(e) => e.node.id}
                renderItem={(e) => <ArticleRow article={e.node} snippet={e.snippet} />}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
