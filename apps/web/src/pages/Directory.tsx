import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LoadMore } from '../components/LoadMore';
import { SearchBox } from '../components/SearchBox';
import { Empty, ErrorState, Loading } from '../components/States';
import { useConnection } from '../components/useConnection';
import { usePageTitle } from '../components/usePageTitle';
import {
  type DirectorySort,
  directoryVariables,
  ENTITY_TYPES,
  type EntityTypeName,
  readDirectoryState,
  writeDirectoryState,
} from '../directory-state';
import { ENTITY_TYPE_PLURAL, entityTypeLabel, plural } from '../format';
import { EntityDirectoryDocument } from '../graphql/generated/graphql';
import { useUrlState } from '../useUrlState';
import './directory.css';

const PAGE_SIZE = 50;

/** Every person, organisation and place in the archive: search, filter by type, sort; 50 at a time. */
export default function Directory() {
  usePageTitle('Entidades');
  const [state, update] = useUrlState(readDirectoryState, writeDirectoryState);
  const variables = useMemo(() => ({ ...directoryVariables(state), first: PAGE_SIZE }), [state]);
  const query = useQuery(EntityDirectoryDocument, { variables });
  const data = query.data ?? query.previousData;
  const entities = useConnection(data?.entities, query);

  return (
    <div className="page directory-page">
      <h1>Entidades</h1>
      <SearchBox
        key={state.search}
        value={state.search}
        label="Buscar entidades por nombre"
        placeholder="Buscar un nombre…"
        onSearch={(search) => update({ search })}
      />
      <div className="inline-filters">
        <label className="field">
          Tipo
          <select
            value={state.type}
            onChange={(e) => update({ type: e.target.value as EntityTypeName | '' })}
          >
            <option value="">Todas</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPE_PLURAL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Ordenar por
          <select value={state.sort} onChange={(e) => update({ sort: e.target.value as DirectorySort })}>
            <option value="articulos">Más artículos</option>
            <option value="nombre">Nombre (A–Z)</option>
          </select>
        </label>
      </div>
      <section aria-labelledby="directory-heading" aria-busy={query.loading}>
        <h2 id="directory-heading" aria-live="polite">
          {data ? plural(entities.totalCount, 'entidad', 'entidades') : 'Entidades'}
        </h2>
        {query.error && !data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !data ? (
          <Loading label="Cargando entidades…" />
        ) : entities.nodes.length === 0 ? (
          <Empty>Ninguna entidad coincide.</Empty>
        ) : (
          <>
            <table className={`directory-table${query.loading && !entities.loadingMore ? ' stale' : ''}`}>
              <thead>
                <tr>
                  <th scope="col">Nombre</th>
                  <th scope="col">Tipo</th>
                  <th scope="col">Artículos</th>
                  <th scope="col">Menciones</th>
                </tr>
              </thead>
              <tbody>
                {entities.nodes.map((e) => (
                  <tr key={e.id} data-type={e.type}>
                    <th scope="row">
                      <Link to={`/entities/${encodeURIComponent(e.id)}`}>{e.name}</Link>
                    </th>
                    <td>
                      <span className={`chip entity-${e.type.toLowerCase()}`}>{entityTypeLabel(e.type)}</span>
                    </td>
                    <td>{e.articleCount}</td>
                    <td>{e.mentionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LoadMore
              shown={entities.nodes.length}
              total={entities.totalCount}
              hasMore={entities.hasMore}
              loading={entities.loadingMore}
              onLoadMore={entities.loadMore}
            />
          </>
        )}
      </section>
      <p>
        <Link to="/portavoces">Quién habla más</Link> · <Link to="/comparar">Comparar entidades</Link>
      </p>
    </div>
  );
}
