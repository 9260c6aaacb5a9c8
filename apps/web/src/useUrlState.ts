import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Typed state kept in the query string. `update` merges a patch into what the URL holds *now* (not
 * what this render saw), and pushes a history entry so back/forward undo and redo filter changes.
 */
export function useUrlState<T>(read: (params: URLSearchParams) => T, write: (state: T) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => read(params), [params, read]);
  const update = useCallback(
    (patch: Partial<T>, options?: { replace?: boolean }) =>
      setParams((current) => write({ ...read(current), ...patch }), { preventScrollReset: true, ...options }),
    [setParams, read, write],
  );
  return [state, update] as const;
}
