import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseResult, ParseTask } from './parse-worker.js';

// Parsing workers. Run from `dist`, they load the compiled worker. Run from TypeScript sources (tests,
// `tsx`), a worker cannot use `--import tsx` on Node 20, so a tiny bootstrap loads the `.ts` worker
// through tsx's API, with the `source` condition so the model resolves to its sources too.

const fromSource = import.meta.url.endsWith('.ts');

function startWorker(): Worker {
  if (!fromSource) return new Worker(new URL('./parse-worker.js', import.meta.url));
  const worker = new URL('./parse-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, execArgv: ['--conditions', 'source'] });
}

/** Tasks a worker gets per message: enough to make messaging cheap, few enough to share work evenly. */
const CHUNK = 25;

export const defaultWorkerCount = () => Math.max(1, Math.min(availableParallelism(), 8));

export class ParsePool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: { id: number; tasks: ParseTask[] }[] = [];
  private readonly pending = new Map<number, (results: ParseResult[]) => void>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size = defaultWorkerCount()) {
    this.workers = Array.from({ length: size }, () => {
      const worker = startWorker();
      worker.on('message', (message: { id: number; results: ParseResult[] }) => {
        this.pending.get(message.id)?.(message.results);
        this.pending.delete(message.id);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (error) => {
        this.failure = error;
        for (const resolve of this.pending.values()) resolve([]);
      });
      return worker;
    });
    this.idle = [...this.workers];
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  /** Parses the files, in parallel, and returns their results in the same order. */
  async parse(tasks: readonly ParseTask[]): Promise<ParseResult[]> {
    const chunks: Promise<ParseResult[]>[] = [];
    for (let i = 0; i < tasks.length; i += CHUNK) {
      const id = this.nextId++;
      chunks.push(new Promise((resolve) => this.pending.set(id, resolve)));
      this.queue.push({ id, tasks: tasks.slice(i, i + CHUNK) });
    }
    this.dispatch();
    const results = (await Promise.all(chunks)).flat();
    if (this.failure) throw new Error(`a parsing worker failed: ${this.failure.message}`);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
