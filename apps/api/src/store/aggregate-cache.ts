/**
 * Counts and other aggregates (totalCount, facets, related entities, timelines) cost a scan that grows
 * with the corpus, and a busy list asks the same ones again and again. They are kept here briefly:
 * forgotten at once when this process writes, and after `ttlMs` otherwise, so writes made by another
 * process (a bulk ingest into the same PostgreSQL) show within seconds.
 */
/** How long entries live when this process is the store's only writer (PGlite): an hour. */
export const SINGLE_WRITER_TTL_MS = 3_600_000;

export class AggregateCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();
  private writes = 0;

  constructor(
    readonly ttlMs = 5_000,
    private readonly maxEntries = 2_000,
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(key, { at: now, value });
    // A failed computation (a timeout, say) is not remembered.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** How many writes this process has seen: caches keyed by it forget everything older at once. */
  get generation(): number {
    return this.writes;
  }

  /** Called after every write: the next reader recomputes. */
  invalidate(): void {
    this.writes++;
    this.entries.clear();
  }
}
