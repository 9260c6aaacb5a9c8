import { basename, isAbsolute, relative, resolve, sep } from 'node:path';

// Where an article came from, as stored (`articles.source`, `sources.path`) and as shown. Files (seeds,
// bulk ingest) are stored under their absolute path; articles sent to `ingestArticle` under
// `api:<label>`, a namespace no path can fall into, so a caller cannot take over or delete a file's
// article by naming it. Clients never see a server path: see `publicSource`.

const API = 'api:';

/** The stored source of an article sent through the API with this label. */
export const apiSource = (label: string) => `${API}${label}`;

/** `path` below `dir`, with `/` separators, or undefined when it is not below it. */
function below(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * What `Article.source` shows: a seeds file's path relative to the seeds folder (`2024/000.txt`), any
 * other file's name, an API article's `api:<label>`. Worked out when read, so stores written before
 * (absolute paths; API labels stored bare, shown with their `api:` prefix) need no migration.
 */
export function publicSource(stored: string | null, seedsDir: string): string | null {
  if (stored === null || stored.startsWith(API)) return stored;
  const path = resolve(stored);
  const inSeeds = seedsDir ? below(resolve(seedsDir), path) : undefined;
  if (inSeeds !== undefined) return inSeeds;
  return isAbsolute(stored) ? basename(stored) : apiSource(stored);
}
