// The built app's weight, as written by the build (dist/bundle-sizes.json): the shell stays within the
// initial-JS budget, the heavy parts stay out of it, and nothing in the bundle reaches for a CDN.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleSizes } from '../scripts/bundle-sizes';
import { webDist } from './support/paths';

const KB = 1024;
const sizesFile = join(webDist, 'bundle-sizes.json');

function sizes(): BundleSizes {
  if (!existsSync(sizesFile))
    throw new Error(`${sizesFile} is missing: run \`npm run build -w @teletipo/web\` first`);
  return JSON.parse(readFileSync(sizesFile, 'utf8')) as BundleSizes;
}

describe('the built web app', () => {
  it('keeps the initial JavaScript within 150 KB gzipped', () => {
    expect(sizes().initial.jsGzip).toBeLessThanOrEqual(150 * KB);
  });

  it('loads GraphiQL and Monaco only with the playground route', () => {
    const { initial, routes } = sizes();
    const playground = routes.Playground!;
    expect(playground.gzip).toBeGreaterThan(300 * KB);
    for (const file of playground.files) expect(initial.files).not.toContain(file);
    for (const [route, size] of Object.entries(routes))
      if (route !== 'Playground') expect(size.withLazyGzip, route).toBeLessThan(60 * KB);
  });

  it('loads the charts (uPlot) lazily, not with the article list', () => {
    const { initial, routes } = sizes();
    const chartFiles = readdirSync(join(webDist, 'assets')).filter((f) =>
      /^(MonthChart|TimelineChart)-.*\.js$/.test(f),
    );
    expect(chartFiles.length).toBeGreaterThan(0);
    for (const file of chartFiles) {
      expect(initial.files).not.toContain(`assets/${file}`);
      expect(routes.Articles!.files).not.toContain(`assets/${file}`);
    }
  });

  it('references no CDN, so it works offline', () => {
    const assets = join(webDist, 'assets');
    for (const file of readdirSync(assets).filter((f) => /\.(js|css)$/.test(f))) {
      const text = readFileSync(join(assets, file), 'utf8');
      expect(text, file).not.toMatch(
        /https?:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|fonts\.(googleapis|gstatic)\.com|cdnjs)/,
      );
    }
  });
});
