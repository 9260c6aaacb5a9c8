/** "Show more" for short paged lists; announces how many of how many are on screen. */
export function LoadMore({
  shown,
  total,
  hasMore,
  loading,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  return (
    <p className="load-more">
      <span className="muted" aria-live="polite">
        {shown} de {total}
      </span>{' '}
      {hasMore && (
        <button type="button" className="secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Cargando…' : 'Mostrar más'}
        </button>
      )}
    </p>
  );
}
