import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `name` (without extension) that sits beside `callerUrl`. Run from `dist`,
 * the compiled `.js` loads directly. Run from TypeScript sources (tests, `tsx`), a worker cannot use
 * `--import tsx` on Node 20, so a tiny bootstrap loads the `.ts` module through tsx's API, with the
 * `source` condition so workspace packages resolve to their sources too.
 */
export function startWorker(name: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const worker = new URL(`./${name}.ts`, callerUrl).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(callerUrl)}))`;
  return new Worker(bootstrap, { ...options, eval: true, execArgv: ['--conditions', 'source'] });
}
