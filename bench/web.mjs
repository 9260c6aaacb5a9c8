import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './support.mjs';

/** Gzipped bundle sizes per route, as the web build reports them (apps/web/dist/bundle-sizes.json). */
export function benchWeb() {
  const file = join(root, 'apps/web/dist/bundle-sizes.json');
  if (!existsSync(file)) return { skipped: 'apps/web/dist/bundle-sizes.json missing: run npm run build' };
  const sizes = JSON.parse(readFileSync(file, 'utf8'));
  const kb = (b) => Number((b / 1024).toFixed(1));
  return {
    initialJsGzipKb: kb(sizes.initial.jsGzip),
    initialGzipKb: kb(sizes.initial.gzip),
    routesGzipKb: Object.fromEntries(
      Object.entries(sizes.routes).map(([route, s]) => [route, kb(s.withLazyGzip ?? s.gzip)]),
    ),
  };
}
