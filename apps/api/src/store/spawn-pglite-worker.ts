import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from './pglite-worker.js';

// Run from `dist`, the compiled worker loads directly. Run from TypeScript sources (tests, `tsx`), a
// worker cannot use `--import tsx` on Node 20, so a tiny bootstrap loads the `.ts` worker through
// tsx's API (as ingest/worker-pool.ts does).
const fromSource = import.meta.url.endsWith('.ts');

/** A compiled WebAssembly module (the Node types here do not declare the WebAssembly namespace). */
export type CompiledWasm = object;
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledWasm> };
};

let compiled: Promise<CompiledWasm | undefined> | undefined;

/**
 * PGlite's engine, compiled once per process and handed to every worker: a worker that replaces a
 * terminated one then starts without compiling 9 MB of WebAssembly again. Undefined (each worker
 * compiles its own) if the file is not where this PGlite version keeps it.
 */
export function compiledEngine(): Promise<CompiledWasm | undefined> {
  compiled ??= (async () => {
    try {
      const main = createRequire(import.meta.url).resolve('@electric-sql/pglite');
      return await wasm.compile(await readFile(join(dirname(main), 'pglite.wasm')));
    } catch {
      return undefined;
    }
  })();
  return compiled;
}

/** Starts a worker thread that opens PGlite (pglite-worker.ts). */
export function spawnPGliteWorker(workerData: WorkerOptions): Worker {
  if (!fromSource) return new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData });
  const worker = new URL('./pglite-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: ['--conditions', 'source'] });
}
