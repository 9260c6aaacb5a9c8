import { useLocation } from 'react-router';

type Kind = 'articles' | 'quotes' | 'figures';

/** The export address for this page's own query string (the server reads the same names). */
export function exportHref(
  kind: Kind,
  pageSearch: string,
  format: 'csv' | 'jsonl',
  extra: Record<string, string> = {},
) {
  const params = new URLSearchParams(pageSearch);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return `/export/${kind}.${format}${query ? `?${query}` : ''}`;
}

/**
 * Download links for what the page lists, filtered as it is: the server streams the whole list (up
 * to 100,000 rows), however little of it the page has loaded.
 */
export function ExportLinks({ kind }: { kind: Kind }) {
  const { search } = useLocation();
  return (
    <p className="export-links">
      Descargar:{' '}
      <a href={exportHref(kind, search, 'csv', { sep: 'semicolon' })} download>
        CSV (Excel)
      </a>
      {' · '}
      <a href={exportHref(kind, search, 'csv')} download>
        CSV
      </a>
      {' · '}
      <a href={exportHref(kind, search, 'jsonl')} download>
        JSON Lines
      </a>
    </p>
  );
}
