import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { unauthenticated } from './errors.js';
import { LIMITS } from './limits.js';

// Guards mutations: the bearer token is compared in constant time whatever its length, and a client
// that keeps sending wrong tokens is refused for a while without the token even being checked.

/**
 * Equal secrets give equal digests; digests always have the same length, so `timingSafeEqual` never
 * returns early and the time taken says nothing about the token's length or content. The key is
 * random per process: digests cannot be precomputed.
 */
export function sameSecret(given: string, expected: string, key: Buffer = randomBytes(32)): boolean {
  const digest = (s: string) => createHmac('sha256', key).update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface TokenGuardOptions {
  /** Wrong tokens a client may send within the window before it is refused. */
  maxFailures?: number;
  windowSeconds?: number;
}

export class TokenGuard {
  private readonly key = randomBytes(32);
  private readonly failures: RateLimiterMemory;
  private readonly maxFailures: number;

  /** `token` is the one mutations require; undefined refuses every mutation. */
  constructor(
    private readonly token: string | undefined,
    options: TokenGuardOptions = {},
  ) {
    this.maxFailures = options.maxFailures ?? LIMITS.maxTokenFailures;
    this.failures = new RateLimiterMemory({
      points: this.maxFailures,
      duration: options.windowSeconds ?? LIMITS.tokenFailureWindowSeconds,
    });
  }

  /** Throws unless `bearer` is the token; `client` (an IP address) counts the failures. */
  async authorize(bearer: string | undefined, client: string): Promise<void> {
    if (!this.token)
      throw unauthenticated('Mutations are disabled: start the server with TELETIPO_TOKEN set');
    const seen = await this.failures.get(client);
    if (seen && seen.consumedPoints >= this.maxFailures) {
      const seconds = Math.ceil(seen.msBeforeNext / 1000);
      throw new GraphQLError(`Too many wrong tokens from this address: try again in ${seconds} s`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: seconds,
          http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
        },
      });
    }
    if (!bearer || !sameSecret(bearer, this.token, this.key)) {
      // Only a token that was sent counts: a client that sends none is not guessing.
      if (bearer) await this.failures.penalty(client, 1);
      throw unauthenticated('ingestArticle requires the header "Authorization: Bearer <TELETIPO_TOKEN>"');
    }
  }
}
