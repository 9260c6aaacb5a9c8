import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import type { WorkerOptions } from './pglite-worker.js';

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
  return startWorker('pglite-worker', import.meta.url, { workerData });
}
