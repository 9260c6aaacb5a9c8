import { useEffect } from 'react';

/** Each view names itself in the tab and in the history list. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Teletipo` : 'Teletipo';
  }, [title]);
}
