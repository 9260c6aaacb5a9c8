import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from './limits.js';

/** Everything the server reads from the environment, in one place (the README lists these). */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** PGlite data directory, or `memory://` for a throwaway store. */
  dataDir: string;
  /** Folder of seed articles ingested at start and watched for changes; empty string turns it off. */
  seedsDir: string;
  /** Bearer token that authorizes mutations; unset means mutations are refused. */
  token: string | undefined;
  /** Built web app served at `/`. */
  webDist: string;
  /** Show stack traces in errors (development only). */
  development: boolean;
  /** Watch the seeds folder for changes while running. */
  watchSeeds: boolean;
  /** Time budget of one GraphQL request's SQL, in ms. */
  queryTimeoutMs: number;
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TELETIPO_DATA || resolve(repoRoot, '.teletipo/data'),
    seedsDir: env.TELETIPO_SEEDS ?? resolve(repoRoot, 'seeds'),
    token: env.TELETIPO_TOKEN || undefined,
    webDist: env.TELETIPO_WEB_DIST || resolve(repoRoot, 'apps/web/dist'),
    development: env.NODE_ENV === 'development',
    watchSeeds: env.TELETIPO_WATCH !== '0',
    queryTimeoutMs: Number(env.TELETIPO_QUERY_TIMEOUT_MS || LIMITS.queryTimeoutMs),
  };
}
