import type { Worker } from 'node:worker_threads';
import { messages, protocol } from '@electric-sql/pglite';
import { type Budget, statementBudget } from './deadline.js';
import type { FromWorker, ToWorker } from './pglite-worker.js';
import { onlyReads } from './protocol-sql.js';
import { type CompiledWasm, compiledEngine, spawnPGliteWorker } from './spawn-pglite-worker.js';

type BackendMessage = messages.BackendMessage;

// Parse, Bind, Describe, Execute and Close: node-postgres sends them one call at a time and ends with
// Sync (or Flush). They are kept and sent together, one trip to the thread per statement.
const BATCHED = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);

/** One batch of protocol messages on its way to the database thread. */
interface Call {
  id: number;
  bytes: Uint8Array;
  readOnly: boolean;
  budget: Budget | undefined;
  /** No transaction was open when it started: only then may killing the thread abandon it. */
  startedIdle: boolean;
  answered: boolean;
  resolve(messages: BackendMessage[]): void;
  timer?: NodeJS.Timeout;
}

interface Session {
  worker: Worker;
  ready: boolean;
}

/** How the error a PostgreSQL client sees looks, with PostgreSQL's fields. */
function databaseError(message: string, code: string, extra: object = {}): BackendMessage {
  return Object.assign(new messages.DatabaseError(message, 0, 'error'), { severity: 'ERROR', code }, extra);
}

/**
 * A statement over its request's budget: SQLSTATE 57014 (query_canceled) like PostgreSQL's own
 * statement_timeout, and code TIMEOUT for the GraphQL response (graphql-js keeps a thrown error's
 * `extensions`).
 */
const timeout = (budgetMs: number) =>
  databaseError(`The query ran longer than ${budgetMs} ms and was stopped; ask for less.`, '57014', {
    extensions: { code: 'TIMEOUT' },
  });

function parse(bytes: Uint8Array): BackendMessage[] {
  const parsed: BackendMessage[] = [];
  new protocol.Parser().parse(bytes, (message) => parsed.push(message));
  return parsed;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * PGlite in a worker thread, seen from the main thread as the small part of PGlite that
 * `createPgConfig` (node-postgres) uses: `waitReady` and `execProtocolStream`. The HTTP server never
 * waits on a statement, and a statement that outlives its request's budget (statementBudget) is
 * answered TIMEOUT on time. What then happens to its work:
 * - a statement that only reads, sent outside a transaction, on a store on disk: the thread is
 *   terminated and PGlite reopened on the same directory; statements queued behind it run there;
 * - anything else (a write, a statement inside a transaction, an in-memory store, whose data would
 *   die with the thread) runs to its end, and its result is dropped.
 * Statements run one at a time, in order; one waiting in the queue past its budget is answered at
 * once, and dropped if it only reads.
 */
export class PGliteThread {
  readonly waitReady: Promise<void>;
  /** Called when a statement that may have written finished after its request was answered TIMEOUT. */
  onLateWrite: () => void = () => {};
  /** How many times the thread was terminated and PGlite reopened. */
  restarts = 0;

  private readonly fileBacked: boolean;
  private session!: Session;
  private readonly queue: Call[] = [];
  private running: Call | undefined;
  private batch: Uint8Array[] = [];
  private nextId = 0;
  /** The transaction status of the last ReadyForQuery: I idle, T in a transaction, E in a failed one. */
  private txStatus = 'I';
  private failure: string | undefined;
  private closing: Promise<void> | undefined;
  private onClosed: (() => void) | undefined;

  /** Starts the thread and waits until PGlite is open at `dataDir` (`memory://` for none). */
  static async open(dataDir: string, closeGraceMs = 2_000): Promise<PGliteThread> {
    const thread = new PGliteThread(dataDir, await compiledEngine(), closeGraceMs);
    try {
      await thread.waitReady;
    } catch (error) {
      await thread.close();
      throw error;
    }
    return thread;
  }

  private constructor(
    private readonly dataDir: string,
    private readonly wasmModule: CompiledWasm | undefined,
    private readonly closeGraceMs: number,
  ) {
    this.fileBacked = !dataDir.startsWith('memory://');
    this.waitReady = this.start();
  }

  /** The part of PGlite node-postgres calls: protocol bytes in, parsed backend messages out. */
  execProtocolStream(bytes: Uint8Array, _options?: unknown): Promise<BackendMessage[]> {
    if (BATCHED.has(bytes[0]!)) {
      this.batch.push(new Uint8Array(bytes));
      return Promise.resolve([]);
    }
    const call: Call = {
      id: this.nextId++,
      bytes: concat([...this.batch, bytes]),
      readOnly: false,
      budget: statementBudget.getStore(),
      startedIdle: false,
      answered: false,
      resolve: () => {},
    };
    this.batch = [];
    call.readOnly = onlyReads(call.bytes);
    const answer = new Promise<BackendMessage[]>((resolve) => (call.resolve = resolve));
    this.enqueue(call);
    return answer;
  }

  /** Ends PGlite cleanly (checkpointed) after the running statement, or terminates it after a grace. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private start(): Promise<void> {
    const worker = spawnPGliteWorker({ dataDir: this.dataDir, wasmModule: this.wasmModule });
    const session: Session = { worker, ready: false };
    this.session = session;
    return new Promise((resolve, reject) => {
      let crash = '';
      worker.on('message', (message: FromWorker) => {
        if (this.session !== session) return;
        if (message.type === 'ready') {
          session.ready = true;
          resolve();
          this.pump();
        } else if (message.type === 'failed') {
          reject(new Error(`PGlite could not open ${this.dataDir}: ${message.message}`));
        } else if (message.type === 'result') {
          this.finish(message.id, parse(message.bytes));
        } else if (message.type === 'error') {
          this.finish(message.id, this.refusal(`The embedded database failed: ${message.message}`, 'XX000'));
        } else {
          this.onClosed?.();
        }
      });
      worker.on('error', (error) => (crash = error.message));
      worker.on('exit', () => {
        const reason = `The embedded database thread stopped${crash ? `: ${crash}` : ''}`;
        reject(new Error(reason));
        if (this.session === session && session.ready && !this.closing) this.lost(reason);
      });
    });
  }

  private enqueue(call: Call): void {
    if (this.closing || this.failure) {
      this.answer(
        call,
        this.refusal(this.failure ?? 'The store is closed', this.failure ? 'XX000' : '57P01'),
      );
      return;
    }
    if (call.budget) {
      const left = call.budget.deadline - Date.now();
      if (left <= 0) {
        this.answer(call, this.timedOut(call));
        if (call.readOnly) return;
      } else {
        call.timer = setTimeout(() => this.expire(call), left);
      }
    }
    this.queue.push(call);
    this.pump();
  }

  private pump(): void {
    if (this.running || !this.session.ready || this.closing) return;
    const call = this.queue.shift();
    if (!call) return;
    this.running = call;
    call.startedIdle = this.txStatus === 'I';
    const message: ToWorker = { type: 'exec', id: call.id, bytes: call.bytes };
    this.session.worker.postMessage(message, [call.bytes.buffer as ArrayBuffer]);
  }

  private finish(id: number, reply: BackendMessage[]): void {
    const call = this.running;
    if (!call || call.id !== id) return;
    this.running = undefined;
    const ready = reply.findLast((message) => message.name === 'readyForQuery');
    if (ready) this.txStatus = (ready as messages.ReadyForQueryMessage).status;
    if (!call.answered) this.answer(call, reply);
    else if (!call.readOnly) this.onLateWrite();
    this.pump();
  }

  private answer(call: Call, reply: BackendMessage[]): void {
    if (call.answered) return;
    call.answered = true;
    clearTimeout(call.timer);
    call.resolve(reply);
  }

  /** An error then ReadyForQuery: the client's query fails and its connection stays usable. */
  private refusal(message: string, code: string): BackendMessage[] {
    return [
      databaseError(message, code),
      new messages.ReadyForQueryMessage(5, this.txStatus === 'I' ? 'I' : 'E'),
    ];
  }

  private timedOut(call: Call): BackendMessage[] {
    return [
      timeout(call.budget!.budgetMs),
      new messages.ReadyForQueryMessage(5, this.txStatus === 'I' ? 'I' : 'E'),
    ];
  }

  private expire(call: Call): void {
    if (call.answered) return;
    this.answer(call, this.timedOut(call));
    if (call !== this.running) {
      if (call.readOnly) this.queue.splice(this.queue.indexOf(call), 1);
      return;
    }
    if (call.readOnly && call.startedIdle && this.fileBacked) void this.replace();
  }

  /** Terminates the thread (abandoning the running statement) and reopens PGlite on the same directory. */
  private async replace(): Promise<void> {
    const old = this.session;
    this.running = undefined;
    this.txStatus = 'I';
    this.restarts++;
    // No new thread opens the directory while the old one may still touch it.
    this.session = { worker: old.worker, ready: false };
    await old.worker.terminate();
    if (this.closing) return;
    await this.start().catch((error: Error) => this.fail(error.message));
  }

  /** The thread died on its own (a crash in PGlite): the running statement fails, and PGlite reopens. */
  private lost(reason: string): void {
    const call = this.running;
    this.running = undefined;
    if (call) this.answer(call, this.refusal(reason, 'XX000'));
    if (this.fileBacked) {
      this.restarts++;
      this.txStatus = 'I';
      this.start().catch((error: Error) => this.fail(error.message));
    } else {
      // In memory, the data died with the thread.
      this.fail(reason);
    }
  }

  private fail(reason: string): void {
    this.failure = reason;
    for (const call of this.queue.splice(0)) this.answer(call, this.refusal(reason, 'XX000'));
  }

  private async shutdown(): Promise<void> {
    for (const call of this.queue.splice(0)) this.answer(call, this.refusal('The store is closed', '57P01'));
    const { worker, ready } = this.session;
    if (ready) {
      const closed = new Promise<boolean>((resolve) => {
        this.onClosed = () => resolve(true);
        setTimeout(() => resolve(false), this.closeGraceMs).unref();
      });
      worker.postMessage({ type: 'close' } satisfies ToWorker);
      await closed;
    }
    await worker.terminate();
    const call = this.running;
    this.running = undefined;
    if (call) this.answer(call, this.refusal('The store is closed', '57P01'));
  }
}
