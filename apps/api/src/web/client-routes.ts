// The web app's client-side routes (apps/web/src/router.tsx), as the server must know them: only
// these addresses get the app shell with 200; any other gets the shell with 404, so search engines
// and link checkers see a missing page as missing while the app still renders its NotFound page.
// web/client-routes.test.ts fails when router.tsx gains a route this list lacks.

const SEGMENT = '[^/]+';

/** Route patterns as router.tsx writes them (`articles/:id`), relative to `/`. */
export const CLIENT_ROUTES = [
  '',
  'articles/:id',
  'entities/:id',
  'quotes',
  'figures',
  'comparar',
  'entidades',
  'portavoces',
  'playground',
];

const patterns = CLIENT_ROUTES.map(
  (route) =>
    new RegExp(
      `^/${route
        .split('/')
        .map((part) => (part.startsWith(':') ? SEGMENT : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/')}/?$`,
    ),
);

/** Whether a request path (without query string) is one of the app's pages. */
export function isClientRoute(path: string): boolean {
  return patterns.some((pattern) => pattern.test(path));
}
