import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleSizes } from './scripts/bundle-sizes.ts';

// The API serves dist/ and /graphql on one origin; in dev, Vite proxies the API so the app still
// talks to a same-origin /graphql.
const api = process.env.TELETIPO_API ?? `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  plugins: [react(), bundleSizes()],
  server: { proxy: { '/graphql': api, '/healthz': api, '/export': api } },
  preview: { proxy: { '/graphql': api, '/healthz': api, '/export': api } },
  build: {
    target: 'es2022',
    // Every browser that runs this build supports <link rel="modulepreload">; skip the polyfill.
    modulePreload: { polyfill: false },
    // Monaco is big by nature and only loads on the playground route; sizes are reported per route.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onLog(level, log, handler) {
        // GraphiQL's React-compiler directives ("use no memo") are harmless once bundled.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('node_modules')) return;
        handler(level, log);
      },
    },
  },
  worker: { format: 'es' },
});
