import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { AggregateCache } from './store/aggregate-cache.js';

/**
 * Whole HTTP answers to read queries, kept for as long as the store's aggregates are (until the next
 * write with PGlite, which no other process can write to; a few seconds with PostgreSQL): a busy
 * list or entity page is asked the same question many times a second. A repeated question is
 * answered before Apollo sees it, with the very bytes Apollo wrote the first time: no parsing,
 * validation, execution or serialisation (Apollo's own response cache still parsed the stored JSON
 * and serialised it again, a third of the time of a cached answer).
 *
 * The key carries the store's write generation, so anything this process writes is visible to the
 * very next request; writes by another process (a bulk ingest into the same PostgreSQL) show once
 * the entry expires. Only answers Apollo marks as keepable are kept (see `keepablePlugin`): queries
 * with no errors. Only JSON POSTs are answered from memory: they are what CSRF prevention lets
 * through unchecked, so skipping Apollo's check skips nothing.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Kept>;

  constructor(
    private readonly store: AggregateCache,
    maxBytes = 64 * 1024 * 1024,
  ) {
    this.entries = new LRUCache<string, Kept>({
      maxSize: maxBytes,
      // The key is a UTF-16 string: two bytes a character is near enough for a memory bound.
      sizeCalculation: (kept, key) => kept.body.length + 2 * key.length + 256,
      ttl: store.ttlMs,
    });
  }

  /** Express middleware for /graphql, after the JSON body parser and before Apollo. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const body: unknown = req.body;
      if (req.method !== 'POST' || !isSingleOperation(body) || !req.is('application/json')) return next();
      // Apollo answers in the media type the client accepts, so the same body may get two answers.
      const key = `${this.store.generation}\u0000${req.headers.accept ?? ''}\u0000${JSON.stringify(body)}`;
      const hit = this.entries.get(key);
      if (hit) {
        res.status(200).set(hit.headers).set('content-length', String(hit.body.length)).end(hit.body);
        return;
      }
      keepWhenAllowed(res, (kept) => this.entries.set(key, kept));
      next();
    };
  }
}

interface Kept {
  /** The answer encoded once, so each hit writes it as it is. */
  body: Buffer;
  headers: Record<string, string>;
}

/** The hook a request's GraphQL context carries: called when its answer may be kept. */
export type AllowKeeping = () => void;

const ALLOW = Symbol('teletipo.allowKeeping');
type ResponseWithHook = Response & { [ALLOW]?: AllowKeeping };

/** The context's hook for this response: a no-op where the cache is not in front of Apollo. */
export function allowKeepingOf(res: Response): AllowKeeping {
  return (res as ResponseWithHook)[ALLOW] ?? (() => {});
}

/** Wraps `res.send` so that, once Apollo allowed it, the body and headers sent are kept. */
function keepWhenAllowed(res: Response, keep: (kept: Kept) => void): void {
  let allowed = false;
  (res as ResponseWithHook)[ALLOW] = () => {
    allowed = true;
  };
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (allowed && res.statusCode === 200 && typeof body === 'string') {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (typeof value === 'string') headers[name] = value;
      }
      keep({ body: Buffer.from(body, 'utf8'), headers });
    }
    return send(body);
  };
}

/** A single operation with its query text (not a batch, not a persisted-query hash alone). */
function isSingleOperation(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { query?: unknown }).query === 'string'
  );
}

/**
 * Tells the HTTP cache which answers it may keep: a query (never a mutation) that ran without
 * errors (a timeout, a bad cursor) and answered 200.
 */
export function keepablePlugin<
  TContext extends BaseContext & { allowKeeping?: AllowKeeping },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          if (operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          contextValue.allowKeeping?.();
        },
      };
    },
  };
}
