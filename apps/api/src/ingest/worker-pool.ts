import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread.js';
import { type ParseResult, type ParseTask, pathOf } from './parse-worker.js';

// Parsing workers: the compiled `parse-worker.js`, or its TypeScript source under tests (worker-thread.ts).
const startParseWorker = () => startWorker('parse-worker', import.meta.url);

/** Tasks a worker gets per message: enough to make messaging cheap, few enough to share work evenly. */
const CHUNK = 25;

export const defaultWorkerCount = () => Math.max(1, Math.min(availableParallelism(), 8));

/** Longest a single article may take to read and parse before it is abandoned. */
export const DEFAULT_TASK_TIMEOUT_MS = 10_000;

export interface ParsePoolOptions {
  /** Worker threads, started on first use. */
  size?: number;
  /** A task running longer is abandoned: its worker is terminated and replaced. */
  taskTimeoutMs?: number;
}

/** Tasks sent together, and the results received so far (one per task, in order). */
interface Job {
  tasks: ParseTask[];
  results: ParseResult[];
  resolve(results: ParseResult[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job | undefined;
  timer?: NodeJS.Timeout | undefined;
}

/**
 * Worker threads that read and parse articles, so the main thread stays free whatever the input.
 * Each task has a time budget: a parse that overruns it (pathological input) fails alone, with a clear
 * message; its worker is terminated and replaced, and the rest of its batch carries on.
 */
export class ParsePool {
  private readonly size: number;
  /** The time budget of each task; may be changed between calls. */
  taskTimeoutMs: number;
  private slots: Slot[] | undefined;
  private readonly queue: Job[] = [];
  private closed = false;
  /** Why workers cannot start, once one failed before it was ready. */
  private broken: string | undefined;

  constructor(options: ParsePoolOptions | number = {}) {
    const { size, taskTimeoutMs } = typeof options === 'number' ? { size: options } : options;
    this.size = size ?? defaultWorkerCount();
    this.taskTimeoutMs = taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  }

  /**
   * Starts the workers now rather than at the first parse, so the first article posted or dropped
   * into the seeds folder does not wait for a worker to load the model.
   */
  warm(): void {
    if (!this.closed && !this.broken)
      this.slots ??= Array.from({ length: this.size }, () => this.startSlot());
  }

  /** Parses the tasks, in parallel, and returns their results in the same order. */
  async parse(tasks: readonly ParseTask[]): Promise<ParseResult[]> {
    if (this.closed) throw new Error('the parsing pool is closed');
    if (this.broken) throw new Error(`a parsing worker could not start: ${this.broken}`);
    this.warm();
    const jobs: Promise<ParseResult[]>[] = [];
    for (let i = 0; i < tasks.length; i += CHUNK) {
      jobs.push(
        new Promise((resolve, reject) =>
          this.queue.push({ tasks: tasks.slice(i, i + CHUNK), results: [], resolve, reject }),
        ),
      );
    }
    this.dispatch();
    return (await Promise.all(jobs)).flat();
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots ?? [];
    for (const job of [...this.queue.splice(0), ...slots.flatMap((s) => s.job ?? [])])
      job.reject(new Error('the parsing pool was closed'));
    for (const slot of slots) clearTimeout(slot.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: startParseWorker(), ready: false };
    this.watch(slot);
    return slot;
  }

  private watch(slot: Slot): void {
    const { worker } = slot;
    // Events of a worker that was replaced are not this slot's any more.
    const current = () => slot.worker === worker && !this.closed;
    worker.on('message', (message: { ready?: true; result?: ParseResult }) => {
      if (!current()) return;
      if (message.ready) {
        slot.ready = true;
        this.dispatch();
      } else if (message.result && slot.job) {
        slot.job.results.push(message.result);
        this.progress(slot);
      }
    });
    worker.on('error', (error) => current() && this.lose(slot, `the parser failed: ${error.message}`));
    worker.on('exit', (code) => current() && this.lose(slot, `the parser stopped (exit code ${code})`));
  }

  private dispatch(): void {
    for (const slot of this.slots ?? []) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ tasks: job.tasks.slice(job.results.length) });
      this.arm(slot);
    }
  }

  /** Starts the time budget of the slot's next task. */
  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(
      () =>
        this.lose(
          slot,
          `parsing took longer than ${this.taskTimeoutMs / 1000} s and was abandoned`,
          'TIMEOUT',
        ),
      this.taskTimeoutMs,
    );
  }

  private progress(slot: Slot): void {
    const job = slot.job!;
    if (job.results.length < job.tasks.length) return this.arm(slot);
    clearTimeout(slot.timer);
    slot.job = undefined;
    job.resolve(job.results);
    this.dispatch();
  }

  /**
   * The slot's worker is gone or must go: its current task fails with `message`, a new worker takes
   * its place, and the rest of its job goes back to the front of the queue.
   */
  private lose(slot: Slot, message: string, parseError?: 'TIMEOUT'): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    void slot.worker.terminate();
    if (!slot.ready) {
      // A worker that cannot even start will not start next time either: fail what waits.
      this.broken = message;
      for (const waiting of this.queue.splice(0))
        waiting.reject(new Error(`a parsing worker could not start: ${message}`));
      return;
    }
    slot.worker = startParseWorker();
    slot.ready = false;
    slot.job = undefined;
    this.watch(slot);
    if (!job) return;
    const task = job.tasks[job.results.length]!;
    job.results.push({ path: pathOf(task), status: 'failed', message, ...(parseError && { parseError }) });
    if (job.results.length < job.tasks.length) this.queue.unshift(job);
    else job.resolve(job.results);
  }
}
