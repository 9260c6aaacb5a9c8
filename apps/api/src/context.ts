import type { ParsePool } from './ingest/worker-pool.js';
import type { Loaders } from './loaders.js';
import type { AllowKeeping } from './response-cache.js';
import type { Store } from './store/connect.js';
import type { TokenGuard } from './token-guard.js';

/** What every resolver gets: the store, this request's loaders, and who is asking. */
export interface Context {
  store: Store;
  loaders: Loaders;
  /** The bearer token sent with the request, if any. */
  bearer: string | undefined;
  /** Worker threads that parse articles sent to `ingestArticle`, off the thread serving requests. */
  parser: ParsePool;
  /** The seeds folder (absolute), to show seed files' paths relative to it. */
  seedsDir: string;
  /** Checks the bearer token of mutations. */
  tokenGuard: TokenGuard;
  /** The client's address, for counting wrong tokens. */
  client: string;
  /** Lets the HTTP response cache keep this request's answer (see response-cache.ts). */
  allowKeeping?: AllowKeeping;
}
