import { join } from 'node:path';
import express, { type Express } from 'express';
import { isClientRoute } from './client-routes.js';
import { precompressedAssets } from './precompressed.js';

/** Vite names every built asset after its content hash: a changed file is a new address. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export const ROBOTS_TXT = [
  'User-agent: *',
  'Allow: /',
  // The API, the playground and the exports are for people and programs that ask for them.
  'Disallow: /graphql',
  'Disallow: /playground',
  'Disallow: /export/',
  '',
].join('\n');

/** `/robots.txt`, whether or not the web app is built. */
export function serveRobots(app: Express): void {
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('cache-control', 'public, max-age=86400').send(ROBOTS_TXT);
  });
}

/**
 * The built web app: hashed assets cached for a year, everything else (index.html, favicon)
 * revalidated on each visit so a deploy shows at once. Known client-side routes get the app shell
 * with 200; other addresses get it with 404 (the app then shows its NotFound page); a missing file
 * under /assets gets a plain 404, since no page lives there.
 */
export function serveWebApp(app: Express, webDist: string): void {
  app.use(
    '/assets',
    precompressedAssets(join(webDist, 'assets'), IMMUTABLE),
    express.static(join(webDist, 'assets'), {
      index: false,
      fallthrough: true,
      setHeaders: (res) => res.set('cache-control', IMMUTABLE),
    }),
    (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    },
  );
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders: (res) => res.set('cache-control', 'no-cache'),
    }),
  );
  const shell = join(webDist, 'index.html');
  app.get(/.*/, (req, res) => {
    res
      .status(isClientRoute(req.path) ? 200 : 404)
      .set('cache-control', 'no-cache')
      .sendFile(shell);
  });
}
