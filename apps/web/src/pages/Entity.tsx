import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ArticleRow } from '../components/ArticleRow';
import { EntityChip } from '../components/EntityChip';
import { LoadMore } from '../components/LoadMore';
import { monthRange } from '../components/months';
import { QuoteCard } from '../components/QuoteCard';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import { compareLink } from '../compare-state';
import { entityTypeLabel, formatNumber, plural } from '../format';
import {
  EntityArticlesDocument,
  EntityPageDocument,
  EntityQuotesDocument,
} from '../graphql/generated/graphql';

const MonthChart = lazy(() => import('../components/MonthChart'));
const TimelineChart = lazy(() => import('../components/charts/TimelineChart'));
const NetworkChart = lazy(() => import('../components/charts/NetworkChart'));
const QUOTES: [string, string] = ['cita', 'citas'];
const PAGE_SIZE = 20;

function EntityQuotes({ id }: { id: string }) {
  const query = useQuery(EntityQuotesDocument, { variables: { id, first: PAGE_SIZE } });
  const quotes = useConnection(query.data?.entity?.quotes, query);
  if (query.error && !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading label="Cargando citas…" />;
  if (quotes.nodes.length === 0) return <Empty>No se le atribuye ninguna cita.</Empty>;
  return (
    <>
      <ul className="quote-list">
        {quotes.nodes.map((q) => (
          <li key={q.id}>
            <QuoteCard quote={q} showSpeaker={false} />
          </li>
        ))}
      </ul>
      <LoadMore
        shown={quotes.nodes.length}
        total={quotes.totalCount}
        hasMore={quotes.hasMore}
        loading={quotes.loadingMore}
        onLoadMore={quotes.loadMore}
      />
    </>
  );
}

function EntityArticles({ id }: { id: string }) {
  const query = useQuery(EntityArticlesDocument, { variables: { id, first: PAGE_SIZE } });
  const articles = useConnection(query.data?.entity?.articles, query);
  if (query.error && !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading label="Cargando artículos…" />;
  if (articles.nodes.length === 0) return <Empty>Ningún artículo la menciona.</Empty>;
  return (
    <>
      <ul className="article-list">
        {articles.nodes.map((a) => (
          <li key={a.id}>
            <ArticleRow article={a} />
          </li>
        ))}
      </ul>
      <LoadMore
        shown={articles.nodes.length}
        total={articles.totalCount}
        hasMore={articles.hasMore}
        loading={articles.loadingMore}
        onLoadMore={articles.loadMore}
      />
    </>
  );
}

export default function Entity() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(EntityPageDocument, { variables: { id } });
  const entity = data?.entity;
  usePageTitle(entity?.name ?? (data ? 'Entidad no encontrada' : 'Entidad'));

  if (error && !data)
    return (
      <div className="page">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (loading && !data)
    return (
      <div className="page">
        <Loading label="Cargando entidad…" />
      </div>
    );
  if (!entity)
    return (
      <div className="page">
        <h1>Entidad no encontrada</h1>
        <p>
          No hay ninguna entidad con el identificador <code>{id}</code>.
        </p>
        <p>
          <Link to="/">Ir a los artículos</Link>
        </p>
      </div>
    );

  const filterLink = `/?entity=${encodeURIComponent(entity.id)}`;
  return (
    <div className="page entity-page">
      <header className="entity-header">
        <p className={`chip entity-${entity.type.toLowerCase()}`}>{entityTypeLabel(entity.type)}</p>
        <h1>{entity.name}</h1>
        <p className="meta">
          Mencionada en <Link to={filterLink}>{plural(entity.articleCount, 'artículo', 'artículos')}</Link>,{' '}
          {plural(entity.mentionCount, 'vez', 'veces')} en total.{' '}
          {entity.type === 'PERSON' || entity.type === 'ORGANIZATION' ? (
            <Link to={`/quotes?speaker=${encodeURIComponent(entity.id)}`}>Buscar en sus citas</Link>
          ) : null}{' '}
          <Link to={compareLink([entity.id])}>Comparar con otras</Link>
        </p>
        {entity.aliases.length > 0 && (
          <p>
            <strong>También llamada:</strong> {entity.aliases.join(', ')}
          </p>
        )}
        {entity.descriptors.length > 0 && (
          <p>
            <strong>Cargos y papeles:</strong> {entity.descriptors.join('; ')}
          </p>
        )}
      </header>

      <div className="chart-slot entity-charts">
        <Suspense fallback={null}>
          <MonthChart
            title="Artículos que la mencionan, por mes"
            months={entity.timeline}
            onSelect={(month) => {
              const { from, to } = monthRange(month);
              void navigate(`${filterLink}&from=${from}&to=${to}`);
            }}
          />
          {entity.quoteTimeline.length > 0 && (
            <TimelineChart
              title="Citas por mes"
              unit={QUOTES}
              series={[{ label: 'Citas', months: entity.quoteTimeline }]}
              onSelect={(month) => {
                const { from, to } = monthRange(month);
                void navigate(`/quotes?speaker=${encodeURIComponent(entity.id)}&from=${from}&to=${to}`);
              }}
            />
          )}
        </Suspense>
      </div>

      {entity.related.length > 0 && (
        <section aria-labelledby="network-heading" className="network-slot">
          <h2 id="network-heading">Red de coapariciones</h2>
          <Suspense fallback={null}>
            <NetworkChart id={entity.id} />
          </Suspense>
        </section>
      )}

      <div className="entity-layout">
        <div>
          <section aria-labelledby="said-heading">
            <h2 id="said-heading">Lo que ha dicho</h2>
            <EntityQuotes id={entity.id} />
          </section>
          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading">Artículos que la mencionan</h2>
            <EntityArticles id={entity.id} />
          </section>
        </div>
        <aside aria-labelledby="related-heading">
          <h2 id="related-heading">Relacionadas</h2>
          {entity.related.length === 0 ? (
            <p className="muted">No aparece junto a otras entidades.</p>
          ) : (
            <ul className="related">
              {entity.related.map((r) => (
                <li key={r.entity.id}>
                  <EntityChip entity={r.entity} />{' '}
                  <span className="muted">
                    {formatNumber(r.count)} {r.count === 1 ? 'artículo' : 'artículos'} en común
                  </span>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}
