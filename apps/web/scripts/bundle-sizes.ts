// Reports what each route costs a visitor: the gzipped JS+CSS loaded before anything renders
// ("initial"), then what opening each lazily loaded page adds. Printed after every build and written to
// dist/bundle-sizes.json so the bench and the browser tests can hold the budget without re-measuring.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface BundleFile {
  fileName: string;
  kind: 'js' | 'css' | 'worker';
  /** Statically imported JS files (loaded together with this one). */
  imports: string[];
  /** Files this one may import later, on demand. */
  dynamicImports: string[];
  /** CSS files this chunk pulls in. */
  css: string[];
  isEntry: boolean;
  /** Route name for a lazily loaded page chunk (`src/pages/<Route>.tsx`). */
  route?: string;
  gzip: number;
}

export interface RouteSize {
  /** Added by opening the route: its chunk and static imports not already loaded (JS and CSS). */
  gzip: number;
  /** The JavaScript part of `gzip`. */
  jsGzip: number;
  /** Also counting what the route loads on demand (an editor, a chart). */
  withLazyGzip: number;
  files: string[];
}

export interface BundleSizes {
  /** What index.html loads before any page: the entry, its static imports and their CSS. */
  initial: { gzip: number; jsGzip: number; files: string[] };
  /** A first visit to `/`: the initial files plus the Articles route. */
  landing: { gzip: number; jsGzip: number };
  routes: Record<string, RouteSize>;
  workers: Record<string, number>;
  totalGzip: number;
}

/** Every file that loads with `start`: its static imports (and on request its lazy ones), transitively, and their CSS. */
function closure(
  start: BundleFile,
  byName: Map<string, BundleFile>,
  { lazy = false, loaded = new Set<string>() } = {},
): Set<string> {
  const seen = new Set<string>();
  const visit = (file: BundleFile) => {
    // Files already loaded (the shell) cost nothing more, and their own lazy imports are other routes.
    if (seen.has(file.fileName) || loaded.has(file.fileName)) return;
    seen.add(file.fileName);
    file.css.forEach((css) => seen.add(css));
    [...file.imports, ...(lazy ? file.dynamicImports : [])].forEach((name) => {
      const next = byName.get(name);
      if (next) visit(next);
    });
  };
  visit(start);
  return seen;
}

export function summarize(files: BundleFile[]): BundleSizes {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const sum = (names: Iterable<string>, kind?: BundleFile['kind']) =>
    [...names].reduce((n, name) => {
      const file = byName.get(name);
      return file && (!kind || file.kind === kind) ? n + file.gzip : n;
    }, 0);
  const initialNames = new Set<string>();
  files.filter((f) => f.isEntry).forEach((f) => closure(f, byName).forEach((n) => initialNames.add(n)));
  const routes: BundleSizes['routes'] = {};
  for (const file of files.filter((f) => f.route)) {
    const extra = [...closure(file, byName, { loaded: initialNames })];
    const withLazy = [...closure(file, byName, { lazy: true, loaded: initialNames })];
    routes[file.route!] = {
      gzip: sum(extra),
      jsGzip: sum(extra, 'js'),
      withLazyGzip: sum(withLazy),
      files: extra,
    };
  }
  const workers = Object.fromEntries(
    files.filter((f) => f.kind === 'worker').map((f) => [f.fileName, f.gzip]),
  );
  const initial = { gzip: sum(initialNames), jsGzip: sum(initialNames, 'js'), files: [...initialNames] };
  const home = routes[LANDING_ROUTE];
  return {
    initial,
    landing: { gzip: initial.gzip + (home?.gzip ?? 0), jsGzip: initial.jsGzip + (home?.jsGzip ?? 0) },
    routes,
    workers,
    totalGzip: sum(byName.keys()),
  };
}

/** The page behind `/`, which every first visit loads. */
const LANDING_ROUTE = 'Articles';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSizes(sizes: BundleSizes): string {
  const rows: [string, string, string][] = [
    ['initial JS (entry + shared)', kb(sizes.initial.jsGzip), ''],
    ['initial JS+CSS', kb(sizes.initial.gzip), ''],
    [`first visit to / (initial + ${LANDING_ROUTE}), JS`, kb(sizes.landing.jsGzip), ''],
  ];
  for (const [route, size] of Object.entries(sizes.routes).sort())
    rows.push([`route ${route}`, `+${kb(size.gzip)}`, `+${kb(size.withLazyGzip)}`]);
  for (const [worker, gzip] of Object.entries(sizes.workers)) rows.push([`worker ${worker}`, kb(gzip), '']);
  rows.push(['all files', kb(sizes.totalGzip), '']);
  const width = Math.max(...rows.map(([label]) => label.length));
  const line = ([label, size, lazy]: [string, string, string]) =>
    `  ${label.padEnd(width)}  ${size.padStart(12)}  ${lazy.padStart(14)}`.trimEnd();
  return ['gzipped sizes:', line(['', 'on open', 'with lazy parts']), ...rows.map(line)].join('\n');
}

const ROUTE_MODULE = /\/src\/pages\/(\w+)\.tsx$/;

export function bundleSizes(): Plugin {
  let sizes: BundleSizes | undefined;
  return {
    name: 'teletipo-bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: BundleFile[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') {
          const route = item.facadeModuleId?.match(ROUTE_MODULE)?.[1];
          files.push({
            fileName: item.fileName,
            kind: 'js',
            imports: item.imports,
            dynamicImports: item.dynamicImports,
            css: [...(item.viteMetadata?.importedCss ?? [])],
            isEntry: item.isEntry,
            ...(route && !item.isEntry ? { route } : {}),
            gzip: gzipSync(item.code).length,
          });
        } else if (/\.(css|js)$/.test(item.fileName)) {
          // Worker bundles arrive as assets (.js); stylesheets as .css assets.
          const kind = item.fileName.endsWith('.css') ? 'css' : 'worker';
          files.push({
            fileName: item.fileName,
            kind,
            imports: [],
            dynamicImports: [],
            css: [],
            isEntry: false,
            gzip: gzipSync(item.source).length,
          });
        }
      }
      sizes = summarize(files);
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-sizes.json',
        source: `${JSON.stringify(sizes, null, 2)}\n`,
      });
    },
    closeBundle() {
      if (sizes) console.log(`\n${formatSizes(sizes)}\n`);
    },
  };
}
