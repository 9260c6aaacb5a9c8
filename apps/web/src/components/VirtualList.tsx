import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useDocumentOffset } from './useDocumentOffset';

/**
 * Row measurements per history entry, so that coming back to a list lays its rows out exactly as they
 * were and the restored scroll offset lands on the same row. Only recent entries are kept.
 */
const snapshots = new Map<string, VirtualItem[]>();
const SNAPSHOTS_KEPT = 20;

function remember(key: string, items: VirtualItem[]) {
  snapshots.delete(key);
  snapshots.set(key, items);
  if (snapshots.size > SNAPSHOTS_KEPT) snapshots.delete(snapshots.keys().next().value!);
}

interface Props<T> {
  items: T[];
  /** Every matching item, loaded or not: lets screen readers announce "item 3 of 10,000". */
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  label: string;
  estimateSize?: number;
}

/**
 * A list that scrolls with the page but only renders the rows near the viewport, so 10,000 results
 * scroll as smoothly as 10. The next page is requested before the reader reaches the end; a
 * "load more" button does the same for keyboard users and when scrolling is not possible.
 */
export function VirtualList<T>({
  items,
  totalCount,
  hasMore,
  loadingMore,
  onLoadMore,
  getKey,
  renderItem,
  label,
  estimateSize = 96,
}: Props<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useDocumentOffset(listRef);
  const snapshotKey = `${useLocation().key}:${label}`;
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => getKey(items[index]!),
    initialMeasurementsCache: snapshots.get(snapshotKey),
  });
  useEffect(() => () => remember(snapshotKey, virtualizer.takeSnapshot()), [snapshotKey, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const lastVisible = rows[rows.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastVisible >= items.length - 10) onLoadMore();
  }, [hasMore, loadingMore, lastVisible, items.length, onLoadMore]);

  return (
    <>
      <ol
        ref={listRef}
        className="virtual-list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={totalCount}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${row.start - scrollMargin}px)`,
            }}
          >
            {renderItem(items[row.index]!)}
          </li>
        ))}
      </ol>
      {hasMore && (
        <p className="load-more">
          <button type="button" className="secondary" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? 'Cargando…' : 'Cargar más'}
          </button>
        </p>
      )}
    </>
  );
}
