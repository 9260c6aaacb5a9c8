import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { CompiledWasm } from './spawn-pglite-worker.js';

// The worker thread that owns the embedded PostgreSQL (pglite-thread.ts is its other half). It speaks
// raw wire protocol: bytes in, bytes out, so the main thread's node-postgres stack stays as it was
// and a long statement here never blocks the HTTP server.

export interface WorkerOptions {
  dataDir: string;
  /** pglite.wasm compiled once by the main thread: a restarted worker skips compiling 9 MB again. */
  wasmModule?: CompiledWasm | undefined;
}

export type ToWorker = { type: 'exec'; id: number; bytes: Uint8Array } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; bytes: Uint8Array }
  | { type: 'error'; id: number; message: string }
  | { type: 'closed' };

/**
 * WAL is recycled up to max_wal_size between checkpoints; PostgreSQL's 1 GB default lets a bulk ingest
 * grow the data folder by that much. 256 MB keeps the folder small at the cost of more checkpoints.
 */
const walSettings = ['-c', 'max_wal_size=256MB', '-c', 'min_wal_size=32MB'];

const port = parentPort!;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function open({ dataDir, wasmModule }: WorkerOptions): Promise<PGlite> {
  return PGlite.create(dataDir, {
    extensions: { unaccent, pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...walSettings],
    ...(wasmModule ? { pgliteWasmModule: wasmModule as PGliteOptions['pgliteWasmModule'] } : {}),
  });
}

async function handle(lite: PGlite, message: ToWorker): Promise<void> {
  if (message.type === 'close') {
    // A checkpoint first, so the next start has no WAL to replay.
    await lite.exec('checkpoint').catch(() => {});
    await lite.close();
    post({ type: 'closed' });
    return;
  }
  try {
    const bytes = await lite.execProtocolRaw(message.bytes);
    post({ type: 'result', id: message.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
}

try {
  const lite = await open(workerData as WorkerOptions);
  // One message at a time, in order: a close never overtakes the statement before it.
  let done = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    done = done.then(() => handle(lite, message));
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
